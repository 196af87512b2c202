const preset = require('../../jest.preset');

module.exports = { ...preset, displayName: 'registry', rootDir: __dirname };
