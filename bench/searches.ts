import { seededRandom } from '../src/common/random';
import type { SupplierSearch } from '../src/suppliers/suppliers-search.repository';

const TERMS = [
  'pengecoran aluminium',
  'bubut',
  'stamping braket',
  'las rangka',
  'cor',
  'cetak injeksi',
  'wiring harness',
  'galvanis',
  'die casting',
  'CNC milling',
];
const MATERIALS = ['aluminium', 'steel.carbon', 'iron.cast', 'plastic.pp', 'copper'];
const PROCESSES = ['casting', 'machining', 'sheet_metal.stamping', 'welding', 'surface', 'plastics.injection_moulding'];
/** Where buyers search from: Smartpolitan, Purwakarta, Karawang, Majalengka. */
const PLANTS = [
  [-6.48, 107.62],
  [-6.56, 107.44],
  [-6.36, 107.3],
  [-6.78, 108.2],
];

/** Typical buyer searches: a text, two filters and a radius, facets included. */
export function typicalSearches(
  count: number,
  today: string,
  exactLimit: number,
): { query: Record<string, string>; search: SupplierSearch }[] {
  const random = seededRandom(2026);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  return Array.from({ length: count }, () => {
    const [lat, lng] = pick(PLANTS);
    const radiusKm = 20 + Math.floor(random() * 60);
    const q = pick(TERMS);
    const search: SupplierSearch = {
      today,
      q,
      processes: [],
      materials: [],
      productCategories: [],
      certifications: [],
      near: { lat, lng },
      radiusKm,
      sort: 'relevance',
      page: 1,
      limit: 20,
      exactLimit,
    };
    const query: Record<string, string> = { q, near: `${lat},${lng}`, radiusKm: String(radiusKm) };
    const filters = [
      () => ((search.materials = [pick(MATERIALS)]), (query.material = search.materials[0])),
      () => ((search.processes = [pick(PROCESSES)]), (query.process = search.processes[0])),
      () => ((search.certifications = ['iso_9001']), (query.certification = 'iso_9001')),
      () => ((search.verification = 'verified'), (query.verified = 'true')),
    ];
    const first = Math.floor(random() * filters.length);
    filters[first]();
    filters[(first + 1 + Math.floor(random() * (filters.length - 1))) % filters.length]();
    return { query, search };
  });
}

/** Broad browsing in a given order (one filter or none), where the first page must be the exact top. */
export function orderedSearches(count: number, today: string, exactLimit: number) {
  const random = seededRandom(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  return Array.from({ length: count }, () => {
    const sort = pick(['distance', 'name', 'updated'] as const);
    const [lat, lng] = pick(PLANTS);
    const process = pick([undefined, ...PROCESSES]);
    const search: SupplierSearch = {
      today,
      processes: process ? [process] : [],
      materials: [],
      productCategories: [],
      certifications: [],
      ...(sort === 'distance' ? { near: { lat, lng } } : {}),
      sort,
      page: 1,
      limit: 20,
      exactLimit,
    };
    const query: Record<string, string> = { sort, ...(process ? { process } : {}) };
    if (sort === 'distance') query.near = `${lat},${lng}`;
    return { query, search };
  });
}
