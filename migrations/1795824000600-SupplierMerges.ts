import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A supplier merged into another is soft-deleted and points at the one it became, and says who merged it. */
export class SupplierMerges1795824000600 implements MigrationInterface {
  name = 'SupplierMerges1795824000600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE suppliers
        ADD COLUMN merged_into_id uuid,
        ADD COLUMN merged_by uuid,
        ADD CONSTRAINT suppliers_merged_into_fk FOREIGN KEY (merged_into_id) REFERENCES suppliers (id),
        ADD CONSTRAINT suppliers_merged_by_fk FOREIGN KEY (merged_by) REFERENCES users (id),
        ADD CONSTRAINT suppliers_merge_check CHECK (
          merged_into_id IS NULL OR (merged_into_id <> id AND deleted_at IS NOT NULL AND merged_by IS NOT NULL)
        )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE suppliers
        DROP CONSTRAINT suppliers_merge_check,
        DROP CONSTRAINT suppliers_merged_by_fk,
        DROP CONSTRAINT suppliers_merged_into_fk,
        DROP COLUMN merged_by,
        DROP COLUMN merged_into_id`);
  }
}
