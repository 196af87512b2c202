const { swcOptions, jestModuleNameMapper } = require('./swc.config');

const swc = swcOptions();
delete swc.jsc.baseUrl;
delete swc.jsc.paths;

/** Shared jest settings; each project's jest.config.js spreads this. */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: jestModuleNameMapper(),
  // load-spec: the large-volume tests, which deploy/local/test.sh runs after the others, alone.
  testMatch: ['<rootDir>/**/*.spec.ts', '<rootDir>/**/*.int-spec.ts', '<rootDir>/**/*.load-spec.ts'],
  clearMocks: true,
  // Integration tests wait on a real broker and store; waits inside them have their own timeouts.
  testTimeout: 120_000,
};
