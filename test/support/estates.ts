import { uniqueWord } from './suppliers';

/** A valid industrial estate in Majalengka, with a name of its own; override what a test is about. */
export const estateBody = (overrides: Record<string, unknown> = {}) => ({
  name: `Kawasan Industri ${uniqueWord()}`,
  operator: 'PT Kawasan Uji',
  regencyCode: '32.10',
  location: { lat: -6.75, lng: 108.2 },
  areaHa: 500,
  status: 'developing',
  nationalStrategicProject: false,
  infrastructure: { powerMva: 60, gas: false },
  availablePlotsHa: 120,
  ...overrides,
});
