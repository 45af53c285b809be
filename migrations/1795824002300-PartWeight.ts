import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A request may give the weight of one piece (or set), so that a foundry's
 * capacity in kilograms or tonnes can be compared with a need in pieces:
 * brake drums are ordered by the piece and cast by the tonne.
 */
export class PartWeight1795824002300 implements MigrationInterface {
  name = 'PartWeight1795824002300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sourcing_requests ADD COLUMN part_weight_kg numeric(10,3),
      ADD CONSTRAINT sourcing_requests_part_weight_check
        CHECK (part_weight_kg IS NULL OR (part_weight_kg > 0 AND part_weight_kg <= 100000 AND unit IN ('pcs', 'set')))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE sourcing_requests DROP COLUMN part_weight_kg');
  }
}
