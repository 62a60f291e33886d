import type { Context } from 'hono';
import { apiError } from '../../i18n/messages';
import { parseByteRange } from '../../services/byte-range';
import type { AppEnv } from '../context';

/**
 * Answers stored bytes (a report's voice note) whole or, for a Range request, the one range asked (206, 416 past the
 * end). Safari's audio element asks for `bytes=0-1` first and will not play a source that cannot answer ranges.
 * The stored bytes never change, so If-Range needs no validator here.
 */
export function answerBytes(c: Context<AppEnv>, bytes: Uint8Array, mime: string) {
  const size = bytes.length;
  const headers: Record<string, string> = { 'content-type': mime, 'accept-ranges': 'bytes', 'cache-control': 'private, max-age=3600' };
  const range = parseByteRange(c.req.header('range'), size);
  if (range === 'unsatisfiable') return c.json(apiError(c, 'range_not_satisfiable', 'range_not_satisfiable', { size }), 416, { 'content-range': `bytes */${size}` });
  if (!range) return c.body(Buffer.from(bytes), 200, headers);
  headers['content-range'] = `bytes ${range.start}-${range.end}/${size}`;
  return c.body(Buffer.from(bytes.subarray(range.start, range.end + 1)), 206, headers);
}
