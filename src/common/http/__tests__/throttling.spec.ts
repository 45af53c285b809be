import { clientKey } from '../throttling';

describe('clientKey', () => {
  it('gives every loopback address one budget', () => {
    expect(new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.0.0.2'].map(clientKey))).toEqual(
      new Set(['loopback']),
    );
  });

  it('keys IPv6 by its /64 and IPv4-mapped addresses as IPv4', () => {
    expect(clientKey('2001:db8:1:2::1')).toBe(clientKey('2001:db8:1:2:ffff::9'));
    expect(clientKey('2001:db8:1:2::1')).not.toBe(clientKey('2001:db8:1:3::1'));
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('203.0.113.7')).not.toBe(clientKey('203.0.113.8'));
  });
});
