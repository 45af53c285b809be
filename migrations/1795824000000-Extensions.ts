import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extensions every Rantai database has. All three are trusted extensions, so a
 * database owner without superuser rights can create them on a managed server.
 */
export class Extensions1795824000000 implements MigrationInterface {
  name = 'Extensions1795824000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await db.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await db.query('CREATE EXTENSION IF NOT EXISTS cube');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP EXTENSION IF EXISTS cube');
    await db.query('DROP EXTENSION IF EXISTS unaccent');
    await db.query('DROP EXTENSION IF EXISTS pg_trgm');
  }
}
