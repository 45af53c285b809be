import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres';
import { runPendingMigrations } from '../../src/database/migrator';

/**
 * Migrates the database once before any test file runs. On a server, every
 * test file then shares it. Without DATABASE_URL, a migrated embedded data
 * folder becomes the template each test file copies, so that no file pays for
 * PostgreSQL's initdb and migrations, and files cannot see each other's data.
 */
export default async function globalSetup(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (url) {
    await migrate(url, false);
    return;
  }
  const templateDir = mkdtempSync(join(tmpdir(), 'rantai-test-template-'));
  const embedded = await EmbeddedPostgres.start(join(templateDir, 'pglite'));
  try {
    await migrate(embedded.url, true);
  } finally {
    await embedded.stop();
  }
  process.env.RANTAI_TEST_TEMPLATE_DIR = templateDir;
}

async function migrate(url: string, embedded: boolean): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(url, embedded)).initialize();
  try {
    await runPendingMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
