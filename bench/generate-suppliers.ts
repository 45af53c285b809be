import type { DataSource } from 'typeorm';

/**
 * Realistic, reproducible suppliers for benchmarks and plan tests: spread over
 * West Java with most in the Rebana regencies, eight kinds of workshop with
 * plausible processes, materials and products, a fifth verified, about a third
 * with ISO 9001 and a tenth with IATF 16949 (some expired). Generated inside
 * PostgreSQL (setseed makes it deterministic), in chunks, through the same
 * triggers that check codes and build the search vector.
 */
export async function generateSuppliers(
  db: DataSource,
  count: number,
  {
    seed = 0.42,
    chunk = 20_000,
    nibBase = 8_000_000_000_000,
    onProgress,
  }: { seed?: number; chunk?: number; nibBase?: number; onProgress?: (done: number) => void } = {},
): Promise<void> {
  await db.query(
    `INSERT INTO users (email, password_hash, full_name, role)
     VALUES ('bench-curator@bench.rantai.id', '$argon2id$v=19$bench-placeholder', 'Bench Curator', 'curator')
     ON CONFLICT (email) DO NOTHING`,
  );
  const [{ id: curatorId }] = await db.query<{ id: string }[]>(
    `SELECT id FROM users WHERE email = 'bench-curator@bench.rantai.id'`,
  );
  for (let done = 0; done < count; done += chunk) {
    const size = Math.min(chunk, count - done);
    await db.transaction(async (m) => {
      // A different but fixed seed per chunk keeps every chunk reproducible on its own.
      await m.query('SELECT setseed($1)', [((seed * 1000 + done / chunk) % 1000) / 1000]);
      const rows = await m.query<{ id: string }[]>(SUPPLIERS_SQL, [size, curatorId, nibBase + done]);
      await m.query(CERTIFICATIONS_SQL, [rows.map((r) => r.id), curatorId]);
    });
    onProgress?.(done + size);
  }
  await db.query('ANALYZE suppliers');
  await db.query('ANALYZE supplier_certifications');
}

/**
 * Tops the database up to `n` generated suppliers (kept between runs on a
 * server), reporting progress; answers how many active suppliers there are.
 */
export async function ensureBenchSuppliers(db: DataSource, n: number): Promise<number> {
  const [{ count }] = await db.query<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM suppliers WHERE contact_email LIKE '%@bench.rantai.id' AND deleted_at IS NULL`,
  );
  if (count < n) {
    const started = Date.now();
    await generateSuppliers(db, n - count, {
      nibBase: 8_000_000_000_000 + count,
      onProgress: (done) => process.stdout.write(`\rgenerated ${done + count}/${n}`),
    });
    console.log(`\ngenerated ${n - count} suppliers in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const [{ total }] = await db.query<{ total: number }[]>(
    'SELECT count(*)::int AS total FROM suppliers WHERE deleted_at IS NULL',
  );
  return total;
}

const SUPPLIERS_SQL = `
WITH kinds(k, processes, materials, categories, words) AS (VALUES
  (1, ARRAY['casting.hpdc','machining.cnc_milling'], ARRAY['aluminium','zinc_alloy'], ARRAY['ev_motor.housing','ev_battery_enclosure'], 'cor aluminium die casting rumah motor'),
  (2, ARRAY['casting.sand','casting.gravity'], ARRAY['iron.cast','steel.carbon'], ARRAY['brakes','engine_ice'], 'pengecoran besi cor pasir tromol'),
  (3, ARRAY['machining.cnc_turning','machining.cnc_milling','machining.grinding'], ARRAY['steel.carbon','steel.alloy','brass'], ARRAY['transmission_gears','bearings','fasteners'], 'bubut CNC poros gear presisi'),
  (4, ARRAY['sheet_metal.stamping','sheet_metal.bending','welding.spot'], ARRAY['steel.carbon','steel.stainless'], ARRAY['chassis_suspension.bracket','body_frame.body_panel','exterior_trim'], 'press stamping braket panel'),
  (5, ARRAY['welding.mig_mag','welding.robotic','sheet_metal.laser_cutting'], ARRAY['steel.carbon','aluminium'], ARRAY['body_frame.motorcycle_frame','chassis_suspension.swing_arm'], 'las rangka motor fabrikasi'),
  (6, ARRAY['surface.electroplating','surface.zinc_plating','surface.powder_coating'], ARRAY['steel.carbon','zinc_alloy'], ARRAY['fasteners','exterior_trim'], 'pelapisan krom galvanis cat bubuk'),
  (7, ARRAY['plastics.injection_moulding','tooling.moulds'], ARRAY['plastic.pp','plastic.abs','plastic.pa'], ARRAY['interior','lighting','exterior_trim'], 'cetak injeksi plastik cover'),
  (8, ARRAY['electrical.wire_harness','battery.pack_assembly','electrical.pcb_assembly'], ARRAY['copper','li_ion_cell'], ARRAY['wiring_harness','ev_battery_pack','ev_inverter_controller'], 'wiring harness baterai kontroler')
),
regencies(i, code) AS (
  SELECT row_number() OVER (), code FROM unnest(ARRAY[
    '32.13','32.13','32.13','32.13','32.10','32.10','32.10','32.11','32.11','32.11',
    '32.14','32.14','32.15','32.15','32.16','32.12','32.09','32.04','32.17','32.73']) code
),
words(i, w) AS (
  SELECT row_number() OVER (), w FROM unnest(ARRAY['Logam','Jaya','Makmur','Sinar','Teknik','Mandiri','Presisi','Abadi',
    'Karya','Mulia','Baja','Sentosa','Prima','Utama','Cahaya','Mitra','Sejahtera','Berkah','Perkasa','Nusantara']) w
),
src AS MATERIALIZED (
  SELECT g, gen_random_uuid() AS id, 1 + floor(random() * 8)::int AS k, 1 + floor(random() * 20)::int AS reg,
         1 + floor(random() * 20)::int AS w1, 1 + floor(random() * 20)::int AS w2, random() AS form,
         random() AS jlat, random() AS jlng, random() AS cap, random() AS emp, random() AS tkdn, random() AS ver,
         random() AS extra
    FROM generate_series(1, $1) g
),
orgs AS (INSERT INTO organizations (id, type) SELECT id, 'supplier' FROM src)
INSERT INTO suppliers (id, name, nib, kbli, size_class, description, regency_code, address, lat, lng, processes, materials,
                       product_categories, monthly_capacity_quantity, monthly_capacity_unit, employees, tkdn_percent,
                       machines, contact_phone, contact_email, verification, verified_by, verified_at, waiting_since)
SELECT s.id,
       (CASE WHEN s.form < 0.55 THEN 'CV ' WHEN s.form < 0.85 THEN 'PT ' ELSE 'UD ' END) || w1.w || ' ' || w2.w || ' '
         || replace(replace(r.name, 'Kabupaten ', ''), 'Kota ', ''),
       lpad(($3::bigint + s.g)::text, 13, '0'),
       ARRAY['25920'],
       (ARRAY['micro','small','medium'])[1 + floor(s.emp * 3)::int],
       'Bengkel ' || kinds.words || ' untuk industri otomotif dan kendaraan listrik.',
       reg.code,
       'Jl. Raya ' || w1.w || ' No. ' || (1 + s.g % 200),
       r.lat::float8 + (s.jlat - 0.5) * 0.24,
       r.lng::float8 + (s.jlng - 0.5) * 0.24,
       kinds.processes || CASE WHEN s.extra < 0.3 THEN ARRAY['assembly.mechanical'] ELSE '{}' END,
       kinds.materials,
       kinds.categories,
       round((500 + s.cap * 50000)::numeric, 0), 'pcs',
       5 + floor(s.emp * 200)::int,
       round((20 + s.tkdn * 70)::numeric, 1),
       '[{"type":"Mesin utama","count":2}]'::jsonb,
       '+62812' || lpad((s.g % 10000000)::text, 7, '0'),
       'ikm' || ($3::bigint + s.g) || '@bench.rantai.id',
       CASE WHEN s.ver < 0.2 THEN 'verified' ELSE 'unverified' END,
       CASE WHEN s.ver < 0.2 THEN $2::uuid END,
       CASE WHEN s.ver < 0.2 THEN now() END,
       CASE WHEN s.ver < 0.2 THEN NULL ELSE now() END
  FROM src s
  JOIN kinds ON kinds.k = s.k
  JOIN regencies reg ON reg.i = s.reg
  JOIN regions r ON r.code = reg.code
  JOIN words w1 ON w1.i = s.w1
  JOIN words w2 ON w2.i = s.w2
RETURNING id`;

const CERTIFICATIONS_SQL = `
INSERT INTO supplier_certifications (supplier_id, code, number, issuer, valid_until, status, verified_by, verified_at)
SELECT s.id, c.code, c.code || '-' || left(s.id::text, 8), 'Sucofindo',
       CASE WHEN s.expired < 0.1 THEN current_date - 30 ELSE current_date + 400 END,
       CASE WHEN c.verified THEN 'verified' ELSE 'declared' END,
       CASE WHEN c.verified THEN $2::uuid END, CASE WHEN c.verified THEN now() END
  FROM (SELECT id, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS expired
          FROM unnest($1::uuid[]) AS id) s
  CROSS JOIN LATERAL (VALUES ('iso_9001', s.r1 < 0.33, s.r2 < 0.5), ('iatf_16949', s.r3 < 0.1, s.r4 < 0.5)) c(code, held, verified)
 WHERE c.held
`;
