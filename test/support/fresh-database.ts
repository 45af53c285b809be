import { Client } from 'pg';
import { isEmbedded } from './app';

export interface FreshDatabase {
  /** Environment for createTestApp: a new empty database on the server; nothing on the embedded path, where every test app already gets its own. */
  env: Record<string, string>;
  /** The new database's URL on the server path. */
  url?: string;
  drop(): Promise<void>;
}

/** For tests whose subject is a whole database (bootstrap, migrations) and so cannot share the server's test database. */
export async function freshDatabase(label: string): Promise<FreshDatabase> {
  if (isEmbedded()) return { env: {}, drop: () => Promise.resolve() };
  const admin = new Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const name = `rantai_${label}_${process.pid}_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
