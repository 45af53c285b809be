import { HttpStatus, Injectable, Module, SetMetadata } from '@nestjs/common';
import { normalizeIp, ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import type { ThrottlerRequest } from '@nestjs/throttler';
import type { ExecutionContext } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { ProblemException } from '../errors/problem';
import { SharedThrottlerStorage } from './throttler-storage';

const MINUTE_MS = 60_000;
const BUDGETS = 'rateLimitBudgets';

/**
 * The budgets a route spends besides `default` (every route, per client):
 * `auth` the account routes per network, `login` sign-ins per account and
 * network, `refresh` token refreshes per network.
 */
export type RateLimitBudget = 'auth' | 'login' | 'refresh';

/** The extra budgets a route spends; see RateLimitBudget. */
export const RateLimited = (...budgets: RateLimitBudget[]) => SetMetadata(BUDGETS, budgets);

/** A throttler's skipIf: the budget applies only to routes that spend it. */
const unlessSpent =
  (budget: RateLimitBudget) =>
  (context: ExecutionContext): boolean =>
    !((Reflect.getMetadata(BUDGETS, context.getHandler()) as RateLimitBudget[] | undefined) ?? []).includes(budget);

/**
 * The client a budget belongs to: its address, an IPv6 address by its /64
 * (one subscriber's network, as the IETF drafts on rate limiting suggest),
 * and every loopback address as one client, so that 127.0.0.1 and ::1 share.
 */
export function clientKey(ip: string | undefined): string {
  const key = normalizeIp(ip ?? '');
  return key === '::1' || /^127\./.test(key) ? 'loopback' : key;
}

/**
 * The account a sign-in is for, as LoginDto will read it (trimmed, lower case).
 * Guards run before validation, so the body may be anything here.
 */
function loginAccount(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
}

/** What a 429 says, by the budget that was spent; `{s}` is the wait. */
const REFUSALS: Record<string, string> = {
  default: 'Too many requests from this network; try again in {s}.',
  auth: 'Too many sign-in and account requests from this network; try again in {s}.',
  login: 'Too many sign-in attempts for this account from this network; try again in {s}.',
  refresh: 'Too many session refreshes from this network; try again in {s}.',
};

const seconds = (n: number): string => (n === 1 ? '1 second' : `${n} seconds`);

interface PolicyState {
  name: string;
  quota: number;
  windowSeconds: number;
  remaining: number;
  resetSeconds: number;
}

/** A structured-field list item of RateLimit-Policy / RateLimit (draft-ietf-httpapi-ratelimit-headers, drafts 08 to 10). */
const policyItem = (p: PolicyState) => `"${p.name}";q=${p.quota};w=${p.windowSeconds}`;
const stateItem = (p: PolicyState) => `"${p.name}";r=${p.remaining};t=${p.resetSeconds}`;

/**
 * The library's guard with standard headers instead of its own: every answer
 * carries `RateLimit-Policy` and `RateLimit` for each budget the route spends,
 * the nearest to running out first; a 429 carries `Retry-After` and only the
 * budget that was exhausted, and a problem document that says which in words.
 * (The library would send X-RateLimit-* of the default budget whichever was
 * hit, and `Retry-After-<name>`, which no client reads.)
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  private readonly spent = new WeakMap<object, PolicyState[]>();

  protected override async handleRequest({
    context,
    limit,
    ttl,
    throttler,
    blockDuration,
    getTracker,
    generateKey,
  }: ThrottlerRequest): Promise<boolean> {
    const { req, res } = this.getRequestResponse(context);
    const name = throttler.name ?? 'default';
    const key = generateKey(context, await getTracker(req, context), name);
    const hit = await this.storageService.increment(key, ttl, limit, blockDuration, name);
    const state: PolicyState = {
      name,
      quota: limit,
      windowSeconds: Math.ceil(ttl / 1000),
      remaining: Math.max(0, limit - hit.totalHits),
      resetSeconds: Math.max(0, hit.isBlocked ? hit.timeToBlockExpire : hit.timeToExpire),
    };
    if (hit.isBlocked) {
      const wait = Math.max(1, hit.timeToBlockExpire);
      throw new ProblemException(
        HttpStatus.TOO_MANY_REQUESTS,
        'too-many-requests',
        (REFUSALS[name] ?? REFUSALS.default).replace('{s}', seconds(wait)),
        { retryAfter: wait, policy: name },
        {
          'Retry-After': String(wait),
          'RateLimit-Policy': policyItem(state),
          RateLimit: stateItem({ ...state, remaining: 0, resetSeconds: wait }),
        },
      );
    }
    const all = [...(this.spent.get(res) ?? []), state].sort((a, b) => a.remaining - b.remaining);
    this.spent.set(res, all);
    this.setResponseHeader(res, 'RateLimit-Policy', all.map(policyItem).join(', '));
    this.setResponseHeader(res, 'RateLimit', all.map(stateItem).join(', '));
    return true;
  }
}

/** Per-client request limits, all configurable so that tests and load runs can raise them. */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // Shared by every instance when REDIS_URL is set; in this process's memory otherwise.
        storage: config.redisUrl ? new SharedThrottlerStorage(config.redisUrl) : undefined,
        // One budget per client across all routes (the library's default key is per route).
        generateKey: (_context: ExecutionContext, tracker: string, throttlerName: string) =>
          `${throttlerName}:${tracker}`,
        getTracker: (req: { ip?: string }) => clientKey(req.ip),
        throttlers: [
          { name: 'default', ttl: MINUTE_MS, limit: config.rateLimitPerMinute },
          { name: 'auth', ttl: MINUTE_MS, limit: config.rateLimitAuthPerMinute, skipIf: unlessSpent('auth') },
          {
            name: 'login',
            ttl: MINUTE_MS,
            limit: config.rateLimitLoginPerMinute,
            skipIf: unlessSpent('login'),
            // Per account and network: people sharing a Wi-Fi do not spend each other's tries.
            getTracker: (req: { ip?: string; body?: unknown }) => `${clientKey(req.ip)} ${loginAccount(req.body)}`,
          },
          {
            name: 'refresh',
            ttl: MINUTE_MS,
            limit: config.rateLimitRefreshPerMinute,
            skipIf: unlessSpent('refresh'),
          },
        ],
      }),
    }),
  ],
})
export class ThrottlingModule {}
