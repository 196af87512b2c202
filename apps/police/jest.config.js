const preset = require('../../jest.preset');

module.exports = { ...preset, displayName: 'police', rootDir: __dirname };
