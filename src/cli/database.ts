import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadConfig, loadDotEnvFile } from '../config/app-config';
import { backupEmbedded, isDatabase, restoreEmbedded } from '../database/embedded-backup';
import { DemoStartup } from '../demo/demo-startup';
import { confirm, run, withRantai } from './app-context';

/**
 * Operator commands for the embedded database (a server has pg_dump and psql):
 *   backup [file]         plain SQL that PGlite or a PostgreSQL server loads
 *   restore <file>        into a new embedded database (the old one is kept, renamed)
 *   reset                 deletes it; the next start creates it again (with the demo world)
 * Rantai must be stopped: only one process can open the data folder.
 */
run(async () => {
  loadDotEnvFile();
  const config = loadConfig();
  const [command, file] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  if (config.databaseUrl) {
    throw new Error(
      'DATABASE_URL is set: these commands act on the embedded database only. On a server use pg_dump and psql.',
    );
  }
  const dataDir = config.embeddedDataDir;
  switch (command) {
    case 'backup': {
      const target = file ?? `rantai-backup-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.sql`;
      writeFileSync(target, await backupEmbedded(dataDir), { mode: 0o600 });
      console.log(
        `Backed up ${dataDir} to ${target}. Load it on a server with: psql -v ON_ERROR_STOP=1 -d <db> -f ${target}`,
      );
      break;
    }
    case 'restore': {
      if (!file) throw new Error('Usage: npm run db:restore -- <file.sql> [--yes]');
      const replace = isDatabase(dataDir) && (await confirm(`Replace the embedded database at ${dataDir}?`));
      if (isDatabase(dataDir) && !replace) throw new Error('Nothing restored.');
      const { previous } = await restoreEmbedded(dataDir, readFileSync(file, 'utf8'), replace);
      console.log(
        `Restored ${file} into ${dataDir}.${previous ? ` The previous database is kept at ${previous}.` : ''}`,
      );
      break;
    }
    case 'reset': {
      if (!(await confirm(`Delete the embedded database at ${dataDir} and start a new one?`))) {
        throw new Error('Nothing deleted.');
      }
      rmSync(dataDir, { recursive: true, force: true });
      const demo = await withRantai({}, (app) => Promise.resolve(app.get(DemoStartup).present));
      console.log(`A new embedded database is ready at ${dataDir}${demo ? ', with the demo world' : ''}.`);
      break;
    }
    default:
      throw new Error('Usage: ts-node src/cli/database.ts backup [file] | restore <file> [--yes] | reset [--yes]');
  }
});
