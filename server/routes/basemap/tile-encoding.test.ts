import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsEncoding, negotiateTile } from './tile-encoding';

describe('a tile’s content encoding', () => {
  it('takes any coding when the request names none, and reads q=0 as a refusal', () => {
    expect(acceptsEncoding(undefined, 'gzip')).toBe(true);
    expect(acceptsEncoding('gzip, deflate, br', 'gzip')).toBe(true);
    expect(acceptsEncoding('br;q=1.0, gzip;q=0', 'gzip')).toBe(false);
    expect(acceptsEncoding('identity', 'gzip')).toBe(false);
    expect(acceptsEncoding('*', 'br')).toBe(true);
  });

  it('sends a gzip’ed tile as stored to a client that takes gzip, and decoded to one that does not', () => {
    const plain = new Uint8Array([1, 2, 3, 4]);
    const tile = { bytes: new Uint8Array(gzipSync(plain)), contentType: 'application/x-protobuf', contentEncoding: 'gzip' as const };
    expect(negotiateTile(tile, 'gzip')).toBe(tile);
    const decoded = negotiateTile(tile, 'identity');
    expect(decoded.contentEncoding).toBeUndefined();
    expect([...decoded.bytes]).toEqual([...plain]);
  });
});
