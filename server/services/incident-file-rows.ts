import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';

/** One record of a back-fill file as read: its line (the last line of a CSV record) and its fields, not yet checked; null for an NDJSON line that is not a JSON object. */
export interface FileRow {
  line: number;
  value: Record<string, unknown> | null;
}

export class FileShapeError extends Error {
  constructor(readonly code: 'import_csv_columns' | 'import_csv_unreadable', readonly params: Record<string, string>) {
    super(code);
  }
}

const requiredColumns = ['externalId', 'occurredAt', 'categoryCode', 'lng', 'lat'];

/**
 * Streams the rows of a CSV (header externalId, occurredAt, categoryCode, lng, lat, source) or NDJSON file, one at a
 * time, so that years of history never sit in memory. A CSV's text fields become what the JSON API takes: lng and
 * lat numbers, an empty cell absent. `source` fills a row without its own.
 */
export async function* readIncidentFileRows(path: string, source: string | undefined): AsyncGenerator<FileRow> {
  const rows = path.toLowerCase().endsWith('.ndjson') ? readNdjsonRows(path) : readCsvRows(path);
  for await (const row of rows) {
    if (source !== undefined && row.value && (row.value.source === undefined || row.value.source === '')) row.value.source = source;
    yield row;
  }
}

async function* readCsvRows(path: string): AsyncGenerator<FileRow> {
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
      columns: (header: string[]) => {
        const missing = requiredColumns.filter((c) => !header.includes(c));
        if (missing.length > 0) throw new FileShapeError('import_csv_columns', { columns: missing.join(', ') });
        return header;
      },
    }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      const value: Record<string, unknown> = {};
      for (const [key, text] of Object.entries(record)) {
        if (text === '') continue;
        // A cell that is not a number stays text, so that the check names the field instead of reading NaN.
        value[key] = (key === 'lng' || key === 'lat') && text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
      }
      yield { line: info.lines, value };
    }
  } catch (err) {
    if (err instanceof FileShapeError) throw err;
    throw new FileShapeError('import_csv_unreadable', { detail: err instanceof Error ? err.message : String(err) });
  }
}

async function* readNdjsonRows(path: string): AsyncGenerator<FileRow> {
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    line++;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    yield { line, value: value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null };
  }
}
