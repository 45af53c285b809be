import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keeps each supplier's search vector inside its row. A supplier row is about
 * 2.4 kB, over the 2 kB at which PostgreSQL moves its largest value, the
 * search vector, compressed into the TOAST table. A text search then reads it
 * back through the TOAST index and decompresses it for every supplier it
 * finds, once to match and once to rank: 10 µs each time at 1M suppliers,
 * against 1.6 µs to rank a vector in the row. Rows stay in the table up to a
 * full page; the table grows by about what the TOAST table shrinks.
 *
 * The setting applies to rows as they are written, so every row is written
 * again with a fresh copy of its vector (`|| ''` builds a new value; the same
 * value would keep its TOAST pointer).
 */
export class InlineSearchVectors1795824001700 implements MigrationInterface {
  name = 'InlineSearchVectors1795824001700';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE suppliers SET (toast_tuple_target = 8160)');
    await db.query(`UPDATE suppliers SET search_vector = search_vector || ''::tsvector`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE suppliers RESET (toast_tuple_target)');
    await db.query(`UPDATE suppliers SET search_vector = search_vector || ''::tsvector`);
  }
}
