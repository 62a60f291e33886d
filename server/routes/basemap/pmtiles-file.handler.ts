import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Context } from 'hono';
import type { AppEnv } from '../context';
import { parseByteRange } from '../../services/byte-range';
import { apiError } from '../../i18n/messages';

/**
 * GET /basemap/package.pmtiles: the archive with HTTP Range support, for the browser's pmtiles protocol
 * (206 with Content-Range; 416 for a range past the end). The ETag changes with the file, and the browser
 * revalidates (no-cache): an administrator may put another archive behind the same URL.
 */
export async function servePmtilesFile(c: Context<AppEnv>, path: string) {
  const { size, mtimeMs } = await stat(path);
  const etag = `"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    'Content-Type': 'application/vnd.pmtiles',
    'Accept-Ranges': 'bytes',
    ETag: etag,
    'Last-Modified': new Date(mtimeMs).toUTCString(),
    'Cache-Control': 'no-cache',
  };
  if (c.req.header('if-none-match')?.split(',').some((t) => t.trim() === etag)) return c.body(null, 304, headers);
  // If-Range with another version: the whole (new) file, not a piece of it.
  const ifRange = c.req.header('if-range');
  const range = ifRange && ifRange !== etag ? null : parseByteRange(c.req.header('range'), size);
  if (range === 'unsatisfiable') {
    return c.json(apiError(c, 'range_not_satisfiable', 'range_not_satisfiable', { size }), 416, { 'Content-Range': `bytes */${size}` });
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  headers['Content-Length'] = String(end - start + 1);
  if (range) headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  const status = range ? 206 : 200;
  if (c.req.method === 'HEAD' || size === 0) return c.body(null, status, headers);
  const stream = Readable.toWeb(createReadStream(path, { start, end })) as ReadableStream<Uint8Array>;
  return c.body(stream, status, headers);
}
