import { FACTORS, weightErrors } from '../../sourcing-requests/score-weights';
import { CandidateFacts, DEFAULT_WEIGHTS, scoreCandidate } from '../scoring';

const step = (code: string) => ({ code, nameId: code, nameEn: code });
const steps = (n: number) => ['machining', 'heat_treatment', 'surface', 'inspection', 'assembly'].slice(0, n).map(step);
const base: CandidateFacts = {
  categoryExperience: 0.5,
  downstreamSteps: steps(1),
  machineFit: null,
  bestCertificate: { code: 'iso_9001', verified: false },
  distanceKm: 30,
  capacityRatio: 1,
  capacityIncomparable: false,
  tkdnPercent: 40,
  tkdnCertified: false,
  verification: 'unverified',
};
const score = (changes: Partial<CandidateFacts>) => scoreCandidate({ ...base, ...changes }).score;

describe('scoreCandidate', () => {
  it('is the sum of its factors, each within its weight, and within 0..100', () => {
    const extremes: Partial<CandidateFacts>[] = [
      {},
      {
        categoryExperience: 0,
        downstreamSteps: [],
        bestCertificate: null,
        distanceKm: 5000,
        capacityRatio: null,
        tkdnPercent: null,
      },
      {
        categoryExperience: 1,
        downstreamSteps: steps(5),
        bestCertificate: { code: 'iatf_16949', verified: true },
        distanceKm: 0,
        capacityRatio: 50,
        tkdnPercent: 100,
        tkdnCertified: true,
        verification: 'verified',
      },
    ];
    for (const changes of extremes) {
      const { score: total, breakdown } = scoreCandidate({ ...base, ...changes });
      expect(breakdown.map((f) => f.factor)).toEqual([...FACTORS]);
      expect(total).toBeCloseTo(
        breakdown.reduce((sum, f) => sum + f.points, 0),
        10,
      );
      for (const f of breakdown) {
        expect(f.points).toBeGreaterThanOrEqual(0);
        expect(f.points).toBeLessThanOrEqual(f.weight);
      }
      expect(total).toBeGreaterThanOrEqual(0);
      expect(total).toBeLessThanOrEqual(100);
    }
    expect(score({ ...extremes[2] })).toBe(100);
  });

  it('ranks nearer higher, smoothly, and never below zero', () => {
    const distances = [0, 1, 10, 25, 50, 100, 400, 2000];
    const scores = distances.map((distanceKm) => scoreCandidate({ ...base, distanceKm }).breakdown[2].points);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]);
    expect(scores[0]).toBe(DEFAULT_WEIGHTS.distance);
    expect(scoreCandidate({ ...base, distanceKm: 50 }).breakdown[2].points).toBe(DEFAULT_WEIGHTS.distance / 2);
  });

  it('ranks more spare capacity higher, up to twice the need', () => {
    expect(score({ capacityRatio: 0.5 })).toBeLessThan(score({ capacityRatio: 1 }));
    expect(score({ capacityRatio: 1 })).toBeLessThan(score({ capacityRatio: 2 }));
    expect(score({ capacityRatio: 2 })).toBe(score({ capacityRatio: 10 }));
    expect(score({ capacityRatio: null })).toBeLessThan(score({ capacityRatio: 0.1 }));
  });

  it('makes a fitting machine half of depth when the request states a machine need', () => {
    expect(score({ machineFit: true })).toBeGreaterThan(score({ machineFit: null }));
    expect(score({ machineFit: false })).toBeLessThan(score({ machineFit: null }));
    expect(score({ machineFit: true, downstreamSteps: steps(2) })).toBe(
      score({ machineFit: null, downstreamSteps: steps(2) }),
    );
  });

  it('does not rate a capacity that cannot be compared: half, as at the full need, more than none stated', () => {
    const incomparable = score({ capacityRatio: null, capacityIncomparable: true });
    expect(incomparable).toBe(score({ capacityRatio: 1 }));
    expect(incomparable).toBeGreaterThan(score({ capacityRatio: null }));
  });

  it('ranks verified above declared, and IATF 16949 above ISO 9001, and counts only quality systems', () => {
    expect(score({ verification: 'verified' })).toBeGreaterThan(score({ verification: 'unverified' }));
    expect(score({ verification: 'rejected' })).toBe(score({ verification: 'unverified' }));
    const cert = (code: string, verified: boolean) => score({ bestCertificate: { code, verified } });
    expect(cert('iso_9001', true)).toBeGreaterThan(cert('iso_9001', false));
    expect(cert('iatf_16949', false)).toBeGreaterThan(cert('iso_9001', false));
    expect(cert('iatf_16949', true)).toBeGreaterThan(cert('iso_9001', true));
    expect(cert('iso_9001', false)).toBeGreaterThan(score({ bestCertificate: null }));
    // SMK3 is a safety system, not evidence of quality: it earns what no certificate earns.
    expect(cert('smk3', true)).toBe(score({ bestCertificate: null }));
  });

  it('rewards product experience, downstream steps and local content', () => {
    expect(score({ categoryExperience: 1 })).toBeGreaterThan(score({ categoryExperience: 0.5 }));
    expect(score({ categoryExperience: 0.5 })).toBeGreaterThan(score({ categoryExperience: 0 }));
    expect(score({ downstreamSteps: steps(2) })).toBeGreaterThan(score({ downstreamSteps: steps(1) }));
    expect(score({ downstreamSteps: steps(2) })).toBe(score({ downstreamSteps: steps(4) }));
    expect(score({ tkdnPercent: 60 })).toBeGreaterThan(score({ tkdnPercent: 40 }));
  });

  it('scores a certified TKDN above the same value declared, and a certified 45% above a declared 60%', () => {
    expect(score({ tkdnPercent: 45, tkdnCertified: true })).toBeGreaterThan(score({ tkdnPercent: 45 }));
    expect(score({ tkdnPercent: 45, tkdnCertified: true })).toBeGreaterThan(score({ tkdnPercent: 60 }));
    expect(score({ tkdnPercent: null, tkdnCertified: false })).toBeLessThan(score({ tkdnPercent: 1 }));
  });

  it('applies other weights, and knows which weights are allowed', () => {
    const weights = { capability: 10, certification: 10, distance: 50, capacity: 10, tkdn: 10, verification: 10 };
    expect(weightErrors(weights)).toEqual([]);
    const { breakdown } = scoreCandidate({ ...base, distanceKm: 0 }, weights);
    expect(breakdown.find((f) => f.factor === 'distance')).toEqual({ factor: 'distance', weight: 50, points: 50 });
    expect(weightErrors({ ...weights, distance: 60, capability: 0 })).toEqual(['distance must be between 0 and 50']);
    expect(weightErrors({ ...weights, distance: 40 })).toEqual(['weights must sum to 100, not 90']);
    expect(weightErrors(DEFAULT_WEIGHTS)).toEqual([]);
  });
});
