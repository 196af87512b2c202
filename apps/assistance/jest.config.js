const preset = require('../../jest.preset');

module.exports = { ...preset, displayName: 'assistance', rootDir: __dirname };
