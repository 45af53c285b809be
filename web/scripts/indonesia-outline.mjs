// Writes Indonesia's outline for the offline base map from Natural Earth's 1:50m countries
// (public domain), as packaged by world-atlas (ISC). Run again only to change the source or precision.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const indonesia = feature(world, world.objects.countries).features.find((f) => f.properties.name === 'Indonesia');
// Three decimals (about 100 m) is finer than the outline's own accuracy at 1:50m.
const round = (value) => (Array.isArray(value) ? value.map(round) : Math.round(value * 1000) / 1000);
const outline = {
  type: 'Feature',
  properties: { source: 'Natural Earth 1:50m, public domain' },
  geometry: { ...indonesia.geometry, coordinates: round(indonesia.geometry.coordinates) },
};
writeFileSync(new URL('../src/components/map/indonesia.json', import.meta.url), JSON.stringify(outline));
console.log('wrote indonesia.json');
