const preset = require('../../jest.preset');

module.exports = { ...preset, displayName: 'child-replica', rootDir: __dirname };
