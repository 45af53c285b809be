import { DataSource } from 'typeorm';
import { loadConfig, loadDotEnvFile } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { EmbeddedPostgres } from './embedded-postgres';
import { runPendingMigrations } from './migrator';

const COMMANDS = ['run', 'revert', 'show'] as const;
type Command = (typeof COMMANDS)[number];

/**
 * `npm run migration:run | migration:revert | migration:show`, on the database
 * Rantai itself would use: DATABASE_URL, or the embedded one in DATA_DIR
 * (which must not be open in a running Rantai at the same time).
 */
async function main(command: Command): Promise<void> {
  loadDotEnvFile();
  const config = loadConfig();
  const embedded = config.databaseUrl ? undefined : await EmbeddedPostgres.start(config.embeddedDataDir);
  const dataSource = await new DataSource(
    dataSourceOptions(config.databaseUrl ?? embedded!.url, !!embedded),
  ).initialize();
  try {
    switch (command) {
      case 'run': {
        const applied = await runPendingMigrations(dataSource);
        console.log(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'No pending migrations.');
        break;
      }
      case 'revert':
        await dataSource.undoLastMigration();
        console.log('Reverted the last migration.');
        break;
      case 'show': {
        const applied = await dataSource
          .query<{ name: string }[]>('SELECT name FROM migrations ORDER BY id')
          .catch(() => []);
        const appliedNames = new Set(applied.map((m) => m.name));
        for (const migration of dataSource.migrations) {
          console.log(`${appliedNames.has(migration.name!) ? '[x]' : '[ ]'} ${migration.name}`);
        }
        break;
      }
    }
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

const command = process.argv[2] as Command;
if (!COMMANDS.includes(command)) {
  console.error(`Usage: migrate <${COMMANDS.join('|')}>`);
  process.exit(2);
}
main(command).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
