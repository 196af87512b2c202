const preset = require('../../jest.preset');

module.exports = { ...preset, displayName: 'education', rootDir: __dirname };
