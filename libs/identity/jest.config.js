const preset = require('../../jest.preset');

module.exports = { ...preset, displayName: 'identity', rootDir: __dirname };
