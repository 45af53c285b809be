import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/all-migrations';

/** The pool through PGlite's socket must be exactly one connection: more corrupt or hang queries. */
export const EMBEDDED_POOL_SIZE = 1;
export const SERVER_POOL_SIZE = 10;

export function dataSourceOptions(url: string, embedded: boolean): DataSourceOptions {
  return {
    type: 'postgres',
    url,
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
