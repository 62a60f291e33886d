import { parse } from 'csv-parse/sync';
import { importRowSchemas, MAX_IMPORT_ROWS, registryColumns, type RegistryKind } from '../contracts/registry';
import type { RegistryProblem, RegistryProblemCode } from './registry-problem';

/** One row of an import file before validation: trimmed text values (an empty cell is absent) and its location. */
export interface RawRegistryRow {
  row: number; // CSV: the line the record starts on (header = 1); GeoJSON: the feature's 1-based position
  values: Record<string, string | undefined>;
  point: [number, number] | null; // GeoJSON Point [lng, lat] in EPSG:4326; null for CSV or a feature without geometry
}

export interface ParsedRegistryFile {
  format: 'csv' | 'geojson';
  rows: RawRegistryRow[];
  /** Problems found while reading: the file or header (row 0 or 1), or a row's shape (value count, geometry). */
  rejected: RegistryProblem[];
  /** Columns or properties the kind does not have; their values are not read. */
  ignoredColumns: string[];
}

const problem = (row: number, field: string, code: RegistryProblemCode, params: Record<string, string | number | readonly string[]> = {}): RegistryProblem => ({ row, field, code, params });
const tooMany = (n: number) => problem(0, '', 'registry_too_many_rows', { rows: n, max: MAX_IMPORT_ROWS });
const noRows = problem(0, '', 'registry_no_rows');

/** The kind's columns that may be left empty (the schema accepts them absent). */
export function optionalColumns(kind: RegistryKind): Set<string> {
  const shape = importRowSchemas[kind].shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
  return new Set(registryColumns[kind].filter((c) => shape[c].safeParse(undefined).success));
}

/**
 * Line numbers of records from csv-parse's byte offsets (its own line count drifts after a quoted CRLF): called with
 * each record's end offset in turn, it answers the line the record starts on, past blank lines before it.
 */
function createLineCounter(text: string) {
  const bytes = new TextEncoder().encode(text);
  let pos = 0;
  let line = 1;
  let previousEnd = 0;
  const advance = (to: number) => {
    for (; pos < to; pos++) {
      if (bytes[pos] === 0x0a || (bytes[pos] === 0x0d && bytes[pos + 1] !== 0x0a)) line++;
    }
  };
  return (recordEnd: number): number => {
    let start = previousEnd;
    while (start < bytes.length && (bytes[start] === 0x0a || bytes[start] === 0x0d)) start++;
    advance(start);
    const startLine = line;
    advance(recordEnd);
    previousEnd = recordEnd;
    return startLine;
  };
}

/**
 * Reads a CSV import (csv-parse: quotes, BOM, CRLF; blank lines skipped). The header names the columns in any order,
 * case-insensitively; a missing required column or a repeated one refuses the whole file (on the header's line), and then no
 * rows are returned. A row whose number of values differs from the header's is refused (an unquoted comma, say).
 * Unparseable text is refused at the line csv-parse names. Pure; the text is not modified.
 */
export function parseRegistryCsv(text: string, kind: RegistryKind): ParsedRegistryFile {
  const out: ParsedRegistryFile = { format: 'csv', rows: [], rejected: [], ignoredColumns: [] };
  const body = text.replace(/^\uFEFF/, '');
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parse(body, { skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as typeof records;
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    out.rejected.push(problem(typeof line === 'number' ? line : 0, '', 'registry_not_csv', { detail: err instanceof Error ? err.message : String(err) }));
    return out;
  }
  if (records.length <= 1) {
    out.rejected.push(records.length === 0 ? problem(0, '', 'registry_empty_file') : noRows);
    return out;
  }
  if (records.length - 1 > MAX_IMPORT_ROWS) {
    out.rejected.push(tooMany(records.length - 1));
    return out;
  }
  const lineOf = createLineCounter(body);
  const headerLine = lineOf(records[0].info.bytes);
  const header = records[0].record.map((h) => h.trim().toLowerCase());
  const known = new Set(registryColumns[kind]);
  const optional = optionalColumns(kind);
  header.forEach((h, i) => {
    if (header.indexOf(h) !== i) out.rejected.push(problem(headerLine, h, 'registry_column_twice', { column: h }));
  });
  // One problem names every missing column: a file with the wrong header is refused as a whole, not row by row.
  const missing = registryColumns[kind].filter((c) => !optional.has(c) && !header.includes(c));
  if (missing.length > 0) out.rejected.push(problem(headerLine, missing.join(','), 'registry_missing_columns', { columns: missing }));
  out.ignoredColumns = [...new Set(header.filter((h) => !known.has(h)))];
  if (out.rejected.length > 0) return out;

  for (const { record, info } of records.slice(1)) {
    const row = lineOf(info.bytes);
    if (record.length !== header.length) {
      out.rejected.push(problem(row, '', 'registry_value_count', { values: record.length, columns: header.length }));
    }
    const values: RawRegistryRow['values'] = {};
    header.forEach((h, i) => {
      if (known.has(h)) values[h] = emptyToUndefined(record[i]);
    });
    out.rows.push({ row, values, point: null });
  }
  return out;
}

function emptyToUndefined(v: string | undefined): string | undefined {
  const t = v?.trim();
  return t ? t : undefined;
}

/**
 * Reads a GeoJSON import: a FeatureCollection whose features carry the row's fields as properties (names as the
 * CSV columns, case-insensitive; numbers are read as text) and, optionally, a Point locating the record in
 * EPSG:4326. Other geometry, a property holding an object, or a feature that is not a Feature refuses its row.
 * Pure; the value is not mutated.
 */
export function parseRegistryGeoJson(value: unknown, kind: RegistryKind): ParsedRegistryFile {
  const out: ParsedRegistryFile = { format: 'geojson', rows: [], rejected: [], ignoredColumns: [] };
  const fc = value as { type?: unknown; features?: unknown };
  if (!fc || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    out.rejected.push(problem(0, 'type', 'registry_not_collection'));
    return out;
  }
  if (fc.features.length === 0) out.rejected.push(noRows);
  if (fc.features.length > MAX_IMPORT_ROWS) out.rejected.push(tooMany(fc.features.length));
  if (out.rejected.length > 0) return out;
  const known = new Set(registryColumns[kind]);
  const ignored = new Set<string>();
  fc.features.forEach((f: unknown, i: number) => {
    const row = i + 1;
    const feature = f as { type?: unknown; properties?: unknown; geometry?: unknown } | null;
    if (!feature || typeof feature !== 'object' || feature.type !== 'Feature') {
      out.rejected.push(problem(row, '', 'registry_not_feature'));
      return;
    }
    const values: RawRegistryRow['values'] = {};
    for (const [key, v] of Object.entries((feature.properties ?? {}) as Record<string, unknown>)) {
      const k = key.trim().toLowerCase();
      if (!known.has(k)) {
        ignored.add(k);
      } else if (v !== null && typeof v === 'object') {
        out.rejected.push(problem(row, k, 'registry_property_object', { field: k }));
      } else {
        values[k] = emptyToUndefined(v === null || v === undefined ? undefined : String(v));
      }
    }
    out.rows.push({ row, values, point: readPoint(feature.geometry, row, out.rejected) });
  });
  out.ignoredColumns = [...ignored];
  return out;
}

function readPoint(geometry: unknown, row: number, rejected: RegistryProblem[]): [number, number] | null {
  if (geometry === null || geometry === undefined) return null;
  const g = geometry as { type?: unknown; coordinates?: unknown };
  const c = g.coordinates as unknown[];
  if (g.type === 'Point' && Array.isArray(c) && c.length >= 2 && c.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    const [lng, lat] = c as number[];
    if (Math.abs(lng) <= 180 && Math.abs(lat) <= 90) return [lng, lat];
  }
  rejected.push(problem(row, 'geometry', 'registry_geometry_point'));
  return null;
}
