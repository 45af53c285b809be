import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readDataCsv, splitList } from './support/csv';

const DIR = '2000-shop-floor';
const TAXONOMIES = [
  { table: 'processes', file: 'processes.csv' },
  { table: 'materials', file: 'materials.csv' },
  { table: 'part_categories', file: 'part-categories.csv' },
] as const;
const VEHICLE_TYPES_BEFORE = `ARRAY['2w', '4w']::text[]`;
const VEHICLE_TYPES_AFTER = `ARRAY['2w', '3w', '4w', 'bus_truck']::text[]`;
const KINDS_BEFORE = `'quality', 'environment', 'safety', 'product', 'laboratory', 'local_content'`;
const KINDS_AFTER = `${KINDS_BEFORE}, 'personnel', 'process'`;

/**
 * The processes, materials, parts and certificates IKM really work with, as
 * a review by someone who knows the trade found them missing or wrong:
 * conventional machining beside CNC ("bubut" is not only CNC), stick welding,
 * tube bending, shearing, plasma cutting, roll forming, deep drawing,
 * blasting, phosphating, wet painting, hot-dip galvanising (what "galvanis"
 * means; zinc electroplating is another process), quench and temper,
 * nitriding, low-pressure die casting, aluminium extrusion, laser and
 * friction-stir welding, FRP, NDT and leak testing; "Karburisasi"; "cor
 * aluminium" is casting in general plus the material, not an HPDC alias. EV
 * parts (BMS, busbars, HV harness, on-board charger and DC-DC, VCU, swappable
 * casings), charging infrastructure apart from the on-board charger, brake
 * drums (tromol), bumpers, dashboards; three-wheelers and buses and trucks as
 * vehicle types; the materials of motors, frames and housings; welder
 * qualification, ISO 3834, battery safety tests, Industri Hijau; KBLI titles
 * as BPS writes them.
 *
 * Rows in migrations/data/2000-shop-floor/ are inserted or replace the row of
 * the same code; `down` restores the rows of the base files. Suppliers using a
 * changed code (or a member of a changed group) get their search text again.
 */
export class ShopFloorTaxonomy1795824002000 implements MigrationInterface {
  name = 'ShopFloorTaxonomy1795824002000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE part_categories DROP CONSTRAINT part_categories_vehicle_types_check,
      ADD CONSTRAINT part_categories_vehicle_types_check
        CHECK (cardinality(vehicle_types) > 0 AND vehicle_types <@ ${VEHICLE_TYPES_AFTER})`);
    await db.query(`ALTER TABLE certifications DROP CONSTRAINT certifications_kind_check,
      ADD CONSTRAINT certifications_kind_check CHECK (kind IN (${KINDS_AFTER}))`);

    const changed: Record<string, string[]> = {};
    for (const { table, file } of TAXONOMIES) {
      const rows = readDataCsv(`${DIR}/${file}`);
      // Groups before their members, for the parent foreign key.
      rows.sort((a, b) => Number(Boolean(a.parent_code)) - Number(Boolean(b.parent_code)));
      for (const row of rows) await upsertTaxonomy(db, table, row);
      changed[table] = rows.map((row) => row.code);
    }
    // Parts of two-wheelers serve three-wheelers too; parts of cars serve buses and trucks.
    await db.query(`UPDATE part_categories SET vehicle_types = vehicle_types || '{3w}'
                     WHERE '2w' = ANY (vehicle_types) AND NOT '3w' = ANY (vehicle_types)`);
    await db.query(`UPDATE part_categories SET vehicle_types = vehicle_types || '{bus_truck}'
                     WHERE '4w' = ANY (vehicle_types) AND NOT 'bus_truck' = ANY (vehicle_types)`);
    for (const row of readDataCsv(`${DIR}/certifications.csv`)) await upsertCertification(db, row);
    for (const row of readDataCsv(`${DIR}/kbli.csv`)) {
      await db.query(
        `INSERT INTO kbli (code, title_id, title_en) VALUES ($1, $2, $3)
         ON CONFLICT (code) DO UPDATE SET title_id = excluded.title_id, title_en = excluded.title_en`,
        [row.code, row.title_id, row.title_en],
      );
    }
    await refreshSearchText(db, changed);
  }

  async down(db: QueryRunner): Promise<void> {
    const changed: Record<string, string[]> = {};
    for (const { table, file } of [...TAXONOMIES].reverse()) {
      const base = new Map(readDataCsv(file).map((row) => [row.code, row]));
      const rows = readDataCsv(`${DIR}/${file}`);
      changed[table] = rows.map((row) => row.code);
      for (const row of rows.filter((r) => base.has(r.code))) await upsertTaxonomy(db, table, base.get(row.code)!);
      // Members before their groups.
      const added = rows.filter((r) => !base.has(r.code)).map((r) => r.code);
      await db.query(`DELETE FROM ${table} WHERE code = ANY ($1) AND parent_code IS NOT NULL`, [added]);
      await db.query(`DELETE FROM ${table} WHERE code = ANY ($1)`, [added]);
    }
    await db.query(
      `UPDATE part_categories SET vehicle_types = array_remove(array_remove(vehicle_types, '3w'), 'bus_truck')`,
    );
    const baseKbli = new Map(readDataCsv('kbli.csv').map((row) => [row.code, row]));
    for (const row of readDataCsv(`${DIR}/kbli.csv`)) {
      const before = baseKbli.get(row.code);
      if (before) {
        await db.query('UPDATE kbli SET title_id = $2, title_en = $3 WHERE code = $1', [
          before.code,
          before.title_id,
          before.title_en,
        ]);
      } else {
        await db.query('DELETE FROM kbli WHERE code = $1', [row.code]);
      }
    }
    const added = readDataCsv(`${DIR}/certifications.csv`).map((row) => row.code);
    await db.query('DELETE FROM certifications WHERE code = ANY ($1)', [added]);
    await db.query(`ALTER TABLE certifications DROP CONSTRAINT certifications_kind_check,
      ADD CONSTRAINT certifications_kind_check CHECK (kind IN (${KINDS_BEFORE}))`);
    await db.query(`ALTER TABLE part_categories DROP CONSTRAINT part_categories_vehicle_types_check,
      ADD CONSTRAINT part_categories_vehicle_types_check
        CHECK (cardinality(vehicle_types) > 0 AND vehicle_types <@ ${VEHICLE_TYPES_BEFORE})`);
    await refreshSearchText(db, changed);
  }
}

async function upsertTaxonomy(db: QueryRunner, table: string, row: Record<string, string>): Promise<void> {
  const withVehicleTypes = table === 'part_categories';
  const columns = [
    'code',
    'parent_code',
    'name_id',
    'name_en',
    'aliases',
    ...(withVehicleTypes ? ['vehicle_types'] : []),
  ];
  const values = [
    row.code,
    row.parent_code || null,
    row.name_id,
    row.name_en,
    splitList(row.aliases),
    ...(withVehicleTypes ? [splitList(row.vehicle_types)] : []),
  ];
  await db.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
     ON CONFLICT (code) DO UPDATE SET ${columns
       .slice(1)
       .map((column) => `${column} = excluded.${column}`)
       .join(', ')}`,
    values,
  );
}

async function upsertCertification(db: QueryRunner, row: Record<string, string>): Promise<void> {
  await db.query(
    `INSERT INTO certifications (code, kind, name_id, name_en, aliases) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, name_id = excluded.name_id,
       name_en = excluded.name_en, aliases = excluded.aliases`,
    [row.code, row.kind, row.name_id, row.name_en, splitList(row.aliases)],
  );
}

/**
 * A supplier's search text holds the names and aliases of its codes and of
 * their groups: suppliers with a changed code, or a member of a changed
 * group, have it computed again (the trigger runs on an update of the lists).
 */
async function refreshSearchText(db: QueryRunner, changed: Record<string, string[]>): Promise<void> {
  const covered = (table: string) =>
    `ARRAY(SELECT code FROM ${table} WHERE code = ANY ($${TAXONOMIES.findIndex((t) => t.table === table) + 1})
                                      OR parent_code = ANY ($${TAXONOMIES.findIndex((t) => t.table === table) + 1}))`;
  await db.query(
    `UPDATE suppliers SET processes = processes
      WHERE processes && ${covered('processes')} OR materials && ${covered('materials')}
         OR product_categories && ${covered('part_categories')}`,
    [changed.processes ?? [], changed.materials ?? [], changed.part_categories ?? []],
  );
}
