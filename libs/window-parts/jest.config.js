const preset = require('../../jest.preset');

module.exports = { ...preset, displayName: 'window-parts', rootDir: __dirname };
