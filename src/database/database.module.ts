import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Global, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { isDatabase } from './embedded-backup';
import { EmbeddedPostgres } from './embedded-postgres';
import { runPendingMigrations } from './migrator';
import { ReplicaReads } from './replica-reads';

/**
 * Owns the embedded PostgreSQL when no DATABASE_URL is set. Nest calls shutdown
 * hooks on dependencies after their dependants, so TypeORM's pool is closed
 * before the database under it stops.
 */
@Injectable()
export class EmbeddedDatabase implements OnApplicationShutdown {
  private readonly logger = new Logger(EmbeddedDatabase.name);
  private instance?: EmbeddedPostgres;
  private firstStartMarker?: string;

  /**
   * Whether the first start on this database has not finished yet: true from
   * the start that created it (its folder was empty) until `finishFirstStart`,
   * across restarts, so an interrupted first start is finished by the next.
   * The cue for loading the demo world.
   */
  get firstStartPending(): boolean {
    return this.firstStartMarker !== undefined && existsSync(this.firstStartMarker);
  }

  finishFirstStart(): void {
    if (this.firstStartMarker) rmSync(this.firstStartMarker, { force: true });
  }

  async start(dataDir: string): Promise<string> {
    const startedAt = Date.now();
    // Beside the database folder, written before the database is: no interruption can lose it.
    this.firstStartMarker = join(dirname(dataDir), `${basename(dataDir)}.first-start`);
    if (!isDatabase(dataDir)) {
      mkdirSync(dirname(dataDir), { recursive: true });
      writeFileSync(this.firstStartMarker, `${new Date().toISOString()}\n`);
    }
    this.instance = await EmbeddedPostgres.start(dataDir);
    this.logger.log(`Embedded PostgreSQL ready in ${Date.now() - startedAt} ms at ${dataDir}`);
    return this.instance.url;
  }

  get current(): EmbeddedPostgres | undefined {
    return this.instance;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.instance?.stop();
  }
}

@Module({ providers: [EmbeddedDatabase], exports: [EmbeddedDatabase] })
class EmbeddedDatabaseModule {}

/** Global as TypeORM's DataSource is: any repository may send its lag-tolerant reads to a replica. */
@Global()
@Module({ providers: [ReplicaReads], exports: [ReplicaReads] })
class ReplicaReadsModule {}

@Module({
  imports: [
    EmbeddedDatabaseModule,
    ReplicaReadsModule,
    TypeOrmModule.forRootAsync({
      imports: [EmbeddedDatabaseModule],
      inject: [AppConfig, EmbeddedDatabase],
      useFactory: async (config: AppConfig, embedded: EmbeddedDatabase) => {
        const url = config.databaseUrl ?? (await embedded.start(config.embeddedDataDir));
        return {
          ...dataSourceOptions(url, !config.databaseUrl, config.databaseReplicaUrls),
          autoLoadEntities: true,
          // A server may still be starting (containers, failover); the embedded database either opens or not.
          retryAttempts: config.databaseUrl ? 5 : 0,
          retryDelay: 2000,
          // Read back in dataSourceFactory, which runs them under our lock instead of TypeORM's own loop.
          migrationsRun: config.migrationsRun,
        };
      },
      dataSourceFactory: async (options) => {
        if (!options) throw new Error('TypeORM options missing');
        const dataSource = await new DataSource({
          ...options,
          migrationsRun: false,
        }).initialize();
        if (options.migrationsRun) {
          const applied = await runPendingMigrations(dataSource);
          if (applied.length > 0) new Logger('Migrations').log(`Applied ${applied.map((m) => m.name).join(', ')}`);
        }
        return dataSource;
      },
    }),
  ],
  exports: [EmbeddedDatabaseModule],
})
export class DatabaseModule {}
