import { Module, SetMetadata } from '@nestjs/common';
import { normalizeIp, ThrottlerModule } from '@nestjs/throttler';
import type { ExecutionContext } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';

const AUTH_RATE_LIMITED = 'authRateLimited';
const MINUTE_MS = 60_000;

/** Register, login, refresh and the mailed-link routes: the stricter per-IP limit applies on top of the global one. */
export const AuthRateLimited = () => SetMetadata(AUTH_RATE_LIMITED, true);

const isAuthRoute = (context: ExecutionContext): boolean =>
  Reflect.getMetadata(AUTH_RATE_LIMITED, context.getHandler()) === true;

/**
 * The client a budget belongs to: its address, an IPv6 address by its /64
 * (one subscriber's network, as the IETF drafts on rate limiting suggest),
 * and every loopback address as one client, so that 127.0.0.1 and ::1 share.
 */
export function clientKey(ip: string | undefined): string {
  const key = normalizeIp(ip ?? '');
  return key === '::1' || /^127\./.test(key) ? 'loopback' : key;
}

/** Per-client (IP) request limits, both configurable so that tests and load runs can raise them. */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // One budget per client across all routes (the library's default key is per route).
        generateKey: (_context: ExecutionContext, tracker: string, throttlerName: string) =>
          `${throttlerName}:${tracker}`,
        getTracker: (req: { ip?: string }) => clientKey(req.ip),
        throttlers: [
          { name: 'default', ttl: MINUTE_MS, limit: config.rateLimitPerMinute },
          { name: 'auth', ttl: MINUTE_MS, limit: config.rateLimitAuthPerMinute, skipIf: (c) => !isAuthRoute(c) },
        ],
      }),
    }),
  ],
})
export class ThrottlingModule {}
