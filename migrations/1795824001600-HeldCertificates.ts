import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The code parameters and tags of `supplier_search_tags` as SearchTags (1500)
 * defined them. A migration is frozen: it keeps its own copy rather than
 * import one that a later change could alter.
 */
const CODE_PARAMETERS =
  'process_codes text[], material_codes text[], category_codes text[], regency text, verification_status text';
const CODE_TAGS = `
  SELECT 'process:' || unnest(ARRAY[code, parent_code]) FROM processes WHERE code = ANY (process_codes)
  UNION ALL
  SELECT 'material:' || unnest(ARRAY[code, parent_code]) FROM materials WHERE code = ANY (material_codes)
  UNION ALL
  SELECT 'category:' || unnest(ARRAY[code, parent_code]) FROM part_categories WHERE code = ANY (category_codes)
  UNION ALL
  SELECT unnest(ARRAY['regency:' || regency, 'province:' || left(regency, 2), 'verification:' || verification_status])`;

/**
 * `supplier_search_tags` taking `parameters`, with its certificate tags from
 * `certificateTags`, and the trigger functions: the suppliers one sets the tags
 * to `tagsOfNew`, the certificates one runs `updateSupplier` on the suppliers
 * concerned.
 */
const tagFunctions = (parameters: string, certificateTags: string, tagsOfNew: string, updateSupplier: string) => [
  `CREATE FUNCTION supplier_search_tags(${parameters}) RETURNS text[] LANGUAGE sql STABLE AS $$
     SELECT array_agg(DISTINCT tag ORDER BY tag) FROM (${CODE_TAGS}
       UNION ALL
       ${certificateTags}
     ) t(tag) WHERE tag IS NOT NULL
   $$`,
  `CREATE OR REPLACE FUNCTION suppliers_search_tags() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     NEW.search_tags := ${tagsOfNew};
     RETURN NEW;
   END $$`,
  `CREATE OR REPLACE FUNCTION supplier_certifications_search_tags() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     ${updateSupplier} WHERE s.id IN (NEW.supplier_id, OLD.supplier_id);
     RETURN NULL;
   END $$`,
];

/**
 * Each supplier keeps, for every certificate code it has a certificate of that
 * is not rejected, the latest date such a certificate is valid until:
 * `{"iso_9001": "2027-05-31"}`. It holds that certificate on any day up to
 * that date, the rule of `heldCertificateSql`, so a search checks one value
 * on the row it has read instead of looking certificates up: 9 µs a supplier
 * at 1M suppliers, for the filter and again for the certificate facet.
 *
 * The certificate trigger keeps these dates, and the certificate tags are now
 * their codes: one reading of the certificate rows, one definition of which
 * certificates count, so the tags and the dates cannot disagree.
 */
export class HeldCertificates1795824001600 implements MigrationInterface {
  name = 'HeldCertificates1795824001600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION supplier_held_certificates(supplier uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
        SELECT coalesce(jsonb_object_agg(code, valid_until), '{}')
          FROM (SELECT code, to_char(max(valid_until), 'YYYY-MM-DD') AS valid_until FROM supplier_certifications
                 WHERE supplier_id = supplier AND status <> 'rejected' GROUP BY code) held
      $$`);
    await db.query(`
      ALTER TABLE suppliers ADD COLUMN held_certificates jsonb NOT NULL DEFAULT '{}'
        CONSTRAINT suppliers_held_certificates_check CHECK (jsonb_typeof(held_certificates) = 'object')`);
    for (const sql of tagFunctions(
      `${CODE_PARAMETERS}, held_certificates jsonb`,
      `SELECT 'certification:' || jsonb_object_keys(held_certificates)`,
      `supplier_search_tags(NEW.processes, NEW.materials, NEW.product_categories, NEW.regency_code, NEW.verification,
                            NEW.held_certificates)`,
      'UPDATE suppliers s SET held_certificates = supplier_held_certificates(s.id)',
    )) {
      await db.query(sql);
    }
    await db.query('DROP FUNCTION supplier_search_tags(uuid, text[], text[], text[], text, text)');
    await this.triggers(db, ', held_certificates', ', valid_until');
    // Through the suppliers trigger, this re-tags them too (with the same tags).
    await db.query(`
      UPDATE suppliers s SET held_certificates = supplier_held_certificates(s.id)
       WHERE EXISTS (SELECT 1 FROM supplier_certifications c WHERE c.supplier_id = s.id AND c.status <> 'rejected')`);
  }

  async down(db: QueryRunner): Promise<void> {
    const tagsOfSupplier = (s: string) =>
      `supplier_search_tags(${s}.id, ${s}.processes, ${s}.materials, ${s}.product_categories, ${s}.regency_code, ${s}.verification)`;
    for (const sql of tagFunctions(
      `supplier uuid, ${CODE_PARAMETERS}`,
      `SELECT 'certification:' || code FROM supplier_certifications WHERE supplier_id = supplier AND status <> 'rejected'`,
      tagsOfSupplier('NEW'),
      `UPDATE suppliers s SET search_tags = ${tagsOfSupplier('s')}`,
    )) {
      await db.query(sql);
    }
    await this.triggers(db, '', '');
    await db.query('DROP FUNCTION supplier_search_tags(text[], text[], text[], text, text, jsonb)');
    await db.query('ALTER TABLE suppliers DROP COLUMN held_certificates');
    await db.query('DROP FUNCTION supplier_held_certificates(uuid)');
  }

  /** Both triggers again, firing on the columns their functions now read. */
  private async triggers(db: QueryRunner, supplierColumns: string, certificateColumns: string): Promise<void> {
    await db.query('DROP TRIGGER suppliers_search_tags ON suppliers');
    await db.query(`
      CREATE TRIGGER suppliers_search_tags
      BEFORE INSERT OR UPDATE OF processes, materials, product_categories, regency_code, verification${supplierColumns}
      ON suppliers FOR EACH ROW EXECUTE FUNCTION suppliers_search_tags()`);
    await db.query('DROP TRIGGER supplier_certifications_search_tags ON supplier_certifications');
    await db.query(`
      CREATE TRIGGER supplier_certifications_search_tags
      AFTER INSERT OR DELETE OR UPDATE OF supplier_id, code, status${certificateColumns} ON supplier_certifications
      FOR EACH ROW EXECUTE FUNCTION supplier_certifications_search_tags()`);
  }
}
