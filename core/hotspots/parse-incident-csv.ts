import { parse } from 'csv-parse/sync';
import { parseDayNumber } from './parse-day-number';
import { HotspotInputError, type IncidentColumns } from './types';

/** Which columns hold what, and which rows to keep. */
export interface IncidentCsvOptions {
  lon: string;
  lat: string;
  time: string;
  /** Keep only rows whose `categoryField` equals `category` (trimmed, case-insensitive). */
  categoryField?: string;
  category?: string;
  /** Keep only rows whose day falls in one of these [from, toExclusive) day-number ranges. */
  dayRanges?: readonly (readonly [number, number])[];
}

/** A row that was dropped, with its line in the file (the header is line 1) and why. */
export interface BadRow {
  line: number;
  reason: string;
}

export interface ParsedIncidents extends IncidentColumns {
  /** The file line of each kept incident. */
  line: Int32Array;
  /** Rows that passed the category filter and were looked at (kept + bad). */
  considered: number;
  bad: BadRow[];
}

/**
 * Incidents from CSV text with a header row (csv-parse: quoting, CRLF, BOM). Rows of another category, then rows
 * whose day is outside `dayRanges`, are skipped silently; every other row must have a date or ISO timestamp in
 * `time` (parseDayNumber) and WGS 84 degrees in `lon`/`lat` with |lon| ≤ 180, |lat| ≤ 90, not both 0 (a common
 * "no location" code), or it is listed in `bad` (its date is checked first, so a row with a bad date is never
 * window-filtered). The caller decides whether bad rows are fatal. Throws HotspotInputError when the text is not
 * CSV or lacks a named column (all missing ones are named). Pure.
 */
export function parseIncidentCsv(text: string, options: IncidentCsvOptions): ParsedIncidents {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as typeof records;
  } catch (err) {
    throw new HotspotInputError(`the incident file is not valid CSV: ${err instanceof Error ? err.message : err}`);
  }
  if (records.length === 0) throw new HotspotInputError('the incident file is empty (no header row)');
  const header = records[0].record.map((name) => name.trim());
  const wanted = [options.lon, options.lat, options.time, ...(options.category !== undefined ? [options.categoryField ?? 'category'] : [])];
  const missing = wanted.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    throw new HotspotInputError(`the incident file has no column ${missing.map((m) => `"${m}"`).join(', ')} (its columns: ${header.join(', ')})`);
  }
  const [lonAt, latAt, timeAt] = [options.lon, options.lat, options.time].map((name) => header.indexOf(name));
  const categoryAt = options.category !== undefined ? header.indexOf(options.categoryField ?? 'category') : -1;
  const category = options.category?.trim().toLowerCase();
  const lng: number[] = [];
  const lat: number[] = [];
  const day: number[] = [];
  const line: number[] = [];
  const bad: BadRow[] = [];
  let considered = 0;
  for (let k = 1; k < records.length; k++) {
    const { record, info } = records[k];
    if (categoryAt >= 0 && (record[categoryAt] ?? '').trim().toLowerCase() !== category) continue;
    considered++;
    const timeText = (record[timeAt] ?? '').trim();
    const d = parseDayNumber(timeText);
    if (d === null) {
      bad.push({ line: info.lines, reason: `date "${timeText}"` });
      continue;
    }
    if (options.dayRanges && !options.dayRanges.some(([from, to]) => d >= from && d < to)) {
      considered--;
      continue;
    }
    const lonText = (record[lonAt] ?? '').trim();
    const latText = (record[latAt] ?? '').trim();
    const x = lonText === '' ? NaN : Number(lonText);
    const y = latText === '' ? NaN : Number(latText);
    if (!(Math.abs(x) <= 180 && Math.abs(y) <= 90) || (x === 0 && y === 0)) {
      bad.push({ line: info.lines, reason: `coordinates "${lonText}", "${latText}"` });
      continue;
    }
    lng.push(x);
    lat.push(y);
    day.push(d);
    line.push(info.lines);
  }
  return { lng: Float64Array.from(lng), lat: Float64Array.from(lat), day: Float64Array.from(day), line: Int32Array.from(line), considered, bad };
}
