import type { Context } from 'hono';
import type { IncidentItemProblem } from '../../../core/contracts/incident-write';
import { maxBatchItems } from '../../../core/contracts/incident-write';
import type { Language } from '../../i18n/language';
import { fieldError, say } from '../../i18n/messages';

export type BatchBody =
  | { ok: true; values: unknown[]; numberOf: (index: number) => number; unreadable: IncidentItemProblem[] }
  | { ok: false; status: 400 | 413 | 415; body: object };

/**
 * Reads a batch as a JSON array (application/json) or NDJSON (application/x-ndjson, one incident a line, blank lines
 * skipped): the values to check, and how to number them for a person — a JSON item by its place from 1, an NDJSON
 * item by its line, which is what an editor shows. An NDJSON line that is not JSON is `unreadable`, not the end of
 * the reading: the sender hears of it together with the other lines' problems, and fixes the batch in one round.
 */
export async function readBatchBody(c: Context, language: Language): Promise<BatchBody> {
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json' && type !== 'application/x-ndjson') {
    return { ok: false, status: 415, body: fieldError(c, 'unsupported_media_type', 'content-type', 'batch_content_type') };
  }
  const text = await c.req.text();
  let values: unknown[];
  let lines: number[] | undefined;
  let unreadable: IncidentItemProblem[] = [];
  if (type === 'application/json') {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return { ok: false, status: 400, body: fieldError(c, 'bad_request', 'body', 'body_not_json') };
    }
    if (!Array.isArray(body)) return { ok: false, status: 400, body: fieldError(c, 'bad_request', 'body', 'batch_not_array') };
    values = body;
  } else {
    ({ values, lines, unreadable } = readNdjson(text, language));
  }
  const count = values.length + unreadable.length;
  if (count === 0) return { ok: false, status: 400, body: fieldError(c, 'bad_request', 'body', 'batch_empty') };
  if (count > maxBatchItems) return { ok: false, status: 413, body: fieldError(c, 'payload_too_large', 'body', 'batch_too_many', { max: maxBatchItems, count }) };
  return { ok: true, values, numberOf: lines ? (i) => lines[i] : (i) => i + 1, unreadable };
}

function readNdjson(text: string, language: Language): { values: unknown[]; lines: number[]; unreadable: IncidentItemProblem[] } {
  const values: unknown[] = [];
  const lines: number[] = [];
  const unreadable: IncidentItemProblem[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    try {
      values.push(JSON.parse(line));
      lines.push(i + 1);
    } catch {
      unreadable.push({ item: i + 1, field: 'body', reason: 'invalid', message: say(language, 'batch_line_not_json') });
    }
  });
  return { values, lines, unreadable };
}
