/** Settings every e2e test process starts from; a test passes its own on top. */
export const TEST_ENV = {
  NODE_ENV: 'test',
  LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  JWT_SECRET: 'test-access-secret-that-is-long-enough-0123456789',
  JWT_REFRESH_SECRET: 'test-refresh-secret-that-is-long-enough-0123456789',
  // Every test request comes from 127.0.0.1; the throttling tests set their own limits.
  RATE_LIMIT_PER_MINUTE: '100000',
  RATE_LIMIT_AUTH_PER_MINUTE: '100000',
  RATE_LIMIT_LOGIN_PER_MINUTE: '100000',
  RATE_LIMIT_REFRESH_PER_MINUTE: '100000',
  // Tests that want the demo world load it themselves.
  DEMO_DATA: 'false',
} as const;

Object.assign(process.env, TEST_ENV);
