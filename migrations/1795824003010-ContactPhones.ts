import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A supplier's contact phone in E.164 (`+6281234567890`), as the API now
 * normalises it, so that it can be dialled and linked to WhatsApp as stored.
 * Numbers written before, in the free forms the API took (`0812-…`,
 * `+62 812 …`, `62812…`), are rewritten here: punctuation dropped, a leading
 * 0 or a bare 62 read as Indonesia's +62, as the API reads them.
 */
export class ContactPhones1795824003010 implements MigrationInterface {
  name = 'ContactPhones1795824003010';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE suppliers s SET contact_phone = CASE
          WHEN n.digits LIKE '+%' THEN n.digits
          WHEN n.digits LIKE '62%' THEN '+' || n.digits
          WHEN n.digits LIKE '0%' THEN '+62' || substr(n.digits, 2)
          ELSE '+62' || n.digits END
        FROM (SELECT id, regexp_replace(contact_phone, '[^0-9+]', '', 'g') AS digits FROM suppliers) n
       WHERE n.id = s.id AND s.contact_phone !~ '^\\+[1-9][0-9]{6,14}$'`);
    await db.query(`
      ALTER TABLE suppliers
        DROP CONSTRAINT suppliers_contact_check,
        ADD CONSTRAINT suppliers_contact_check
          CHECK (contact_phone ~ '^\\+[1-9][0-9]{6,14}$' AND contact_email LIKE '_%@_%')`);
  }

  async down(db: QueryRunner): Promise<void> {
    // Numbers stay in E.164, which the older rule (6 to 30 characters) takes as well.
    await db.query(`
      ALTER TABLE suppliers
        DROP CONSTRAINT suppliers_contact_check,
        ADD CONSTRAINT suppliers_contact_check
          CHECK (length(contact_phone) BETWEEN 6 AND 30 AND contact_email LIKE '_%@_%')`);
  }
}
