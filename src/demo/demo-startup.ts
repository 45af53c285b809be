import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { EmbeddedDatabase } from '../database/database.module';
import { DemoSeeder } from './demo-seeder.service';

/** Any number; two instances starting on one server seed one after the other. */
const DEMO_SEED_LOCK = 7_240_202_611;

/**
 * Loads the demo world at start-up when wanted: DEMO_DATA=true|false decides;
 * unset, only during the first start of a new embedded database (finished by
 * the next start if it was interrupted), so a newcomer's first `npm start`
 * shows a living world and nothing else is touched. Never in production (the
 * configuration refuses DEMO_DATA=true there).
 */
@Injectable()
export class DemoStartup implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoStartup.name);
  /** Whether the database holds the demo world, for the start-up banner. */
  present = false;

  constructor(
    private readonly config: AppConfig,
    private readonly embedded: EmbeddedDatabase,
    private readonly seeder: DemoSeeder,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.isProduction) return;
    const wanted = this.config.demoData ?? (!this.config.databaseUrl && this.embedded.firstStartPending);
    if (wanted) {
      this.logger.log('Loading the demo world (DEMO_DATA=false turns this off)');
      await this.withLock(() => this.seeder.seed());
    }
    this.embedded.finishFirstStart();
    this.present = await this.seeder.isPresent();
  }

  /** On a server, under an advisory lock on a connection of its own; the embedded database has one process and one connection. */
  private async withLock<T>(work: () => Promise<T>): Promise<T> {
    if (!this.config.databaseUrl) return work();
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [DEMO_SEED_LOCK]);
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [DEMO_SEED_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }
}
