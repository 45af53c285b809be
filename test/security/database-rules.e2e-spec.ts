import { randomUUID } from 'node:crypto';
import { DataSource, QueryRunner } from 'typeorm';
import { createTestApp, TestApp } from '../support/app';

/** A value written into SQL as it is (a function call, a cast). */
class Sql {
  constructor(readonly text: string) {}
}
const sql = (text: string) => new Sql(text);
/** A jsonb value; plain arrays are text[]. */
const json = (value: unknown) => sql(`'${JSON.stringify(value).replace(/'/g, "''")}'::jsonb`);
type Row = Record<string, unknown>;

const CHECK = '23514';
const NOT_NULL = '23502';
const FOREIGN_KEY = '23503';
const UNIQUE = '23505';
const OUT_OF_RANGE = '22003';

function literal(value: unknown): string {
  if (value instanceof Sql) return value.text;
  if (value === null) return 'NULL';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `ARRAY[${value.map(literal).join(', ')}]::text[]`;
  if (typeof value === 'object') return `${literal(JSON.stringify(value))}::jsonb`;
  return `'${(value as string).replace(/'/g, "''")}'`;
}

const insertSql = (table: string, row: Row) =>
  `INSERT INTO ${table} (${Object.keys(row).join(', ')}) VALUES (${Object.values(row).map(literal).join(', ')})`;

/**
 * Every rule validation enforces is also the database's: a raw INSERT that
 * breaks it fails, whatever the application does. Each table has a valid row
 * (which must insert) and rows that break one rule each, with the SQLSTATE
 * PostgreSQL must answer.
 */
describe('The database refuses what validation refuses', () => {
  let t: TestApp;
  let runner: QueryRunner;
  const id = {
    user: randomUUID(),
    supplier: randomUUID(),
    buyer: randomUUID(),
    estate: randomUUID(),
    plant: randomUUID(),
    request: randomUUID(),
    match: randomUUID(),
    notification: randomUUID(),
    /** A second supplier (without NIB) and a second buyer, for rows that need another one. */
    otherSupplier: randomUUID(),
    otherBuyer: randomUUID(),
  };
  const nib = String(Date.now()).padStart(13, '9').slice(-13);

  const user = (): Row => ({
    id: randomUUID(),
    email: `rules-${randomUUID().slice(0, 8)}@test.rantai.id`,
    password_hash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
    full_name: 'Uji Aturan',
    role: 'ikm_owner',
  });
  const supplier = (): Row => ({
    id: id.supplier,
    name: 'CV Aturan Subang',
    nib,
    npwp: '0123456789012345',
    kbli: ['24320'],
    size_class: 'small',
    description: 'Pengecoran aluminium.',
    regency_code: '32.13',
    address: 'Jl. Raya Subang',
    lat: -6.5,
    lng: 107.7,
    processes: ['casting.hpdc'],
    materials: ['aluminium'],
    product_categories: ['ev_motor.housing'],
    monthly_capacity_quantity: 1000,
    monthly_capacity_unit: 'pcs',
    employees: 20,
    tkdn_percent: 45.5,
    contact_phone: '+6281223456789',
    contact_email: 'cv@aturan.id',
  });
  const certificate = (): Row => ({
    supplier_id: id.supplier,
    code: 'iso_9001',
    number: `QMS-${randomUUID().slice(0, 6)}`,
    issuer: 'Sucofindo',
    valid_until: '2030-01-31',
  });
  const estate = (): Row => ({
    id: id.estate,
    name: `Kawasan Aturan ${randomUUID().slice(0, 6)}`,
    operator: 'PT Aturan',
    regency_code: '32.13',
    lat: -6.45,
    lng: 107.65,
    area_ha: 100,
    status: 'operating',
    available_plots_ha: 10,
  });
  const buyer = (): Row => ({ id: id.buyer, name: 'PT Pembeli Aturan', kind: 'oem' });
  const plant = (): Row => ({
    id: id.plant,
    buyer_id: id.buyer,
    name: 'Pabrik Subang',
    regency_code: '32.13',
    lat: -6.48,
    lng: 107.62,
  });
  const request = (): Row => ({
    id: id.request,
    buyer_id: id.buyer,
    plant_id: id.plant,
    title: 'Rumah motor',
    part_category: 'ev_motor.housing',
    processes: ['casting.hpdc'],
    annual_volume: 1200,
    unit: 'pcs',
    created_by: id.user,
  });
  const match = (): Row => ({
    id: id.match,
    sourcing_request_id: id.request,
    supplier_id: id.supplier,
    score: 70,
    breakdown: json([]),
    curator_id: id.user,
  });
  const notification = (): Row => ({
    id: id.notification,
    user_id: id.user,
    type: 'match_introduced',
    title: 'Judul',
    body: 'Isi',
  });

  /** Each table with a valid row and the rows that break one of its rules. */
  const TABLES: { table: string; valid: () => Row; broken: [string, Row, string][] }[] = [
    {
      table: 'users',
      valid: user,
      broken: [
        ['an e-mail not in lower case', { email: 'Rules@Test.id' }, CHECK],
        ['an e-mail without @', { email: 'rules.test.id' }, CHECK],
        ['an unknown role', { role: 'superuser' }, CHECK],
        ['an empty name', { full_name: '  ' }, CHECK],
        ['a password that is not an Argon2id hash', { password_hash: 'hunter2' }, CHECK],
        ['a negative token version', { token_version: -1 }, CHECK],
        ['a negative failure count', { failed_logins: -1 }, CHECK],
        ['a phone not in E.164', { phone: '0812-3456-7890' }, CHECK],
        ['no e-mail', { email: null }, NOT_NULL],
      ],
    },
    {
      table: 'account_tokens',
      valid: () => ({
        user_id: id.user,
        purpose: 'password_reset',
        token_hash: 'ab'.repeat(32),
        expires_at: sql("now() + interval '1 hour'"),
      }),
      broken: [
        ['an unknown purpose', { purpose: 'login' }, CHECK],
        [
          'a token kept in clear rather than as its SHA-256',
          { token_hash: 'Xq0Zr3v9yFh2W7kLmN4pQs8tUv1wX5yZ6aB0cD2eF3g' },
          CHECK,
        ],
        ['an unknown user', { user_id: randomUUID() }, FOREIGN_KEY],
      ],
    },
    {
      table: 'refresh_tokens',
      valid: () => ({
        user_id: id.user,
        family_id: randomUUID(),
        token_hash: randomUUID(),
        expires_at: sql("now() + interval '1 hour'"),
        family_expires_at: sql("now() + interval '12 hours'"),
      }),
      broken: [
        ['a token outliving its session', { expires_at: sql("now() + interval '13 hours'") }, CHECK],
        ['an unknown user', { user_id: randomUUID() }, FOREIGN_KEY],
      ],
    },
    {
      table: 'security_events',
      valid: () => ({ type: 'login_failed', subject_user_id: id.user }),
      broken: [
        ['a type that is not a word', { type: 'Login Failed!' }, CHECK],
        ['an unknown subject', { subject_user_id: randomUUID() }, FOREIGN_KEY],
      ],
    },
    {
      table: 'organizations',
      valid: () => ({ id: randomUUID(), type: 'supplier' }),
      broken: [['an unknown type', { type: 'club' }, CHECK]],
    },
    {
      table: 'memberships',
      valid: () => ({ organization_id: id.otherSupplier, user_id: id.user }),
      broken: [
        ['the same member twice', { organization_id: id.supplier }, UNIQUE],
        ['an unknown organisation', { organization_id: randomUUID() }, FOREIGN_KEY],
      ],
    },
    {
      table: 'suppliers',
      valid: () => ({ ...supplier(), id: randomUUID(), nib: null }),
      broken: [
        ['a NIB of 12 digits', { nib: '912000123456' }, CHECK],
        ['a NIB with letters', { nib: '91200012345AB' }, CHECK],
        ['an NPWP of 15 digits', { npwp: '012345678901234' }, CHECK],
        ['an active NIB twice', { nib }, UNIQUE],
        ['TKDN over 100', { tkdn_percent: 100.5 }, CHECK],
        ['negative TKDN', { tkdn_percent: -1 }, CHECK],
        ['TKDN beyond its precision', { tkdn_percent: 1000 }, OUT_OF_RANGE],
        ['an unknown size class', { size_class: 'huge' }, CHECK],
        ['a point outside Indonesia', { lat: 51.5, lng: -0.1 }, CHECK],
        ['a province where a regency belongs', { regency_code: '32' }, CHECK],
        ['an unknown regency', { regency_code: '32.98' }, FOREIGN_KEY],
        ['an unknown process', { processes: ['casting.magic'] }, FOREIGN_KEY],
        ['an unknown KBLI code', { kbli: ['99999'] }, FOREIGN_KEY],
        ['no process', { processes: [] }, CHECK],
        ['a capacity without a unit', { monthly_capacity_unit: null }, CHECK],
        ['a capacity in an unknown unit', { monthly_capacity_unit: 'bucket' }, CHECK],
        ['a zero capacity', { monthly_capacity_quantity: 0 }, CHECK],
        ['negative employees', { employees: -3 }, CHECK],
        ['a description over 5,000 characters', { description: 'x'.repeat(5001) }, CHECK],
        ['an empty name', { name: ' ' }, CHECK],
        ['a phone of three characters', { contact_phone: '123' }, CHECK],
        ['a phone not in E.164', { contact_phone: '0812-2345-6789' }, CHECK],
        ['a contact e-mail without @', { contact_email: 'nobody' }, CHECK],
        ['machines that are not a list', { machines: { type: 'bubut' } }, CHECK],
        ['verified without a curator', { verification: 'verified' }, CHECK],
        ['rejected without a reason', { verification: 'rejected', verified_by: id.user }, CHECK],
        ['an unknown source', { source: 'scraped' }, CHECK],
        ['unverified without a waiting time', { waiting_since: null }, CHECK],
        ['verified yet waiting', { verification: 'verified', verified_by: id.user, verified_at: sql('now()') }, CHECK],
        [
          'claims to check again on a verified profile',
          {
            verification: 'verified',
            verified_by: id.user,
            verified_at: sql('now()'),
            waiting_since: null,
            verification_changes: ['processes'],
          },
          CHECK,
        ],
        ['an unknown estate', { estate_id: randomUUID() }, FOREIGN_KEY],
        ['no address', { address: null }, NOT_NULL],
      ],
    },
    {
      table: 'supplier_certifications',
      valid: certificate,
      broken: [
        ['an unknown certification', { code: 'iso_99999' }, FOREIGN_KEY],
        ['a validity that ends before it starts', { valid_from: '2031-01-01' }, CHECK],
        ['an empty number', { number: ' ' }, CHECK],
        ['an empty issuer', { issuer: '' }, CHECK],
        ['verified without a curator', { status: 'verified' }, CHECK],
        ['rejected without a reason', { status: 'rejected', verified_by: id.user }, CHECK],
        ['an unknown supplier', { supplier_id: randomUUID() }, FOREIGN_KEY],
        ['no expiry', { valid_until: null }, NOT_NULL],
      ],
    },
    {
      table: 'estates',
      valid: () => ({ ...estate(), id: randomUUID() }),
      broken: [
        [
          'the same name in other letters',
          { name: sql(`upper((SELECT name FROM estates WHERE id = '${id.estate}'))`) },
          UNIQUE,
        ],
        ['an unknown status', { status: 'planned' }, CHECK],
        ['a zero area', { area_ha: 0 }, CHECK],
        ['more plots than area', { available_plots_ha: 101 }, CHECK],
        ['negative power', { power_mva: -1 }, CHECK],
        ['a point outside Indonesia', { lat: 40, lng: 100 }, CHECK],
        ['a note over 2,000 characters', { note: 'x'.repeat(2001) }, CHECK],
        ['no organisation of its own', { id: randomUUID() }, FOREIGN_KEY],
      ],
    },
    {
      table: 'buyers',
      valid: () => ({ ...buyer(), id: randomUUID() }),
      broken: [
        ['an unknown kind', { kind: 'dealer' }, CHECK],
        ['an empty name', { name: '' }, CHECK],
        ['an organisation of another type', { id: id.supplier }, FOREIGN_KEY],
      ],
    },
    {
      table: 'buyer_plants',
      valid: () => ({ ...plant(), id: randomUUID() }),
      broken: [
        ['a point outside Indonesia', { lat: 0, lng: 0 }, CHECK],
        ['an unknown buyer', { buyer_id: randomUUID() }, FOREIGN_KEY],
        ['an unknown regency', { regency_code: '32.98' }, FOREIGN_KEY],
      ],
    },
    {
      table: 'sourcing_requests',
      valid: () => ({ ...request(), id: randomUUID() }),
      broken: [
        ['a zero volume', { annual_volume: 0 }, CHECK],
        ['an unknown unit', { unit: 'barrel' }, CHECK],
        ['a minimum TKDN over 100', { min_tkdn_percent: 101 }, CHECK],
        ['a distance limit without a plant', { plant_id: null, max_distance_km: 50 }, CHECK],
        ['another buyer’s plant', { buyer_id: id.otherBuyer }, FOREIGN_KEY],
        ['an unknown part category', { part_category: 'ev_motor.magic' }, FOREIGN_KEY],
        ['an unknown required certificate', { required_certifications: ['iso_99999'] }, FOREIGN_KEY],
        [
          'weights that do not sum to 100',
          { score_weights: { capability: 50, certification: 50, distance: 50, capacity: 0, tkdn: 0, verification: 0 } },
          CHECK,
        ],
        ['open without a publication time', { status: 'open' }, CHECK],
        ['closed without a reason', { status: 'closed', published_at: sql('now()'), closed_at: sql('now()') }, CHECK],
        ['a non-positive target price', { target_price_idr: 0 }, CHECK],
        ['no process', { processes: [] }, CHECK],
      ],
    },
    {
      table: 'matches',
      valid: () => ({ ...match(), id: randomUUID(), supplier_id: id.otherSupplier }),
      broken: [
        ['the same pair twice', { supplier_id: id.supplier }, UNIQUE],
        ['an unknown status', { status: 'dating' }, CHECK],
        ['a score over 100', { score: 101 }, CHECK],
        ['introduced without a time', { status: 'introduced' }, CHECK],
        ['engaged without both acceptances', { status: 'engaged', introduced_at: sql('now()') }, CHECK],
        ['requested without the side that asked', { status: 'requested', curator_id: null }, CHECK],
        ['asked by neither side', { status: 'requested', requested_by: 'estate' }, CHECK],
        ['shortlisted without a curator', { curator_id: null }, CHECK],
        ['declined never introduced nor requested', { status: 'declined' }, CHECK],
        ['an unknown request', { sourcing_request_id: randomUUID() }, FOREIGN_KEY],
      ],
    },
    {
      table: 'match_events',
      valid: () => ({ match_id: id.match, type: 'shortlist', actor_user_id: id.user, to_status: 'shortlisted' }),
      broken: [
        ['an unknown event', { type: 'elope' }, CHECK],
        ['an unknown match', { match_id: randomUUID() }, FOREIGN_KEY],
        ['a note over 2,000 characters', { note: 'x'.repeat(2001) }, CHECK],
      ],
    },
    {
      table: 'notifications',
      valid: () => ({ ...notification(), id: randomUUID() }),
      broken: [
        ['an unknown type', { type: 'spam' }, CHECK],
        ['an empty title', { title: '' }, CHECK],
        ['data that is not an object', { data: json([1]) }, CHECK],
        ['an unknown user', { user_id: randomUUID() }, FOREIGN_KEY],
      ],
    },
    {
      table: 'email_outbox',
      valid: () => ({ notification_id: id.notification, to_email: 'a@b.id', subject: 'S', body: 'B' }),
      broken: [
        ['sent without a time', { status: 'sent' }, CHECK],
        ['negative attempts', { attempts: -1 }, CHECK],
        ['an unknown notification', { notification_id: randomUUID() }, FOREIGN_KEY],
      ],
    },
    {
      table: 'candidate_list_entries',
      valid: () => ({ sourcing_request_id: id.request, supplier_id: id.supplier, score: 50 }),
      broken: [['a score over 100', { score: 100.5 }, CHECK]],
    },
    {
      table: 'regions',
      valid: () => ({
        code: '32.97',
        level: 'regency',
        kind: 'kabupaten',
        parent_code: '32',
        name: 'Uji',
        lat: -6.5,
        lng: 107,
      }),
      broken: [
        ['a regency outside its province', { parent_code: '31' }, CHECK],
        ['an unknown level', { level: 'village' }, CHECK],
        ['a point off the globe', { lat: 91 }, CHECK],
      ],
    },
    {
      table: 'kbli',
      valid: () => ({ code: '29999', title_id: 'Uji', title_en: 'Test' }),
      broken: [['a code of four digits', { code: '2999' }, CHECK]],
    },
    {
      table: 'processes',
      valid: () => ({ code: 'casting.rules_test', parent_code: 'casting', name_id: 'Uji', name_en: 'Test' }),
      broken: [
        ['a code with capitals', { code: 'Casting.Test' }, CHECK],
        ['an unknown parent', { parent_code: 'alchemy' }, FOREIGN_KEY],
        ['no Indonesian name', { name_id: ' ' }, CHECK],
      ],
    },
    {
      table: 'certifications',
      valid: () => ({ code: 'rules_test', kind: 'quality', name_id: 'Uji', name_en: 'Test' }),
      broken: [['an unknown kind', { kind: 'vibes' }, CHECK]],
    },
  ];

  beforeAll(async () => {
    t = await createTestApp();
    runner = t.app.get(DataSource).createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    // The rows the others refer to, written as a valid row of each table.
    await runner.query(insertSql('users', { ...user(), id: id.user }));
    for (const [organizationId, type] of [
      [id.supplier, 'supplier'],
      [id.buyer, 'buyer'],
      [id.estate, 'estate'],
    ]) {
      await runner.query(insertSql('organizations', { id: organizationId, type }));
    }
    await runner.query(insertSql('memberships', { organization_id: id.supplier, user_id: id.user }));
    await runner.query(insertSql('estates', estate()));
    await runner.query(insertSql('suppliers', supplier()));
    await runner.query(insertSql('organizations', { id: id.otherSupplier, type: 'supplier' }));
    await runner.query(insertSql('suppliers', { ...supplier(), id: id.otherSupplier, nib: null }));
    await runner.query(insertSql('buyers', buyer()));
    await runner.query(insertSql('organizations', { id: id.otherBuyer, type: 'buyer' }));
    await runner.query(insertSql('buyers', { ...buyer(), id: id.otherBuyer }));
    await runner.query(insertSql('buyer_plants', plant()));
    await runner.query(insertSql('sourcing_requests', request()));
    await runner.query(insertSql('matches', match()));
    await runner.query(insertSql('notifications', notification()));
  });

  afterAll(async () => {
    await runner.rollbackTransaction();
    await runner.release();
    await t.close();
  });

  /** The SQLSTATE of inserting the row, or 'ok'; nothing it does stays. */
  async function tryInsert(table: string, row: Row): Promise<string> {
    await runner.query('SAVEPOINT attempt');
    try {
      await runner.query(insertSql(table, row));
      return 'ok';
    } catch (error) {
      return (error as { driverError?: { code?: string } }).driverError?.code ?? String(error);
    } finally {
      await runner.query('ROLLBACK TO SAVEPOINT attempt');
    }
  }

  /** Suppliers, estates and buyers are organisations: a new row needs its organisation first. */
  const ORGANIZATION_TYPE: Record<string, string> = { suppliers: 'supplier', estates: 'estate', buyers: 'buyer' };
  async function withOrganization(table: string, row: Row, override: Row): Promise<Row> {
    if (ORGANIZATION_TYPE[table] && !('id' in override)) {
      await runner.query(insertSql('organizations', { id: row.id, type: ORGANIZATION_TYPE[table] }));
    }
    return row;
  }

  for (const { table, valid, broken } of TABLES) {
    describe(table, () => {
      it('takes a valid row', async () => {
        expect(await tryInsert(table, await withOrganization(table, valid(), {}))).toBe('ok');
      });
      it.each(broken)('refuses %s', async (_rule, override, code) => {
        expect(await tryInsert(table, await withOrganization(table, { ...valid(), ...override }, override))).toBe(code);
      });
    });
  }
});
