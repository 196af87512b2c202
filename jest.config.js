// Runs every project's jest config in one jest process (the README's test command uses this).
module.exports = {
  projects: ['<rootDir>/apps/*/jest.config.js', '<rootDir>/libs/*/jest.config.js', '<rootDir>/tools/jest.config.js'],
  // A global option (ignored inside projects): integration tests wait on a real broker and store.
  testTimeout: 120_000,
};
