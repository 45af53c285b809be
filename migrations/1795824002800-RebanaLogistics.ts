import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The region as its plans draw it, and the ways out of it.
 * - Rebana: the Cirebon–Patimban–Kertajati metropolitan region of West Java's
 *   regional development decree (Perpres 87/2021): Kabupaten and Kota
 *   Cirebon, Indramayu, Majalengka, Kuningan, Subang and Sumedang, as a group
 *   of regions that lists and searches can use.
 * - Logistics beside the seaports: Cirebon's port, Kertajati airport (BIJB)
 *   and Cikarang Dry Port, each with its kind; approximate coordinates.
 * - Buyers beyond vehicle makers and tier-1s: tier-2 suppliers and APM
 *   (agen pemegang merek, a brand's sole agent in Indonesia).
 */
export class RebanaLogistics1795824002800 implements MigrationInterface {
  name = 'RebanaLogistics1795824002800';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE region_groups (
        code text NOT NULL,
        name text NOT NULL,
        source text NOT NULL,
        regency_codes text[] NOT NULL,
        CONSTRAINT region_groups_pk PRIMARY KEY (code),
        CONSTRAINT region_groups_code_check CHECK (code ~ '^[a-z0-9_]+$'),
        CONSTRAINT region_groups_members_check CHECK (cardinality(regency_codes) >= 1)
      )`);
    await db.query(`INSERT INTO region_groups (code, name, source, regency_codes) VALUES ($1, $2, $3, $4)`, [
      'rebana',
      'Kawasan Metropolitan Rebana (Cirebon–Patimban–Kertajati)',
      'Perpres 87/2021 on accelerating development in West Java',
      ['32.09', '32.74', '32.12', '32.10', '32.08', '32.13', '32.11'],
    ]);
    await db.query(`ALTER TABLE ports ADD COLUMN kind text NOT NULL DEFAULT 'seaport',
      ADD CONSTRAINT ports_kind_check CHECK (kind IN ('seaport', 'airport', 'dry_port'))`);
    await db.query(`INSERT INTO ports (code, name, regency_code, lat, lng, note, kind) VALUES
      ('cirebon', 'Pelabuhan Cirebon', '32.74', -6.71, 108.57, 'Kota Cirebon; general cargo and bulk; coordinates approximate', 'seaport'),
      ('kertajati', 'Bandara Kertajati (BIJB)', '32.10', -6.65, 108.17, 'Majalengka; West Java International Airport, air cargo; coordinates approximate', 'airport'),
      ('cikarang_dry_port', 'Cikarang Dry Port', '32.16', -6.30, 107.16, 'Bekasi; inland container terminal linked to Tanjung Priok; coordinates approximate', 'dry_port')`);
    await db.query(`ALTER TABLE buyers DROP CONSTRAINT buyers_kind_check,
      ADD CONSTRAINT buyers_kind_check CHECK (kind IN ('oem', 'tier1', 'tier2', 'apm'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE buyers SET kind = 'tier1' WHERE kind IN ('tier2', 'apm')`);
    await db.query(`ALTER TABLE buyers DROP CONSTRAINT buyers_kind_check,
      ADD CONSTRAINT buyers_kind_check CHECK (kind IN ('oem', 'tier1'))`);
    await db.query(`DELETE FROM ports WHERE code IN ('cirebon', 'kertajati', 'cikarang_dry_port')`);
    await db.query('ALTER TABLE ports DROP COLUMN kind');
    await db.query('DROP TABLE region_groups');
  }
}
