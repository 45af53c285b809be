/** Settings every e2e test process starts from; a test passes its own on top. */
export const TEST_ENV = {
  NODE_ENV: 'test',
  LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  JWT_SECRET: 'test-access-secret-that-is-long-enough-0123456789',
  JWT_REFRESH_SECRET: 'test-refresh-secret-that-is-long-enough-0123456789',
} as const;

Object.assign(process.env, TEST_ENV);
