import { jsonDepth } from '../../http/body-parsers';
import { text } from '../../i18n/text';
import { unsafeTextErrors } from '../safe-text';

describe('Text no validator or column can take', () => {
  it('names every NUL and lone surrogate, in values and keys, at any depth', () => {
    expect(
      unsafeTextErrors({ name: 'CV\u0000', plants: [{ name: 'ok' }, { name: 'a\ud800' }], fine: 'Subang 🚗' }),
    ).toEqual([
      { field: 'name', message: text('validation.unsafeText', { property: 'name', problem: 'NUL' }) },
      {
        field: 'plants[1].name',
        message: text('validation.unsafeText', { property: 'plants[1].name', problem: 'UTF-16' }),
      },
    ]);
    expect(unsafeTextErrors({ 'a\u0000': 1 })).toEqual([
      { field: 'body', message: text('validation.unsafeKey', { problem: 'NUL' }) },
    ]);
    expect(unsafeTextErrors('\udc00', 'q')).toEqual([
      { field: 'q', message: text('validation.unsafeText', { property: 'q', problem: 'UTF-16' }) },
    ]);
  });
});

describe('jsonDepth', () => {
  it('counts nesting over the bytes, not inside strings', () => {
    expect(jsonDepth(Buffer.from('{"a":[1,{"b":2}]}'))).toBe(3);
    expect(jsonDepth(Buffer.from('{"a":"[[[[\\"{{"}'))).toBe(1);
    expect(jsonDepth(Buffer.from('['.repeat(2000)))).toBe(2000);
  });
});
