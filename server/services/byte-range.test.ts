import { describe, expect, it } from 'vitest';
import { parseByteRange } from './byte-range';

describe('the byte range of a Range header', () => {
  it('reads a closed range, an open one and a suffix', () => {
    expect(parseByteRange('bytes=0-126', 1000)).toEqual({ start: 0, end: 126 });
    expect(parseByteRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseByteRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
  });

  it('clamps an end past the file, and a suffix longer than it', () => {
    expect(parseByteRange('bytes=990-2000', 1000)).toEqual({ start: 990, end: 999 });
    expect(parseByteRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
  });

  it('is unsatisfiable from the end of the file on, and for an empty suffix', () => {
    expect(parseByteRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=5000-6000', 1000)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=-0', 1000)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=0-10', 0)).toBe('unsatisfiable');
  });

  it('sends the whole file for no header, another unit, several ranges or a malformed one', () => {
    expect(parseByteRange(undefined, 1000)).toBeNull();
    expect(parseByteRange('items=0-5', 1000)).toBeNull();
    expect(parseByteRange('bytes=0-5,10-20', 1000)).toBeNull();
    expect(parseByteRange('bytes=-', 1000)).toBeNull();
    expect(parseByteRange('bytes=20-10', 1000)).toBeNull();
  });
});
