import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The held-certificates function of the HeldCertificates migration (1600), for down(). */
const HELD_BEFORE = `
  SELECT coalesce(jsonb_object_agg(code, valid_until), '{}')
    FROM (SELECT code, to_char(max(valid_until), 'YYYY-MM-DD') AS valid_until FROM supplier_certifications
           WHERE supplier_id = supplier AND status <> 'rejected' GROUP BY code) held`;

/**
 * Which certificates include others, as data: IATF 16949 is built on ISO 9001
 * and requires it, so an IATF holder meets a request for ISO 9001. Each
 * supplier's kept certificate dates (what search filters and facets read)
 * count a certificate for the codes it implies too; matching asks the same
 * table. A correction is a row, in a new migration.
 */
export class CertificateHierarchy1795824002100 implements MigrationInterface {
  name = 'CertificateHierarchy1795824002100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE certification_implications (
        code text NOT NULL,
        implied_code text NOT NULL,
        note text NOT NULL,
        CONSTRAINT certification_implications_pk PRIMARY KEY (code, implied_code),
        CONSTRAINT certification_implications_code_fk FOREIGN KEY (code) REFERENCES certifications (code),
        CONSTRAINT certification_implications_implied_fk FOREIGN KEY (implied_code) REFERENCES certifications (code),
        CONSTRAINT certification_implications_distinct_check CHECK (code <> implied_code)
      )`);
    await db.query(`INSERT INTO certification_implications (code, implied_code, note) VALUES
      ('iatf_16949', 'iso_9001', 'IATF 16949:2016 is applied together with ISO 9001:2015 and requires conformity to it')`);
    await this.heldCertificates(
      db,
      `SELECT coalesce(jsonb_object_agg(code, valid_until), '{}')
         FROM (SELECT held.code, to_char(max(c.valid_until), 'YYYY-MM-DD') AS valid_until
                 FROM supplier_certifications c
                 CROSS JOIN LATERAL (SELECT c.code UNION SELECT i.implied_code FROM certification_implications i
                                      WHERE i.code = c.code) held(code)
                WHERE c.supplier_id = supplier AND c.status <> 'rejected' GROUP BY held.code) held`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await this.heldCertificates(db, HELD_BEFORE);
    await db.query('DROP TABLE certification_implications');
  }

  /** The function, and the dates (and through the suppliers' trigger, the tags) of suppliers with an implying certificate. */
  private async heldCertificates(db: QueryRunner, body: string): Promise<void> {
    await db.query(
      `CREATE OR REPLACE FUNCTION supplier_held_certificates(supplier uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$ ${body} $$`,
    );
    await db.query(`
      UPDATE suppliers s SET held_certificates = supplier_held_certificates(s.id)
       WHERE EXISTS (SELECT 1 FROM supplier_certifications c WHERE c.supplier_id = s.id
                        AND c.code IN (SELECT code FROM certification_implications))`);
  }
}
