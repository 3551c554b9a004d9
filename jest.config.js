/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Transpile only: type checking is `npm run typecheck`.
    '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true, diagnostics: false }],
  },
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  // Builds dist/ once when it is older than src/; the tests that load it only check.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  testTimeout: 60000,
};
