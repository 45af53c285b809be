import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * TKDN belongs to a product, and is certified (Permenperin 35/2025): a TKDN
 * certificate states the product, its part category, the TKDN value and, if
 * any, the BMP (Bobot Manfaat Perusahaan, at most 15%). It is issued after
 * verification by an LVI (Sucofindo, Surveyor Indonesia and others), or, for
 * small industry, from the simplified self-assessment (`tkdn_ik`), which
 * meets a request for a TKDN certificate. TKDN certificates are supplier
 * certificates like any other (declared by owners, verified by curators,
 * expiring), with the product columns only they carry; the service decides
 * which certificates those are, by their kind (`local_content`).
 */
export class ProductTkdn1795824002200 implements MigrationInterface {
  name = 'ProductTkdn1795824002200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE certifications SET name_id = 'Sertifikat TKDN (verifikasi LVI)',
                           name_en = 'TKDN certificate (verified by an LVI)'
                     WHERE code = 'tkdn'`);
    await db.query(`INSERT INTO certifications (code, kind, name_id, name_en, aliases) VALUES
      ('tkdn_ik', 'local_content', 'Sertifikat TKDN Industri Kecil (penilaian mandiri)',
       'TKDN certificate for small industry (self-assessment)', '{tkdn ik,tkdn industri kecil}')`);
    await db.query(`INSERT INTO certification_implications (code, implied_code, note) VALUES
      ('tkdn_ik', 'tkdn', 'The small-industry TKDN certificate is a TKDN certificate, issued by the simplified procedure')`);
    await db.query(`
      ALTER TABLE supplier_certifications
        ADD COLUMN product_name text,
        ADD COLUMN part_category text,
        ADD COLUMN tkdn_percent numeric(5,2),
        ADD COLUMN bmp_percent numeric(4,2),
        ADD CONSTRAINT supplier_certifications_part_category_fk FOREIGN KEY (part_category) REFERENCES part_categories (code),
        ADD CONSTRAINT supplier_certifications_product_check CHECK (
          (product_name IS NULL) = (part_category IS NULL) AND (product_name IS NULL) = (tkdn_percent IS NULL)
          AND (bmp_percent IS NULL OR tkdn_percent IS NOT NULL)
          AND (product_name IS NULL OR length(btrim(product_name)) BETWEEN 1 AND 200)
          AND (tkdn_percent IS NULL OR tkdn_percent BETWEEN 0 AND 100)
          AND (bmp_percent IS NULL OR bmp_percent BETWEEN 0 AND 15))`);
    // Matching reads a supplier's verified TKDN values per part category for every supplier it ranks.
    await db.query(`
      CREATE INDEX supplier_certifications_tkdn_idx ON supplier_certifications (supplier_id, part_category)
        INCLUDE (tkdn_percent, valid_until) WHERE tkdn_percent IS NOT NULL AND status = 'verified'`);
    await db.query(`ALTER TABLE sourcing_requests ADD COLUMN tkdn_certified_only boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE sourcing_requests DROP COLUMN tkdn_certified_only');
    await db.query('DROP INDEX supplier_certifications_tkdn_idx');
    await db.query(`ALTER TABLE supplier_certifications DROP CONSTRAINT supplier_certifications_product_check,
      DROP CONSTRAINT supplier_certifications_part_category_fk,
      DROP COLUMN bmp_percent, DROP COLUMN tkdn_percent, DROP COLUMN part_category, DROP COLUMN product_name`);
    await db.query(`DELETE FROM supplier_certifications WHERE code = 'tkdn_ik'`);
    await db.query(`DELETE FROM certification_implications WHERE code = 'tkdn_ik'`);
    await db.query(`DELETE FROM certifications WHERE code = 'tkdn_ik'`);
    await db.query(`UPDATE certifications SET name_id = 'Sertifikat TKDN', name_en = 'TKDN local content certificate'
                     WHERE code = 'tkdn'`);
  }
}
