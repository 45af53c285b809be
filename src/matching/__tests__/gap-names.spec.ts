import { codesToName, gapName, type CodeNames } from '../gap-names';

const names: CodeNames = {
  processes: new Map([['tooling.moulds', { id: 'Pembuatan Cetakan', en: 'Mould making' }]]),
  materials: new Map([
    ['steel.carbon', { id: 'Baja Karbon', en: 'Carbon steel' }],
    ['aluminium', { id: 'Aluminium', en: 'Aluminium' }],
  ]),
  certifications: new Map([['iso_9001', { id: 'ISO 9001', en: 'ISO 9001' }]]),
};

describe('gap names', () => {
  it('names each kind in Indonesian and English', () => {
    const material = { kind: 'material' as const, options: ['steel.carbon', 'aluminium'] };
    expect(gapName(material, names, 'id')).toBe('Baja Karbon atau Aluminium');
    expect(gapName(material, names, 'en')).toBe('Carbon steel or Aluminium');
    expect(gapName({ kind: 'process', code: 'tooling.moulds' }, names, 'en')).toBe('Mould making');
    expect(gapName({ kind: 'certificate_unverified', code: 'iso_9001' }, names, 'id')).toBe(
      'ISO 9001 dinyatakan, belum diverifikasi BBSPJILM',
    );
    expect(gapName({ kind: 'distance' }, names, 'id')).toBe('Jarak ke pabrik pembeli melebihi batas permintaan');
    // A code without a name (retired from the catalogue) is shown as itself rather than hidden.
    expect(gapName({ kind: 'certification', code: 'old_code' }, names, 'en')).toBe('old_code');
  });

  it('asks for the names of exactly the codes the gaps hold, each once', () => {
    expect(
      codesToName([
        { kind: 'process', code: 'tooling.moulds' },
        { kind: 'material', options: ['steel.carbon', 'aluminium'] },
        { kind: 'certification', code: 'iatf_16949' },
        { kind: 'certificate_unverified', code: 'iso_9001' },
        { kind: 'certification', code: 'iatf_16949' },
        { kind: 'tkdn' },
      ]),
    ).toEqual({
      processes: ['tooling.moulds'],
      materials: ['steel.carbon', 'aluminium'],
      certifications: ['iatf_16949', 'iso_9001'],
    });
  });
});
