const preset = require('../../jest.preset');

module.exports = { ...preset, displayName: 'kernel', rootDir: __dirname };
