import type { Feature } from 'geojson';

/**
 * Attribute tables for dBase (.dbf), typed from the values so that a GIS reads a count as a count: a property whose
 * values are all integers is an N field without decimals (GDAL and QGIS read Integer below 10 digits, Integer64 up to
 * 18; 1067, not 1067.000), other numbers N with as many decimals as they have (at most 15), booleans N(1) holding
 * 1 or 0 as a GeoPackage stores them (dBase's own L reads in GDAL 3.6, and so in QGIS, as a text of one letter), and text
 * as wide as its longest value. An absent value is blank: null to GDAL in a number field, '' in text.
 * Field names are at most 10 bytes of ASCII: a longer or non-ASCII property name keeps its first letters, digits and
 * underscores (cut to 10), and a name taken already ends in _2, _3 … (cut to fit): categoryName -> categoryNa, and a
 * second categoryNa… -> category_2. Text is UTF-8 (the .cpg says so), cut at 254 bytes on a character boundary.
 */
export interface DbfField {
  property: string;
  field: string; // the dBase name, at most 10 ASCII characters
  type: 'C' | 'N';
  width: number; // bytes
  decimals: number;
}

export interface DbfTable {
  fields: DbfField[];
  rows: Buffer[][]; // each cell's bytes, not yet padded to its field's width
}

const MAX_TEXT_BYTES = 254;
const MAX_DECIMALS = 15;

/** Unique dBase field names for the property names, in order. */
export function dbfFieldNames(properties: readonly string[]): string[] {
  const taken = new Set<string>();
  return properties.map((p) => {
    const base = p.replace(/[^A-Za-z0-9_]/g, '').slice(0, 10) || 'field';
    let name = base;
    for (let n = 2; taken.has(name.toUpperCase()); n++) name = `${base.slice(0, 10 - String(n).length - 1)}_${n}`;
    taken.add(name.toUpperCase());
    return name;
  });
}

/** UTF-8 bytes of `s`, at most 254, not cutting a character. */
export function utf8Bytes(s: string): Buffer {
  const bytes = Buffer.from(s, 'utf8');
  if (bytes.length <= MAX_TEXT_BYTES) return bytes;
  let end = MAX_TEXT_BYTES;
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--; // back to the first byte of the character cut
  return bytes.subarray(0, end);
}

type Kind = 'integer' | 'real' | 'boolean' | 'text';

function kindOf(present: unknown[]): Kind {
  if (present.length === 0) return 'text';
  if (present.every((v) => typeof v === 'number' && Number.isFinite(v))) return present.every((v) => Number.isInteger(v)) ? 'integer' : 'real';
  if (present.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'text';
}

const decimalsOf = (v: number) => {
  const s = String(v);
  return /e/i.test(s) ? MAX_DECIMALS : Math.min(MAX_DECIMALS, (s.split('.')[1] ?? '').length);
};

/** The dbf table of the features: one field a property, each of one type (mixed values become text). */
export function dbfTable(features: readonly Feature[]): DbfTable {
  const properties = [...new Set(features.flatMap((f) => Object.keys(f.properties ?? {})))];
  const names = dbfFieldNames(properties);
  const columns = properties.map((p) => {
    const values: unknown[] = features.map((f) => f.properties?.[p]);
    const kind = kindOf(values.filter((v) => v !== null && v !== undefined));
    // reduce, not Math.max(...): a collection of 100,000 features would overflow the call's arguments.
    const decimals = kind === 'real' ? values.reduce<number>((m, v) => (typeof v === 'number' ? Math.max(m, decimalsOf(v)) : m), 0) : 0;
    const cell = (v: unknown): Buffer => {
      if (v === null || v === undefined) return Buffer.alloc(0);
      if (kind === 'integer') return Buffer.from(String(v));
      if (kind === 'real') return Buffer.from((v as number).toFixed(decimals));
      if (kind === 'boolean') return Buffer.from(v ? '1' : '0');
      return utf8Bytes(typeof v === 'object' ? JSON.stringify(v) : String(v));
    };
    return { kind, decimals, cells: values.map(cell) };
  });
  const fields = properties.map((property, i): DbfField => {
    const { kind, decimals, cells } = columns[i];
    const width = cells.reduce((m, b) => Math.max(m, b.length), 1);
    return { property, field: names[i], type: kind === 'text' ? 'C' : 'N', width, decimals };
  });
  return { fields, rows: features.map((_, r) => columns.map((c) => c.cells[r])) };
}
