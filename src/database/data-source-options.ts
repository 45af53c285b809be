import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/all-migrations';

/** The pool through PGlite's socket must be exactly one connection: more corrupt or hang queries. */
export const EMBEDDED_POOL_SIZE = 1;
export const SERVER_POOL_SIZE = 10;

/**
 * With `replicaUrls`, TypeORM keeps one pool per server. Its own reads stay on the primary (`defaultMode`), so
 * a read after a write always sees it; only what goes through ReplicaReads is sent to a replica.
 */
export function dataSourceOptions(url: string, embedded: boolean, replicaUrls: string[] = []): DataSourceOptions {
  return {
    type: 'postgres',
    ...(replicaUrls.length > 0
      ? {
          replication: {
            master: { url },
            slaves: replicaUrls.map((replica) => ({ url: replica })),
            defaultMode: 'master',
          },
        }
      : { url }),
    poolSize: embedded ? EMBEDDED_POOL_SIZE : SERVER_POOL_SIZE,
    connectTimeoutMS: 5000,
    applicationName: 'rantai',
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    migrationsRun: false,
    synchronize: false,
    installExtensions: false,
    useUTC: true,
  };
}
