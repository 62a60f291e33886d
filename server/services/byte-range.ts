/** A byte range [start, end] of a file, both inclusive, as Content-Range writes it. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * The single byte range a Range header asks of a file of `size` bytes (RFC 9110 §14.1.2): `bytes=a-b`, `bytes=a-`
 * or the suffix `bytes=-n`, the end clamped to the file. 'unsatisfiable' when it starts at or past the end (416);
 * null when there is no header, another unit, several ranges or a malformed one: the whole file is sent then.
 */
export function parseByteRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  const m = header ? /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header) : null;
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? Infinity : Number(m[2]);
  if (end < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end: Math.min(end, size - 1) };
}
