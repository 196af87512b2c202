const preset = require('../../jest.preset');

module.exports = {
  ...preset,
  displayName: 'messaging',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.spec.ts', '<rootDir>/**/*.int-spec.ts'],
};
