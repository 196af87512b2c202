const preset = require('../../jest.preset');

module.exports = { ...preset, displayName: 'health', rootDir: __dirname };
