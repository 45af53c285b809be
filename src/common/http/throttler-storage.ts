import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { ThrottlerStorageService, type ThrottlerStorage } from '@nestjs/throttler';
import Redis from 'ioredis';

type Hit = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** At most one warning a minute while Redis is away, however many requests fail over. */
const WARN_EVERY_MS = 60_000;

/**
 * Rate-limit counters in Redis, shared by every instance (@nest-lab/throttler-storage-redis: one Lua script per
 * hit, atomic). While Redis cannot be reached a hit is counted in this instance's memory instead, and a warning
 * is logged: the limits then hold per instance, as without REDIS_URL, rather than every request failing. Commands
 * are not queued while disconnected, so a request never waits for Redis to come back.
 */
export class SharedThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimits');
  private readonly redis: Redis;
  private readonly shared: ThrottlerStorageRedisService;
  private readonly local = new ThrottlerStorageService();
  private warnedAt = 0;

  constructor(url: string) {
    this.redis = new Redis(url, {
      keyPrefix: 'rantai:throttle:',
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 2_000,
      // Its timer outlives a socket that never opened (Redis away), holding up the process's exit for that long.
      disconnectTimeout: 200,
    });
    // The URL may hold a password: errors are logged by their message only.
    this.redis.on('error', (error: Error) => this.warn(`Redis: ${error.message}`));
    this.shared = new ThrottlerStorageRedisService(this.redis);
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, name: string): Promise<Hit> {
    try {
      return await this.shared.increment(key, ttl, limit, blockDuration, name);
    } catch (error) {
      this.warn(`rate limits counted in this instance's memory until Redis answers (${(error as Error).message})`);
      return this.local.increment(key, ttl, limit, blockDuration, name);
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
    this.local.onApplicationShutdown();
  }

  private warn(message: string): void {
    if (Date.now() - this.warnedAt < WARN_EVERY_MS) return;
    this.warnedAt = Date.now();
    this.logger.warn(message);
  }
}
