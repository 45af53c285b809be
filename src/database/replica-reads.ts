import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { isDatabaseUnavailable } from '../common/errors/database-unavailable';

/** At most one warning a minute while the replicas are away, however many reads fall back. */
const WARN_EVERY_MS = 60_000;

/**
 * Reads that may lag the primary by a moment (searches, the map, public listings) go to a read replica when
 * DATABASE_REPLICA_URLS names any; writes, and reads that must show the caller's own write, stay on the primary
 * through the DataSource. Without replicas, or while the chosen one cannot be reached, the primary answers.
 */
@Injectable()
export class ReplicaReads {
  private readonly logger = new Logger(ReplicaReads.name);
  private warnedAt = 0;

  constructor(private readonly dataSource: DataSource) {}

  /** Runs `read` in one read-only transaction: its settings (`set_config(…, true)`) and snapshot hold for all of it. */
  async transaction<T>(read: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = await this.connect();
    try {
      // Read-only on the primary too, so a write slipped into a replica's path fails in every test, not only with replicas.
      await runner.query('BEGIN READ ONLY');
      const result = await read(runner.manager);
      await runner.query('COMMIT');
      return result;
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async connect(): Promise<QueryRunner> {
    const replica = this.dataSource.createQueryRunner('slave');
    try {
      await replica.connect();
      return replica;
    } catch (error) {
      await replica.release();
      if (!isDatabaseUnavailable(error)) throw error;
      this.warn(`reading from the primary: no replica answers (${(error as Error).message})`);
      return this.dataSource.createQueryRunner('master');
    }
  }

  private warn(message: string): void {
    if (Date.now() - this.warnedAt < WARN_EVERY_MS) return;
    this.warnedAt = Date.now();
    this.logger.warn(message);
  }
}
