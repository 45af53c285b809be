import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a firm is, as Indonesian law sees it: its legal form (a UD or a sole
 * proprietor is taxed as its owner, so its NPWP is the owner's NIK,
 * PMK 112/2022), and its business capital and annual sales, from which
 * PP 7/2021 sets its size class (micro, small, medium, or large above
 * them) rather than from its headcount.
 */
export class FirmIdentity1795824002500 implements MigrationInterface {
  name = 'FirmIdentity1795824002500';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE suppliers
      ADD COLUMN legal_form text,
      ADD COLUMN business_capital_idr bigint,
      ADD COLUMN annual_turnover_idr bigint,
      ADD CONSTRAINT suppliers_legal_form_check
        CHECK (legal_form IN ('pt', 'cv', 'firma', 'ud', 'koperasi', 'perorangan')),
      ADD CONSTRAINT suppliers_owner_npwp_check
        CHECK (legal_form NOT IN ('ud', 'perorangan') OR npwp !~ '^0'),
      ADD CONSTRAINT suppliers_figures_check
        CHECK (business_capital_idr >= 0 AND annual_turnover_idr >= 0),
      DROP CONSTRAINT suppliers_size_class_check,
      ADD CONSTRAINT suppliers_size_class_check CHECK (size_class IN ('micro', 'small', 'medium', 'large'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE suppliers SET size_class = 'medium' WHERE size_class = 'large'`);
    await db.query(`ALTER TABLE suppliers
      DROP CONSTRAINT suppliers_size_class_check,
      ADD CONSTRAINT suppliers_size_class_check CHECK (size_class IN ('micro', 'small', 'medium')),
      DROP COLUMN annual_turnover_idr, DROP COLUMN business_capital_idr, DROP COLUMN legal_form`);
  }
}
