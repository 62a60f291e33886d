import { describe, expect, it } from 'vitest';
import { withoutIpv4Mapping } from './client-address';

describe('withoutIpv4Mapping', () => {
  it('writes an IPv4-mapped IPv6 address as the IPv4 address', () => {
    expect(withoutIpv4Mapping('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(withoutIpv4Mapping('::FFFF:10.0.0.12')).toBe('10.0.0.12');
  });

  it('leaves IPv4, real IPv6 and other text unchanged', () => {
    for (const address of ['10.0.0.1', '::1', '2001:db8::ffff:1.2.3.4', 'fe80::1', '::ffff:7f00:1', 'local']) {
      expect(withoutIpv4Mapping(address)).toBe(address);
    }
  });
});
