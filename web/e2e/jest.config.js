/**
 * The web app's browser tests (`npm run test:web`): one Rantai, built as `npm start` builds it, on a fresh
 * embedded database with the demo world, driven by Debian's Chromium through playwright-core.
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'web/e2e/tsconfig.json' }] },
  testMatch: ['<rootDir>/web/e2e/**/*.web-spec.ts'],
  globalSetup: '<rootDir>/web/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/web/e2e/support/global-teardown.ts',
  testTimeout: 180_000,
};
