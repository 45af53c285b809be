import { reasonFor, type ReasonContext } from '../reasons';
import type { CandidateFacts } from '../scoring';

const facts: CandidateFacts = {
  categoryExperience: 1,
  downstreamSteps: [],
  machineFit: null,
  bestCertificate: null,
  distanceKm: 1234.4,
  capacityRatio: 2.25,
  capacityIncomparable: false,
  tkdnPercent: 62.5,
  tkdnCertified: false,
  verification: 'verified',
};
const context: ReasonContext = {
  plantName: 'Pabrik Subang',
  partCategoryName: 'Rumah Motor',
  unit: 'pcs',
  partWeightKg: null,
  machineNeed: null,
  monthlyCapacity: { quantity: 20000, unit: 'pcs' },
  certificateName: null,
};

describe('reasons in EYD', () => {
  it('writes Indonesian numbers with a thousands point and a decimal comma, and percent without a space', () => {
    expect(reasonFor('tkdn', facts, context, 'id')).toBe('TKDN 62,5% dinyatakan pemasok');
    expect(reasonFor('tkdn', { ...facts, tkdnPercent: 100, tkdnCertified: true }, context, 'id')).toBe(
      'TKDN 100% bersertifikat',
    );
    expect(reasonFor('distance', facts, context, 'id')).toBe('1.234 km garis lurus dari Pabrik Subang');
    expect(reasonFor('capacity', facts, context, 'id')).toBe('Kapasitas 20.000 pcs/bulan, 2,3× kebutuhan bulanan');
    expect(reasonFor('capacity', facts, context, 'en')).toBe('Capacity 20,000 pcs/month, 2.3× the monthly need');
  });
});
