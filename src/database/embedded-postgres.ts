import { mkdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite' with { 'resolution-mode': 'import' };
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket' with { 'resolution-mode': 'import' };

/**
 * PostgreSQL compiled to WebAssembly (PGlite), persisted in a folder and served
 * on an ephemeral loopback port, so that TypeORM reaches it with its ordinary
 * `pg` driver exactly as it reaches a server. PGlite is single-connection:
 * whoever connects must use a pool of exactly one.
 */
export class EmbeddedPostgres {
  private stopped = false;

  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    readonly url: string,
    readonly dataDir: string,
  ) {}

  static async start(dataDir: string): Promise<EmbeddedPostgres> {
    const [db, { PGLiteSocketServer }] = await Promise.all([
      openPglite(dataDir),
      import('@electric-sql/pglite-socket'),
    ]);
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
    try {
      await server.start();
    } catch (error) {
      await db.close();
      throw error;
    }
    return new EmbeddedPostgres(db, server, `postgres://postgres@${server.getServerConn()}/postgres`, dataDir);
  }

  get isRunning(): boolean {
    return !this.stopped;
  }

  /** Closes the socket (dropping any client), then flushes and closes the database. Safe to call twice. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.server.stop();
    await this.db.close();
  }
}

/**
 * Opens (or creates) a data folder in this process with the extensions the
 * migrations use. Loaded lazily: a deployment on a PostgreSQL server never
 * pays for the WebAssembly build.
 */
export async function openPglite(dataDir: string): Promise<PGlite> {
  mkdirSync(dataDir, { recursive: true });
  const [{ PGlite }, { pg_trgm }, { unaccent }, { cube }, { earthdistance }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/unaccent'),
    import('@electric-sql/pglite/contrib/cube'),
    import('@electric-sql/pglite/contrib/earthdistance'),
  ]);
  return PGlite.create({ dataDir, extensions: { pg_trgm, unaccent, cube, earthdistance } });
}
