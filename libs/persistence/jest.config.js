const preset = require('../../jest.preset');

module.exports = { ...preset, displayName: 'persistence', rootDir: __dirname };
