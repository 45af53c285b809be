import { checkIdentity, NIK_PATTERN, sizeClassFor } from '../identity';

const none = { businessCapitalIdr: null, annualTurnoverIdr: null };

describe('firm identity', () => {
  it('sizes a firm by PP 7/2021: annual sales first, else business capital, never headcount', () => {
    expect(sizeClassFor(none)).toBeNull();
    expect(sizeClassFor({ ...none, annualTurnoverIdr: 2_000_000_000 })).toBe('micro');
    expect(sizeClassFor({ ...none, annualTurnoverIdr: 2_000_000_001 })).toBe('small');
    expect(sizeClassFor({ ...none, annualTurnoverIdr: 15_000_000_000 })).toBe('small');
    expect(sizeClassFor({ ...none, annualTurnoverIdr: 50_000_000_000 })).toBe('medium');
    expect(sizeClassFor({ ...none, annualTurnoverIdr: 50_000_000_001 })).toBe('large');
    expect(sizeClassFor({ ...none, businessCapitalIdr: 1_000_000_000 })).toBe('micro');
    expect(sizeClassFor({ ...none, businessCapitalIdr: 5_000_000_000 })).toBe('small');
    expect(sizeClassFor({ ...none, businessCapitalIdr: 10_000_000_000 })).toBe('medium');
    // A running firm is sized by its sales even when its founding capital says otherwise.
    expect(sizeClassFor({ businessCapitalIdr: 8_000_000_000, annualTurnoverIdr: 1_500_000_000 })).toBe('micro');
  });

  it('knows a NIK from a padded 15-digit NPWP', () => {
    expect(NIK_PATTERN.test('3213045708850003')).toBe(true); // Subang, a woman born 17-08-85
    expect(NIK_PATTERN.test('3213041708850003')).toBe(true);
    expect(NIK_PATTERN.test('0012345678901234')).toBe(false);
    expect(NIK_PATTERN.test('3213043208850003')).toBe(false); // day 32
    expect(NIK_PATTERN.test('3213041713850003')).toBe(false); // month 13
  });

  it("requires a UD's NPWP to be its owner's NIK, and a sent size class to agree with the figures", () => {
    const ud = { legalForm: 'ud' as const, npwp: '0012345678901234', sizeClass: null, ...none };
    expect(checkIdentity(ud, false).errors.map((e) => e.field)).toEqual(['npwp']);
    expect(checkIdentity({ ...ud, npwp: '3213041708850003' }, false).errors).toEqual([]);
    expect(checkIdentity({ ...ud, legalForm: 'cv' }, false).errors).toEqual([]);
    const figures = { ...ud, npwp: null, annualTurnoverIdr: 4_000_000_000 };
    expect(checkIdentity(figures, false)).toEqual({ errors: [], sizeClass: 'small' });
    expect(checkIdentity({ ...figures, sizeClass: 'medium' }, true).errors.map((e) => e.field)).toEqual(['sizeClass']);
    expect(checkIdentity({ ...figures, annualTurnoverIdr: null, sizeClass: 'medium' }, true)).toEqual({
      errors: [],
      sizeClass: 'medium',
    });
  });
});
