import { jsonDepth } from '../../http/body-parsers';
import { unsafeTextErrors } from '../safe-text';

describe('Text no validator or column can take', () => {
  it('names every NUL and lone surrogate, in values and keys, at any depth', () => {
    expect(
      unsafeTextErrors({ name: 'CV\u0000', plants: [{ name: 'ok' }, { name: 'a\ud800' }], fine: 'Subang 🚗' }),
    ).toEqual([
      { field: 'name', message: 'name may not contain the NUL character' },
      { field: 'plants[1].name', message: 'plants[1].name is not valid Unicode text' },
    ]);
    expect(unsafeTextErrors({ 'a\u0000': 1 })).toEqual([
      { field: 'body', message: 'a field name may not contain the NUL character' },
    ]);
    expect(unsafeTextErrors('\udc00', 'q')).toEqual([{ field: 'q', message: 'q is not valid Unicode text' }]);
  });
});

describe('jsonDepth', () => {
  it('counts nesting over the bytes, not inside strings', () => {
    expect(jsonDepth(Buffer.from('{"a":[1,{"b":2}]}'))).toBe(3);
    expect(jsonDepth(Buffer.from('{"a":"[[[[\\"{{"}'))).toBe(1);
    expect(jsonDepth(Buffer.from('['.repeat(2000)))).toBe(2000);
  });
});
