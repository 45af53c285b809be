import { seededRandom } from '../common/random';
import { addDays } from '../common/time/clock';
import { sizeClassFor } from '../suppliers/identity';
import type { SizeClass } from '../suppliers/supplier.entity';

/**
 * The demo world as plain data: IKM suppliers around Subang, Majalengka and
 * Sumedang, EV makers and tier-1s with their plants, their sourcing requests,
 * and the curated matches between them. Pure and deterministic (a fixed seed,
 * dates relative to `today`), so that every start builds the same world; the
 * seeder writes it through the API's own services.
 */

export const DEMO_SEED = 2026;
export const DEMO_PASSWORD = 'rantai-demo-2026';
/** Every demo supplier's NIB starts so: how the demo's suppliers are told apart from real ones. */
export const DEMO_NIB_PREFIX = '81202';

/** One account per role, printed at start-up and listed in the README. */
export const DEMO_ACCOUNTS = {
  ikm: { email: 'ikm@demo.rantai.id', role: 'ikm_owner', fullName: 'Asep Hidayat' },
  oem: { email: 'oem@demo.rantai.id', role: 'oem_buyer', fullName: 'Rina Kartika' },
  estate: { email: 'estate@demo.rantai.id', role: 'estate_manager', fullName: 'Dedi Supriadi' },
  curator: { email: 'kurator@demo.rantai.id', role: 'curator', fullName: 'Ir. Wahyu Pratama' },
  admin: { email: 'admin@demo.rantai.id', role: 'admin', fullName: 'Admin Demo Rantai' },
} as const;

export const DEMO_ESTATE = 'Subang Smartpolitan';
/** Where the estate is (migrations/data/estates.csv): its tenants' workshops are inside it. */
const SMARTPOLITAN = { lat: -6.48, lng: 107.62 };

export interface DemoAccount {
  email: string;
  role: 'ikm_owner' | 'oem_buyer';
  fullName: string;
}

export interface DemoCertificate {
  code: string;
  number: string;
  issuer: string;
  validFrom: string;
  validUntil: string;
  /** What the curator does with it. */
  review: 'declared' | 'verified' | 'rejected';
}

export interface DemoSupplier {
  /** Registered by its owner (with certificates) or imported by a curator from a district office's list. */
  source: 'registered' | 'imported';
  owner?: DemoAccount;
  estate?: string;
  profile: {
    name: string;
    nib: string;
    legalForm?: 'cv' | 'pt' | 'ud';
    npwp?: string;
    annualTurnoverIdr?: number;
    kbli: string[];
    sizeClass: SizeClass;
    description: string;
    regencyCode: string;
    address: string;
    location: { lat: number; lng: number };
    processes: string[];
    materials: string[];
    productCategories: string[];
    machines: { type: string; count: number; spec?: string; process?: string; tonnage?: number }[];
    monthlyCapacity: { quantity: number; unit: 'pcs' | 'set' | 'kg' };
    employees: number;
    tkdnPercent: number;
    contact: { phone: string; email: string };
  };
  certificates: DemoCertificate[];
  verification: 'unverified' | 'verified' | 'rejected';
}

export interface DemoBuyer {
  owner: DemoAccount;
  name: string;
  kind: 'oem' | 'tier1';
  description: string;
  plants: { name: string; regencyCode: string; location: { lat: number; lng: number }; estate?: string }[];
}

export interface DemoRequest {
  buyer: string;
  plant: string;
  status: 'draft' | 'open' | 'closed';
  body: {
    title: string;
    description: string;
    partCategory: string;
    processes: string[];
    materials: string[];
    requiredCertifications: string[];
    annualVolume: number;
    unit: 'pcs' | 'set' | 'kg';
    maxDistanceKm?: number;
    minTkdnPercent?: number;
    verifiedOnly?: boolean;
    machineNeed?: { process: string; minTonnage: number };
    dueDate: string;
    internalNotes?: string;
    targetPriceIdr?: number;
  };
}

export type DemoStep =
  | { event: 'introduce' | 'withdraw'; by: 'curator'; note?: string }
  | { event: 'accept' | 'decline'; by: 'buyer' | 'supplier'; note?: string }
  | { event: 'decline'; by: 'curator'; note: string }
  | { event: 'lose'; by: 'buyer' | 'curator'; note?: string; requestFilled?: boolean }
  | {
      event: 'win';
      by: 'buyer' | 'curator';
      note?: string;
      requestFilled?: boolean;
      contractValueIdr?: number;
      expectedJobs?: number;
    }
  /** A later correction of a won match's contract value or expected jobs (PATCH /matches/:id/outcome). */
  | { event: 'outcome'; by: 'buyer' | 'curator'; note?: string; contractValueIdr?: number; expectedJobs?: number };

/**
 * A curated match: the curator shortlists (or a side asks for) the best-ranked
 * candidate that has an owner account and no match on this request yet, then
 * the steps follow.
 * The note tells the matches of one request apart.
 */
export interface DemoMatch {
  request: string;
  note: string;
  /** A side that asked for the introduction itself, instead of a curator shortlisting. */
  requestedBy?: 'buyer' | 'supplier';
  steps: DemoStep[];
}

/** A step of a service request after the firm asked: a curator's, or the firm's own cancellation. */
export type DemoServiceStep =
  | { event: 'schedule'; startsInDays: number; note?: string }
  | { event: 'start' | 'complete'; note?: string; evidenceNumber?: string }
  | { event: 'cancel'; by: 'curator' | 'firm'; note: string };

/**
 * A firm's request for a BBSPJILM service: `supplier` is the index of a
 * registered supplier (0 is the demo IKM account's own), the note tells a
 * firm's requests apart.
 */
export interface DemoServiceRequest {
  supplier: number;
  service: string;
  note: string;
  steps: DemoServiceStep[];
}

export interface DemoWorld {
  suppliers: DemoSupplier[];
  buyers: DemoBuyer[];
  requests: DemoRequest[];
  matches: DemoMatch[];
  serviceRequests: DemoServiceRequest[];
}

interface Town {
  name: string;
  lat: number;
  lng: number;
}

/**
 * Rebana regencies and their neighbours, with the towns (kecamatan seats, approximate coordinates) where workshops
 * cluster and how many of the demo IKMs sit there.
 */
const REGENCIES = [
  {
    code: '32.13',
    name: 'Subang',
    lat: -6.5083,
    lng: 107.7025,
    weight: 34,
    towns: [
      { name: 'Cibogo', lat: -6.535, lng: 107.805 },
      { name: 'Pagaden', lat: -6.468, lng: 107.8 },
      { name: 'Kalijati', lat: -6.553, lng: 107.665 },
      { name: 'Pabuaran', lat: -6.43, lng: 107.725 },
      { name: 'Jalancagak', lat: -6.676, lng: 107.683 },
      { name: 'Purwadadi', lat: -6.47, lng: 107.65 },
      { name: 'Cipeundeuy', lat: -6.455, lng: 107.61 },
    ],
  },
  {
    code: '32.10',
    name: 'Majalengka',
    lat: -6.8167,
    lng: 108.2833,
    weight: 18,
    towns: [
      { name: 'Jatiwangi', lat: -6.735, lng: 108.264 },
      { name: 'Kadipaten', lat: -6.77, lng: 108.17 },
      { name: 'Kertajati', lat: -6.665, lng: 108.17 },
      { name: 'Dawuan', lat: -6.745, lng: 108.2 },
      { name: 'Ligung', lat: -6.665, lng: 108.265 },
    ],
  },
  {
    code: '32.11',
    name: 'Sumedang',
    lat: -6.8167,
    lng: 107.9833,
    weight: 16,
    towns: [
      { name: 'Tanjungsari', lat: -6.9, lng: 107.795 },
      { name: 'Cimalaka', lat: -6.805, lng: 107.945 },
      { name: 'Jatinangor', lat: -6.93, lng: 107.77 },
      { name: 'Paseh', lat: -6.795, lng: 107.995 },
      { name: 'Ujungjaya', lat: -6.74, lng: 108.105 },
    ],
  },
  {
    code: '32.14',
    name: 'Purwakarta',
    lat: -6.5833,
    lng: 107.45,
    weight: 11,
    towns: [
      { name: 'Plered', lat: -6.64, lng: 107.39 },
      { name: 'Campaka', lat: -6.53, lng: 107.455 },
      { name: 'Bungursari', lat: -6.5, lng: 107.475 },
      { name: 'Jatiluhur', lat: -6.56, lng: 107.4 },
    ],
  },
  {
    code: '32.15',
    name: 'Karawang',
    lat: -6.2667,
    lng: 107.4167,
    weight: 11,
    towns: [
      { name: 'Cikampek', lat: -6.418, lng: 107.456 },
      { name: 'Kotabaru', lat: -6.397, lng: 107.474 },
      { name: 'Klari', lat: -6.355, lng: 107.356 },
      { name: 'Telukjambe', lat: -6.318, lng: 107.268 },
    ],
  },
  {
    code: '32.12',
    name: 'Indramayu',
    lat: -6.45,
    lng: 108.1667,
    weight: 5,
    towns: [
      { name: 'Jatibarang', lat: -6.474, lng: 108.309 },
      { name: 'Haurgeulis', lat: -6.47, lng: 107.937 },
    ],
  },
  {
    code: '32.09',
    name: 'Cirebon',
    lat: -6.8,
    lng: 108.5667,
    weight: 5,
    towns: [
      { name: 'Palimanan', lat: -6.7, lng: 108.432 },
      { name: 'Plumbon', lat: -6.708, lng: 108.478 },
      { name: 'Weru', lat: -6.714, lng: 108.5 },
    ],
  },
] as const;

interface Archetype {
  trade: string;
  words: string[];
  kbli: string[];
  core: string[];
  extra: string[];
  materials: string[];
  categories: string[];
  /** Type, make or model, and for presses and die-casting cells the process they serve and their tonnage. */
  machines: [string, string?, { process: string; tonnage: number }?][];
  capacity: { unit: 'pcs' | 'set' | 'kg'; min: number; max: number };
  /** The TKDN its parts typically reach, by how much of their material is imported (cells, resin, wire, bar). */
  tkdn: [number, number];
  description: (town: string) => string;
  weight: number;
}

/** The kinds of workshop found in the region, with what each typically makes. */
const ARCHETYPES: Archetype[] = [
  {
    trade: 'aluminium die casting',
    tkdn: [45, 70],
    words: ['Cor', 'Logam', 'Alumindo'],
    kbli: ['24320'],
    core: ['casting.hpdc', 'machining.cnc_milling'],
    extra: ['casting.gravity', 'machining.cnc_turning', 'surface.powder_coating', 'tooling.moulds'],
    materials: ['aluminium', 'zinc_alloy'],
    categories: ['ev_motor.housing', 'ev_battery_enclosure', 'chassis_suspension.bracket', 'lighting'],
    machines: [
      ['Mesin die casting 250 ton', 'Toshiba DC250', { process: 'casting.hpdc', tonnage: 250 }],
      ['Mesin die casting 400 ton', undefined, { process: 'casting.hpdc', tonnage: 400 }],
      ['CNC milling 3 axis', 'Haas VF-2'],
      // A cell for large housings, only at medium firms.
      ['Mesin die casting 1.650 ton', 'Yizumi LEAP', { process: 'casting.hpdc', tonnage: 1650 }],
    ],
    capacity: { unit: 'pcs', min: 3000, max: 30000 },
    description: (t) =>
      `Pengecoran aluminium bertekanan (cor aluminium) dan pemesinan CNC di ${t}. Komponen rumah motor, tutup dan braket untuk kendaraan listrik.`,
    weight: 12,
  },
  {
    trade: 'iron foundry',
    tkdn: [55, 80],
    words: ['Cor', 'Besi', 'Pengecoran'],
    kbli: ['24310'],
    core: ['casting.sand', 'machining.cnc_turning'],
    extra: ['casting.gravity', 'heat_treatment.induction_hardening', 'surface.ed_painting'],
    materials: ['iron.cast', 'steel.carbon'],
    categories: ['brakes', 'chassis_suspension.bracket', 'engine_ice'],
    machines: [['Tungku induksi 500 kg'], ['Mesin cetak pasir'], ['CNC bubut', 'Mazak QT-200']],
    capacity: { unit: 'kg', min: 8000, max: 60000 },
    description: (t) =>
      `Pengecoran besi cor kelabu dan nodular di ${t}: tromol dan cakram rem, dudukan, bodi pompa. Dibubut CNC sebelum dikirim.`,
    weight: 8,
  },
  {
    trade: 'precision machining',
    tkdn: [40, 70],
    words: ['Presisi', 'Teknik', 'Mekanika'],
    kbli: ['28113', '25920'],
    core: ['machining.cnc_turning', 'machining.cnc_milling'],
    extra: ['machining.grinding', 'machining.edm', 'heat_treatment.induction_hardening', 'tooling.jigs_fixtures'],
    materials: ['steel.carbon', 'steel.alloy', 'aluminium', 'brass'],
    categories: ['transmission_gears', 'ev_motor.rotor', 'fasteners', 'steering', 'bearings'],
    machines: [['CNC bubut', 'Mazak QT-200'], ['CNC milling 3 axis', 'Haas VF-2'], ['Gerinda silinder']],
    capacity: { unit: 'pcs', min: 2000, max: 40000 },
    description: (t) =>
      `Bengkel pemesinan presisi di ${t}: bubut dan frais CNC untuk poros, roda gigi, bushing dan komponen motor listrik, toleransi hingga 0,01 mm.`,
    weight: 18,
  },
  {
    trade: 'sheet metal stamping',
    tkdn: [40, 65],
    words: ['Press', 'Pelat', 'Stamping'],
    kbli: ['25920', '29300'],
    core: ['sheet_metal.stamping', 'sheet_metal.bending'],
    extra: ['sheet_metal.laser_cutting', 'welding.spot', 'welding.mig_mag', 'tooling.dies', 'surface.zinc_plating'],
    materials: ['steel.carbon', 'steel.stainless', 'aluminium'],
    categories: ['chassis_suspension.bracket', 'body_frame.body_panel', 'ev_battery_enclosure', 'ev_charger'],
    machines: [
      ['Mesin press 110 ton', 'Amada', { process: 'sheet_metal.stamping', tonnage: 110 }],
      ['Mesin press 200 ton', undefined, { process: 'sheet_metal.stamping', tonnage: 200 }],
      ['Laser cutting fiber 3 kW'],
      ['Press brake 100 ton'],
    ],
    capacity: { unit: 'pcs', min: 10000, max: 120000 },
    description: (t) =>
      `Press, stamping dan tekuk pelat baja di ${t}. Braket, dudukan, panel dan wadah untuk sepeda motor dan mobil, termasuk dies buatan sendiri.`,
    weight: 16,
  },
  {
    trade: 'welding and fabrication',
    tkdn: [45, 70],
    words: ['Las', 'Fabrikasi', 'Konstruksi'],
    kbli: ['25920', '30912'],
    // Frame and rack makers bend tube as well as sheet.
    core: ['welding.mig_mag', 'sheet_metal.bending', 'sheet_metal.tube_bending'],
    extra: ['welding.tig', 'welding.robotic', 'welding.spot', 'surface.powder_coating', 'tooling.jigs_fixtures'],
    materials: ['steel.carbon', 'steel.stainless', 'aluminium'],
    categories: [
      'body_frame.motorcycle_frame',
      'chassis_suspension.swing_arm',
      'chassis_suspension.bracket',
      'ev_battery_enclosure',
    ],
    machines: [['Mesin las MIG', 'Panasonic YD-350'], ['Robot las', 'Yaskawa AR1440'], ['Mesin las TIG']],
    capacity: { unit: 'pcs', min: 1500, max: 15000 },
    description: (t) =>
      `Pengelasan MIG/TIG dan fabrikasi rangka di ${t}: rangka sepeda motor, lengan ayun, rak dan wadah baterai, dengan jig sendiri.`,
    weight: 12,
  },
  {
    trade: 'surface treatment',
    tkdn: [50, 75],
    words: ['Coating', 'Pelapisan', 'Chrome'],
    kbli: ['25920'],
    core: ['surface.electroplating', 'surface.zinc_plating'],
    extra: ['surface.powder_coating', 'surface.ed_painting', 'surface.anodising'],
    materials: ['steel.carbon', 'aluminium', 'brass'],
    categories: ['fasteners', 'chassis_suspension.bracket', 'exterior_trim'],
    machines: [['Bak pelapisan seng otomatis'], ['Oven cat bubuk'], ['Jalur ED 2 tangki']],
    capacity: { unit: 'kg', min: 10000, max: 80000 },
    description: (t) =>
      `Jasa pelapisan seng, krom dan cat bubuk di ${t} untuk baut, braket dan komponen rangka; uji semprot garam di laboratorium mitra.`,
    weight: 7,
  },
  {
    trade: 'forging',
    tkdn: [45, 70],
    words: ['Tempa', 'Forging', 'Baja'],
    kbli: ['25910'],
    core: ['forging.hot', 'machining.cnc_turning'],
    extra: ['forging.cold', 'heat_treatment.induction_hardening', 'heat_treatment.carburising'],
    materials: ['steel.alloy', 'steel.carbon'],
    categories: ['transmission_gears', 'steering', 'chassis_suspension.bracket'],
    machines: [['Palu tempa 1 ton'], ['Tungku induksi pemanas'], ['CNC bubut', 'Mazak QT-200']],
    capacity: { unit: 'pcs', min: 3000, max: 25000 },
    description: (t) =>
      `Tempa panas dan dingin baja paduan di ${t}: bakal roda gigi, poros dan tie rod, dikeraskan induksi dan dibubut.`,
    weight: 5,
  },
  {
    trade: 'plastic and rubber moulding',
    tkdn: [25, 50],
    words: ['Plastindo', 'Karet', 'Polimer'],
    kbli: ['29300', '30912'],
    core: ['plastics.injection_moulding'],
    extra: ['plastics.rubber_moulding', 'plastics.extrusion', 'tooling.moulds'],
    materials: ['plastic.pp', 'plastic.abs', 'plastic.pa', 'rubber.epdm'],
    categories: ['interior', 'exterior_trim', 'lighting', 'wiring_harness'],
    machines: [['Mesin injeksi 180 ton', 'Haitian MA1800'], ['Mesin injeksi 350 ton'], ['Press karet 100 ton']],
    capacity: { unit: 'pcs', min: 20000, max: 200000 },
    description: (t) =>
      `Cetak injeksi plastik dan karet di ${t}: penutup, trim interior, grommet dan seal; cetakan dirawat sendiri.`,
    weight: 8,
  },
  {
    trade: 'wiring harness',
    tkdn: [30, 55],
    words: ['Elektrik', 'Kabel', 'Harness'],
    kbli: ['27320', '27900'],
    core: ['electrical.wire_harness'],
    extra: ['electrical.pcb_assembly', 'plastics.injection_moulding', 'assembly.mechanical'],
    materials: ['copper', 'plastic.pa'],
    categories: ['wiring_harness', 'ev_charger', 'lighting'],
    machines: [
      ['Mesin potong dan kupas kabel otomatis', 'Komax Alpha 355'],
      ['Mesin crimping 2 ton'],
      ['Papan rakit harness'],
    ],
    capacity: { unit: 'set', min: 5000, max: 60000 },
    description: (t) => `Perakitan wire harness sepeda motor dan kendaraan listrik di ${t}, uji kontinuitas 100%.`,
    weight: 6,
  },
  {
    trade: 'motor winding',
    tkdn: [30, 55],
    words: ['Dinamo', 'Elektro', 'Lilit'],
    kbli: ['27900'],
    core: ['electrical.motor_winding'],
    extra: ['machining.cnc_turning', 'assembly.mechanical', 'sheet_metal.stamping'],
    materials: ['copper', 'steel.carbon'],
    categories: ['ev_motor.stator', 'ev_motor.rotor'],
    machines: [['Mesin lilit stator otomatis'], ['Oven varnish'], ['Penguji surja']],
    capacity: { unit: 'pcs', min: 1000, max: 12000 },
    description: (t) =>
      `Penggulungan stator dan perakitan motor BLDC di ${t}; dari servis dinamo kini memasok motor sepeda listrik.`,
    weight: 4,
  },
  {
    trade: 'tool and die making',
    tkdn: [50, 75],
    words: ['Mould', 'Dies', 'Perkakas'],
    kbli: ['28113', '25920'],
    core: ['tooling.dies', 'machining.edm'],
    extra: ['tooling.moulds', 'tooling.jigs_fixtures', 'machining.grinding', 'machining.cnc_milling'],
    materials: ['steel.alloy', 'steel.carbon'],
    categories: ['tooling'],
    machines: [['Wire cut EDM', 'Sodick AG400L'], ['CNC milling 5 axis'], ['Gerinda permukaan']],
    capacity: { unit: 'set', min: 4, max: 30 },
    description: (t) => `Pembuatan dies press, cetakan injeksi dan jig di ${t}, dengan wire cut dan CNC 5 axis.`,
    weight: 5,
  },
  {
    trade: 'battery pack assembly',
    tkdn: [12, 30],
    words: ['Energi', 'Baterai', 'Volt'],
    kbli: ['27202'],
    core: ['battery.pack_assembly', 'battery.module_assembly'],
    extra: ['welding.spot', 'electrical.wire_harness', 'assembly.mechanical'],
    materials: ['li_ion_cell', 'aluminium', 'copper'],
    categories: ['ev_battery_pack', 'ev_battery_enclosure'],
    machines: [['Las titik baterai', 'laser'], ['Penguji kapasitas sel 64 kanal'], ['Ruang perakitan ESD']],
    capacity: { unit: 'pcs', min: 500, max: 6000 },
    description: (t) =>
      `Perakitan modul dan paket baterai litium untuk sepeda motor listrik di ${t}, dengan BMS dari mitra dan uji siklus.`,
    weight: 3,
  },
];

const NAME_WORDS = [
  'Jaya',
  'Mandiri',
  'Karya',
  'Sinar',
  'Mulia',
  'Abadi',
  'Sejahtera',
  'Sentosa',
  'Makmur',
  'Putra',
  'Bersama',
  'Utama',
  'Prima',
  'Mekar',
  'Lestari',
  'Berkah',
  'Sugih',
  'Sauyunan',
  'Mukti',
  'Rahayu',
];
const FIRST_NAMES = [
  'Asep',
  'Ujang',
  'Dadang',
  'Cecep',
  'Yayan',
  'Iwan',
  'Agus',
  'Eneng',
  'Euis',
  'Neneng',
  'Dede',
  'Hendra',
  'Rudi',
  'Yusuf',
  'Siti',
  'Nining',
  'Tatang',
  'Jajang',
  'Wawan',
  'Ikhsan',
];
const LAST_NAMES = [
  'Hidayat',
  'Sutisna',
  'Kurniawan',
  'Suryana',
  'Permana',
  'Nugraha',
  'Saputra',
  'Gunawan',
  'Rohmat',
  'Mulyana',
  'Setiawan',
  'Sopandi',
];

const CERT_ISSUERS: Record<string, string[]> = {
  iatf_16949: ['TÜV Rheinland Indonesia', 'SGS Indonesia', 'Bureau Veritas Indonesia'],
  iso_9001: ['TÜV NORD Indonesia', 'Sucofindo', 'BSI Group Indonesia', 'SGS Indonesia'],
  iso_14001: ['Sucofindo', 'TÜV NORD Indonesia'],
  sni: ['LSPro BBSPJILM'],
  smk3: ['Kementerian Ketenagakerjaan'],
};

/** How many of the suppliers are registered by their owners (the rest come from an imported district list). */
const REGISTERED = 40;
const SUPPLIERS = 150;

export function buildDemoWorld(today: string): DemoWorld {
  const rnd = seededRandom(DEMO_SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const between = (min: number, max: number) => min + rnd() * (max - min);
  const weighted = <T extends { weight: number }>(items: readonly T[]): T => {
    let r = rnd() * items.reduce((sum, item) => sum + item.weight, 0);
    for (const item of items) if ((r -= item.weight) < 0) return item;
    return items[items.length - 1];
  };
  const subset = (items: readonly string[], chance: number) => items.filter(() => rnd() < chance);

  const names = new Set<string>();
  const suppliers: DemoSupplier[] = [];
  for (let i = 0; i < SUPPLIERS; i++) {
    const regency = weighted(REGENCIES);
    const town: Town = pick<Town>(regency.towns);
    const estate = regency.code === '32.13' && rnd() < 0.12 ? DEMO_ESTATE : undefined;
    // Inside the estate for its tenants, else within a kilometre or two of the town's centre.
    const [lat, lng, spread] = estate ? [SMARTPOLITAN.lat, SMARTPOLITAN.lng, 0.008] : [town.lat, town.lng, 0.015];
    // The registered suppliers cover every kind of workshop three times, so that every demo request has candidates to rank.
    const archetype = i < 3 * ARCHETYPES.length ? ARCHETYPES[i % ARCHETYPES.length] : weighted(ARCHETYPES);
    let name: string;
    do {
      const form = rnd() < 0.45 ? 'CV' : rnd() < 0.6 ? 'PT' : 'UD';
      name = `${form} ${pick(archetype.words)} ${pick(NAME_WORDS)}${rnd() < 0.5 ? ` ${town.name}` : ''}`;
    } while (names.has(name));
    names.add(name);
    const slug = name
      .toLowerCase()
      .replace(/^(cv|pt|ud) /, '')
      .replace(/[^a-z]+/g, '');
    const employees = Math.round(between(3, rnd() < 0.2 ? 120 : 45));
    const registered = i < REGISTERED;
    const legalForm = name.split(' ')[0].toLowerCase() as 'cv' | 'pt' | 'ud';
    // Sales of Rp150–450 million a year per worker; PP 7/2021 sizes the firm by them.
    const annualTurnoverIdr = roundTo(employees * between(150e6, 450e6), 1e7);
    const sizeClass = sizeClassFor({ annualTurnoverIdr, businessCapitalIdr: null })!;
    const certificates = registered ? demoCertificates(i, sizeClass, today, rnd) : [];
    const capacity = archetype.capacity;
    // Output grows with the workforce: a 5-person shop makes a fraction of a 100-person plant.
    const scale = Math.min(1, 0.15 + employees / 60);
    suppliers.push({
      source: registered ? 'registered' : 'imported',
      owner: registered
        ? {
            email: i === 0 ? DEMO_ACCOUNTS.ikm.email : `ikm-${String(i + 1).padStart(2, '0')}@demo.rantai.id`,
            role: 'ikm_owner',
            fullName: i === 0 ? DEMO_ACCOUNTS.ikm.fullName : `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
          }
        : undefined,
      estate,
      profile: {
        name,
        nib: `${DEMO_NIB_PREFIX}${String(600000 + i * 37).padStart(8, '0')}`,
        legalForm: registered ? legalForm : undefined,
        // A UD is taxed as its owner: the NPWP is the owner's NIK (region, birth date, serial).
        npwp: registered
          ? legalForm === 'ud'
            ? `${regency.code.replace('.', '')}${String(1 + (i % 20)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}${String(70 + (i % 25)).padStart(2, '0')}${String(1 + i).padStart(4, '0')}`
            : `0${String(71_000_000_000_000 + i * 7_919).padStart(15, '0')}`
          : undefined,
        annualTurnoverIdr: registered ? annualTurnoverIdr : undefined,
        kbli: archetype.kbli,
        sizeClass,
        description: archetype.description(town.name),
        regencyCode: regency.code,
        address: `Jl. Raya ${town.name} No. ${1 + Math.floor(rnd() * 180)}, Kecamatan ${town.name}, Kabupaten ${regency.name}`,
        location: {
          lat: round(lat + between(-spread, spread), 5),
          lng: round(lng + between(-spread, spread), 5),
        },
        processes: [...archetype.core, ...subset(archetype.extra, 0.45)],
        materials: [archetype.materials[0], ...subset(archetype.materials.slice(1), 0.5)],
        productCategories: [archetype.categories[0], ...subset(archetype.categories.slice(1), 0.4)],
        machines: archetype.machines
          .filter(([, , envelope], m) =>
            envelope && envelope.tonnage >= 1000 ? sizeClass === 'medium' : m === 0 || rnd() < 0.6,
          )
          .map(([type, spec, envelope]) => ({
            type,
            // One large cell, chosen without a random draw so that the rest of the world stays as it was.
            count: envelope && envelope.tonnage >= 1000 ? 1 : 1 + Math.floor(rnd() * 4),
            ...(spec ? { spec } : {}),
            ...envelope,
          })),
        monthlyCapacity: {
          quantity: roundTo(scale * between(capacity.min, capacity.max), capacity.max > 1000 ? 500 : 1),
          unit: capacity.unit,
        },
        employees,
        tkdnPercent: round(between(...archetype.tkdn), 1),
        contact: {
          phone: `+62 8${12 + (i % 7)}-${String(2000 + ((i * 53) % 8000)).padStart(4, '0')}-${String(1000 + ((i * 97) % 9000)).padStart(4, '0')}`,
          email: `pemasaran.${slug}@demo.rantai.id`,
        },
      },
      certificates,
      // Curators have visited most registered firms; a few claims did not hold.
      verification: !registered ? 'unverified' : i % 9 === 4 ? 'rejected' : i % 3 === 2 ? 'unverified' : 'verified',
    });
  }
  return {
    suppliers,
    buyers: BUYERS,
    requests: demoRequests(today),
    matches: MATCHES,
    serviceRequests: SERVICE_REQUESTS,
  };
}

function demoCertificates(i: number, size: SizeClass, today: string, rnd: () => number): DemoCertificate[] {
  const certificate = (code: string, review: DemoCertificate['review'], expired = false): DemoCertificate => {
    const validUntil = expired
      ? addDays(today, -30 - Math.floor(rnd() * 200))
      : addDays(today, 120 + Math.floor(rnd() * 900));
    return {
      code,
      number: `${code.toUpperCase().replace(/_/g, '-')}-${String(10000 + i * 131).padStart(6, '0')}`,
      issuer: CERT_ISSUERS[code][i % CERT_ISSUERS[code].length],
      validFrom: addDays(validUntil, -3 * 365),
      validUntil,
      // An expired certificate is not verified (curators refuse to); the owner declared it before it ran out.
      review: expired && review === 'verified' ? 'declared' : review,
    };
  };
  const certificates: DemoCertificate[] = [];
  // IATF 16949 only at a few medium firms (tier-2s); ISO 9001 at five sevenths of the firms that registered
  // themselves, a minority of all (the imported ones hold none); some only declared, a few expired or rejected.
  const iatf = (size === 'medium' || size === 'large') && i % 2 === 1;
  if (iatf) certificates.push(certificate('iatf_16949', i % 4 === 1 ? 'verified' : 'declared'));
  if (iatf || (i % 7 !== 1 && i % 7 !== 4))
    certificates.push(
      certificate('iso_9001', i % 5 === 3 ? 'declared' : i === 14 ? 'rejected' : 'verified', i % 11 === 7),
    );
  if (i % 6 === 5) certificates.push(certificate('iso_14001', 'declared', i % 12 === 11));
  if (i % 7 === 2) certificates.push(certificate('sni', 'verified'));
  if (i % 10 === 9) certificates.push(certificate('smk3', 'declared'));
  return certificates;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const roundTo = (value: number, step: number) => Math.max(step, Math.round(value / step) * step);

const buyerAccount = (slug: string, fullName: string): DemoAccount => ({
  email: `pengadaan.${slug}@demo.rantai.id`,
  role: 'oem_buyer',
  fullName,
});

/** Fictional firms of the kinds settling in and around Smartpolitan. */
const BUYERS: DemoBuyer[] = [
  {
    owner: { email: DEMO_ACCOUNTS.oem.email, role: 'oem_buyer', fullName: DEMO_ACCOUNTS.oem.fullName },
    name: 'PT Garuda Mobil Listrik Indonesia',
    kind: 'oem',
    description: 'Pabrikan mobil listrik penumpang di Subang Smartpolitan; target TKDN 40% untuk insentif PPnBM.',
    plants: [
      {
        name: 'Pabrik Smartpolitan',
        regencyCode: '32.13',
        location: { lat: -6.481, lng: 107.622 },
        estate: DEMO_ESTATE,
      },
    ],
  },
  {
    owner: buyerAccount('motorpasundan', 'Bayu Aditya'),
    name: 'PT Motor Listrik Pasundan',
    kind: 'oem',
    description: 'Pabrikan sepeda motor listrik roda dua untuk pasar ojek daring dan logistik kota.',
    plants: [{ name: 'Pabrik Purwakarta', regencyCode: '32.14', location: { lat: -6.548, lng: 107.438 } }],
  },
  {
    owner: buyerAccount('rebanamotor', 'Lina Marlina'),
    name: 'PT Rebana Motor Elektrik',
    kind: 'oem',
    description: 'Perakit sepeda motor listrik dekat Bandara Kertajati.',
    plants: [{ name: 'Pabrik Kertajati', regencyCode: '32.10', location: { lat: -6.66, lng: 108.16 } }],
  },
  {
    owner: buyerAccount('energinusantara', 'Fajar Ramadhan'),
    name: 'PT Baterai Energi Nusantara',
    kind: 'tier1',
    description: 'Tier-1 paket baterai untuk mobil dan motor listrik; memasok pabrikan di Karawang dan Subang.',
    plants: [
      {
        name: 'Pabrik Suryacipta',
        regencyCode: '32.15',
        location: { lat: -6.402, lng: 107.372 },
        estate: 'Suryacipta City of Industry',
      },
      {
        name: 'Gudang Smartpolitan',
        regencyCode: '32.13',
        location: { lat: -6.476, lng: 107.615 },
        estate: DEMO_ESTATE,
      },
    ],
  },
  {
    owner: buyerAccount('presisikomponen', 'Hendra Wijaya'),
    name: 'PT Presisi Komponen Otomotif',
    kind: 'tier1',
    description: 'Tier-1 sasis, rem dan suspensi untuk roda dua dan roda empat.',
    plants: [
      {
        name: 'Pabrik KIIC',
        regencyCode: '32.15',
        location: { lat: -6.362, lng: 107.298 },
        estate: 'Karawang International Industrial City (KIIC)',
      },
    ],
  },
  {
    owner: buyerAccount('kabeljabar', 'Yuni Astuti'),
    name: 'PT Kabel Harness Jawa Barat',
    kind: 'tier1',
    description: 'Tier-1 wire harness dan konektor untuk kendaraan listrik.',
    plants: [{ name: 'Pabrik Cikampek', regencyCode: '32.15', location: { lat: -6.41, lng: 107.46 } }],
  },
];

type RequestSpec = Omit<DemoRequest, 'body'> & { body: Omit<DemoRequest['body'], 'dueDate'> & { dueInDays: number } };

const GARUDA = BUYERS[0].name;
const PASUNDAN = BUYERS[1].name;
const REBANA = BUYERS[2].name;
const ENERGI = BUYERS[3].name;
const PRESISI = BUYERS[4].name;
const KABEL = BUYERS[5].name;

/** 26 requests across the part categories EV makers buy locally first. */
const REQUESTS: RequestSpec[] = [
  req(
    GARUDA,
    'Pabrik Smartpolitan',
    'open',
    'Wadah baterai aluminium mobil listrik',
    'ev_battery_enclosure',
    ['sheet_metal.bending', 'welding.mig_mag'],
    ['aluminium', 'steel.carbon'],
    ['iso_9001'],
    12000,
    'pcs',
    {
      maxDistanceKm: 120,
      minTkdnPercent: 40,
      internalNotes: 'Pembanding: impor dari Tiongkok Rp2,1 juta/unit.',
      targetPriceIdr: 1850000,
    },
  ),
  req(
    GARUDA,
    'Pabrik Smartpolitan',
    'open',
    'Rumah motor traksi 60 kW',
    'ev_motor.housing',
    ['casting.hpdc', 'machining.cnc_milling'],
    ['aluminium'],
    ['iso_9001'],
    24000,
    'pcs',
    {
      maxDistanceKm: 150,
      minTkdnPercent: 35,
      targetPriceIdr: 950000,
      // A 60 kW traction-motor housing needs a large die-casting cell.
      machineNeed: { process: 'casting.hpdc', minTonnage: 1600 },
    },
  ),
  req(
    GARUDA,
    'Pabrik Smartpolitan',
    'open',
    'Braket dudukan baterai',
    'chassis_suspension.bracket',
    ['sheet_metal.stamping'],
    ['steel.carbon'],
    [],
    96000,
    'pcs',
    { maxDistanceKm: 100 },
  ),
  req(
    GARUDA,
    'Pabrik Smartpolitan',
    'open',
    'Poros rotor motor traksi',
    'ev_motor.rotor',
    ['machining.cnc_turning'],
    ['steel.alloy'],
    ['iatf_16949'],
    24000,
    'pcs',
    {},
  ),
  req(
    GARUDA,
    'Pabrik Smartpolitan',
    'open',
    'Cakram rem belakang',
    'brakes',
    ['casting.sand', 'machining.cnc_turning'],
    ['iron.cast'],
    ['iso_9001'],
    48000,
    'pcs',
    { minTkdnPercent: 30 },
  ),
  req(
    GARUDA,
    'Pabrik Smartpolitan',
    'draft',
    'Trim interior dasbor',
    'interior',
    ['plastics.injection_moulding'],
    ['plastic.pp', 'plastic.abs'],
    [],
    24000,
    'set',
    { internalNotes: 'Tunggu desain final dari tim R&D.' },
  ),
  req(
    GARUDA,
    'Pabrik Smartpolitan',
    'closed',
    'Dies stamping panel pintu',
    'tooling',
    ['tooling.dies'],
    ['steel.alloy'],
    [],
    4,
    'set',
    {},
  ),
  req(
    PASUNDAN,
    'Pabrik Purwakarta',
    'open',
    'Rangka sepeda motor listrik',
    'body_frame.motorcycle_frame',
    ['welding.mig_mag', 'sheet_metal.tube_bending'],
    ['steel.carbon'],
    ['iso_9001'],
    36000,
    'pcs',
    { maxDistanceKm: 120, minTkdnPercent: 40 },
  ),
  req(
    PASUNDAN,
    'Pabrik Purwakarta',
    'open',
    'Lengan ayun roda belakang',
    'chassis_suspension.swing_arm',
    ['welding.mig_mag'],
    ['steel.carbon', 'aluminium'],
    [],
    36000,
    'pcs',
    {},
  ),
  req(
    PASUNDAN,
    'Pabrik Purwakarta',
    'open',
    'Stator motor hub 3 kW',
    'ev_motor.stator',
    ['electrical.motor_winding'],
    ['copper'],
    [],
    36000,
    'pcs',
    { minTkdnPercent: 30 },
  ),
  req(
    PASUNDAN,
    'Pabrik Purwakarta',
    'open',
    'Penutup bodi plastik',
    'exterior_trim',
    ['plastics.injection_moulding'],
    ['plastic.pp', 'plastic.abs'],
    [],
    72000,
    'set',
    {},
  ),
  req(
    PASUNDAN,
    'Pabrik Purwakarta',
    'draft',
    'Baut dan mur berlapis seng',
    'fasteners',
    ['surface.zinc_plating'],
    ['steel.carbon'],
    ['iso_9001'],
    60000,
    'kg',
    {},
  ),
  req(
    REBANA,
    'Pabrik Kertajati',
    'open',
    'Rumah motor hub aluminium',
    'ev_motor.housing',
    ['casting.hpdc'],
    ['aluminium'],
    [],
    30000,
    'pcs',
    { maxDistanceKm: 150 },
  ),
  req(
    REBANA,
    'Pabrik Kertajati',
    'open',
    'Braket lampu depan',
    'chassis_suspension.bracket',
    ['sheet_metal.stamping', 'sheet_metal.bending'],
    ['steel.carbon'],
    [],
    60000,
    'pcs',
    { maxDistanceKm: 90 },
  ),
  req(
    REBANA,
    'Pabrik Kertajati',
    'open',
    'Tromol rem belakang',
    'brakes',
    ['casting.sand'],
    ['iron.cast'],
    [],
    60000,
    'pcs',
    {},
  ),
  req(
    REBANA,
    'Pabrik Kertajati',
    'closed',
    'Jig perakitan rangka',
    'tooling',
    ['tooling.jigs_fixtures'],
    ['steel.carbon'],
    [],
    6,
    'set',
    {},
  ),
  req(
    ENERGI,
    'Pabrik Suryacipta',
    'open',
    'Perakitan paket baterai 72 V',
    'ev_battery_pack',
    ['battery.pack_assembly'],
    ['li_ion_cell'],
    ['iso_9001'],
    12000,
    'pcs',
    { verifiedOnly: true, internalNotes: 'Wajib lolos uji SNI baterai.' },
  ),
  req(
    ENERGI,
    'Pabrik Suryacipta',
    'open',
    'Rak modul baterai las',
    'ev_battery_enclosure',
    ['welding.mig_mag'],
    ['steel.carbon', 'aluminium'],
    [],
    12000,
    'pcs',
    { maxDistanceKm: 150 },
  ),
  req(
    ENERGI,
    'Gudang Smartpolitan',
    'open',
    'Busbar tembaga dan aluminium',
    'ev_battery_pack',
    ['sheet_metal.stamping'],
    ['copper', 'aluminium'],
    [],
    150000,
    'pcs',
    {},
  ),
  req(
    PRESISI,
    'Pabrik KIIC',
    'open',
    'Roda gigi transmisi tempa',
    'transmission_gears',
    ['forging.hot', 'machining.cnc_turning'],
    ['steel.alloy'],
    ['iso_9001'],
    48000,
    'pcs',
    {},
  ),
  req(
    PRESISI,
    'Pabrik KIIC',
    'open',
    'Tie rod kemudi',
    'steering',
    ['forging.hot', 'machining.cnc_turning'],
    ['steel.alloy'],
    [],
    36000,
    'pcs',
    {},
  ),
  req(
    PRESISI,
    'Pabrik KIIC',
    'open',
    'Pelapisan seng braket suspensi',
    'chassis_suspension.bracket',
    ['surface.zinc_plating'],
    ['steel.carbon'],
    [],
    90000,
    'kg',
    { maxDistanceKm: 160 },
  ),
  req(
    KABEL,
    'Pabrik Cikampek',
    'open',
    'Wire harness utama motor listrik',
    'wiring_harness',
    ['electrical.wire_harness'],
    ['copper'],
    ['iso_9001'],
    48000,
    'set',
    { minTkdnPercent: 35 },
  ),
  req(
    KABEL,
    'Pabrik Cikampek',
    'open',
    'Grommet dan seal karet harness',
    'wiring_harness',
    ['plastics.rubber_moulding'],
    ['rubber.epdm'],
    [],
    200000,
    'pcs',
    {},
  ),
  req(
    KABEL,
    'Pabrik Cikampek',
    'open',
    'Rumah pengisi daya dinding',
    'ev_charger',
    ['sheet_metal.stamping', 'sheet_metal.bending'],
    ['steel.carbon', 'aluminium'],
    [],
    6000,
    'pcs',
    { maxDistanceKm: 160 },
  ),
  // A BBSPJILM dimensional report is what this buyer asks for: one demo firm has just had its PPAP samples measured.
  req(
    PRESISI,
    'Pabrik KIIC',
    'open',
    'Pin dan bushing suspensi dengan laporan uji dimensi',
    'chassis_suspension',
    ['machining.cnc_turning'],
    ['steel.carbon', 'steel.alloy'],
    ['dimensional_report'],
    60000,
    'pcs',
    {},
  ),
];

function req(
  buyer: string,
  plant: string,
  status: DemoRequest['status'],
  title: string,
  partCategory: string,
  processes: string[],
  materials: string[],
  requiredCertifications: string[],
  annualVolume: number,
  unit: DemoRequest['body']['unit'],
  more: Partial<RequestSpec['body']>,
): RequestSpec {
  const description = `${title} untuk ${buyer.replace(/^PT /, '')}, dikirim ke ${plant}. Gambar teknik dan spesifikasi material dibagikan setelah NDA.`;
  return {
    buyer,
    plant,
    status,
    body: {
      title,
      description,
      partCategory,
      processes,
      materials,
      requiredCertifications,
      annualVolume,
      unit,
      dueInDays: 30 + ((title.length * 7) % 60),
      ...more,
    },
  };
}

function demoRequests(today: string): DemoRequest[] {
  return REQUESTS.map(({ body: { dueInDays, ...body }, ...spec }) => ({
    ...spec,
    body: { ...body, dueDate: addDays(today, dueInDays) },
  }));
}

const T = (i: number) => REQUESTS[i].body.title;

/** BBSPJILM's services in every state: three delivered with the evidence they record, the rest under way or cancelled. */
const SERVICE_REQUESTS: DemoServiceRequest[] = [
  // The demo IKM's die-casting shop: its alloy tested, and an ISO 9001 consultancy ahead.
  {
    supplier: 0,
    service: 'uji_material',
    note: 'Uji komposisi ADC12 untuk rumah motor.',
    steps: [
      { event: 'schedule', startsInDays: 0, note: 'Sampel diantar ke laboratorium uji bahan BBSPJILM.' },
      { event: 'start' },
      {
        event: 'complete',
        evidenceNumber: 'LHU-0412/BBSPJILM/XI/2026',
        note: 'Komposisi dan kekerasan sesuai JIS H5302.',
      },
    ],
  },
  {
    supplier: 0,
    service: 'konsultansi_iso_9001',
    note: 'Ingin siap audit ISO 9001 tahun depan.',
    steps: [{ event: 'schedule', startsInDays: 10, note: 'Kunjungan awal konsultan ke bengkel.' }],
  },
  {
    supplier: 1,
    service: 'kalibrasi_alat_ukur',
    note: 'Jangka sorong dan mikrometer bagian QC.',
    steps: [
      { event: 'schedule', startsInDays: 0 },
      { event: 'start' },
      { event: 'complete', evidenceNumber: 'KAL-2211/BBSPJILM/XI/2026' },
    ],
  },
  {
    supplier: 2,
    service: 'uji_dimensi',
    note: 'Sampel awal pin suspensi untuk PPAP.',
    steps: [
      { event: 'schedule', startsInDays: 0 },
      { event: 'start' },
      {
        event: 'complete',
        evidenceNumber: 'LHU-D-0388/BBSPJILM/XI/2026',
        note: 'Semua dimensi kritis dalam toleransi.',
      },
    ],
  },
  { supplier: 3, service: 'pendampingan_tkdn', note: 'TKDN untuk dudukan baterai.', steps: [] },
  {
    supplier: 4,
    service: 'pelatihan_juru_las',
    note: 'Dua operator las untuk rangka sepeda motor listrik.',
    steps: [{ event: 'schedule', startsInDays: 0, note: 'Kelas SMAW dan MIG angkatan Desember.' }, { event: 'start' }],
  },
  {
    supplier: 5,
    service: 'konsultansi_industri_hijau',
    note: 'Hemat listrik tungku pelapisan.',
    steps: [{ event: 'cancel', by: 'firm', note: 'Menunggu anggaran tahun depan; daftar lagi Januari.' }],
  },
];

/** Matches in every state, each with the history that led there. */
const MATCHES: DemoMatch[] = [
  {
    request: T(0),
    note: 'Sudah memasok wadah untuk tier-1 lain; hasil uji las BBSPJILM baik.',
    steps: [
      { event: 'introduce', by: 'curator', note: 'Diperkenalkan pada temu bisnis BBSPJILM.' },
      { event: 'accept', by: 'buyer' },
      { event: 'accept', by: 'supplier' },
      {
        event: 'win',
        by: 'buyer',
        note: 'PO pertama 3.000 unit.',
        requestFilled: false,
        contractValueIdr: 450_000_000,
        expectedJobs: 6,
      },
    ],
  },
  {
    request: T(0),
    note: 'Kapasitas press cukup; perlu pendampingan IATF.',
    steps: [
      { event: 'introduce', by: 'curator' },
      { event: 'accept', by: 'supplier' },
      { event: 'accept', by: 'buyer', note: 'Jadwalkan kunjungan pabrik.' },
    ],
  },
  { request: T(0), note: 'Cadangan bila dua pemasok pertama penuh.', steps: [] },
  {
    request: T(1),
    note: 'Satu-satunya die casting 400 ton di Subang.',
    steps: [
      { event: 'introduce', by: 'curator' },
      { event: 'accept', by: 'buyer' },
    ],
  },
  { request: T(1), note: 'Perlu verifikasi kapasitas mesin.', steps: [] },
  { request: T(1), note: 'Saya berminat; kami punya mesin die casting 350 ton.', requestedBy: 'supplier', steps: [] },
  {
    request: T(0),
    note: 'Mohon diperkenalkan: kami butuh pemasok kedua.',
    requestedBy: 'buyer',
    steps: [{ event: 'decline', by: 'curator', note: 'Pemasok ini sedang penuh untuk tiga bulan ke depan.' }],
  },
  {
    request: T(2),
    note: 'Dekat pabrik, harga bersaing.',
    steps: [
      { event: 'introduce', by: 'curator' },
      { event: 'decline', by: 'supplier', note: 'Kapasitas penuh sampai kuartal depan.' },
    ],
  },
  {
    request: T(2),
    note: 'Baru lulus pelatihan stamping BBSPJILM.',
    steps: [{ event: 'withdraw', by: 'curator', note: 'Pemilik meminta ditunda.' }],
  },
  {
    request: T(7),
    note: 'Robot las dan jig rangka sendiri.',
    steps: [
      { event: 'introduce', by: 'curator' },
      { event: 'accept', by: 'buyer' },
      { event: 'accept', by: 'supplier' },
      { event: 'lose', by: 'buyer', note: 'Harga di atas target 18%.' },
    ],
  },
  {
    request: T(14),
    note: 'Pengecoran besi dengan lab uji sendiri.',
    steps: [
      { event: 'introduce', by: 'curator' },
      { event: 'accept', by: 'supplier' },
      { event: 'accept', by: 'buyer' },
      {
        event: 'win',
        by: 'curator',
        note: 'Kontrak 12 bulan ditandatangani.',
        requestFilled: true,
        contractValueIdr: 1_150_000_000,
        expectedJobs: 14,
      },
      {
        event: 'outcome',
        by: 'curator',
        note: 'Nilai kontrak final setelah revisi harga.',
        contractValueIdr: 1_200_000_000,
      },
    ],
  },
  {
    request: T(22),
    note: 'Pengalaman harness sepeda motor.',
    steps: [
      { event: 'introduce', by: 'curator' },
      { event: 'decline', by: 'buyer', note: 'Sudah ada pemasok.' },
    ],
  },
  {
    request: T(9),
    note: 'Bengkel dinamo yang kini melilit stator BLDC.',
    steps: [{ event: 'introduce', by: 'curator' }],
  },
  {
    request: T(12),
    note: 'Cor aluminium dekat Kertajati; lulus uji dimensi BBSPJILM.',
    steps: [
      { event: 'introduce', by: 'curator' },
      { event: 'accept', by: 'buyer' },
      { event: 'accept', by: 'supplier' },
      { event: 'win', by: 'buyer', note: 'Kontrak pasokan 18 bulan.', contractValueIdr: 780_000_000, expectedJobs: 9 },
    ],
  },
  {
    request: T(19),
    note: 'Tempa panas dengan mesin bubut CNC sendiri.',
    steps: [
      { event: 'introduce', by: 'curator' },
      { event: 'accept', by: 'supplier' },
      { event: 'accept', by: 'buyer' },
      {
        event: 'win',
        by: 'curator',
        note: 'PO tahunan ditandatangani.',
        contractValueIdr: 2_150_000_000,
        expectedJobs: 22,
      },
    ],
  },
];
