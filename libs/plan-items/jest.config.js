const preset = require('../../jest.preset');

module.exports = { ...preset, displayName: 'plan-items', rootDir: __dirname };
