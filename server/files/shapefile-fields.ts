import type { Feature } from 'geojson';

/**
 * Attribute tables for dBase (.dbf) as @mapbox/shp-write's dbf writer takes them. Field names are at most 10 bytes
 * of ASCII: a longer or non-ASCII property name keeps its first letters, digits and underscores (cut to 10), and a
 * name taken already ends in _2, _3 … (cut to fit): categoryName -> categoryNa, and a second categoryNa… -> category_2.
 * Text is written as UTF-8 (the .cpg says so): the writer stores each char code as one byte, so we hand it the UTF-8
 * bytes as a latin1 string, cut at 254 bytes on a character boundary.
 */
export interface DbfTable {
  fields: { property: string; field: string }[];
  rows: Record<string, string | number | boolean | null>[];
}

const MAX_TEXT_BYTES = 254;

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

/** UTF-8 bytes of `s`, at most 254, not cutting a character, as a string of one char per byte. */
export function utf8Bytes(s: string): string {
  let bytes = Buffer.from(s, 'utf8');
  if (bytes.length > MAX_TEXT_BYTES) {
    let end = MAX_TEXT_BYTES;
    while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--; // back to the first byte of the character cut
    bytes = bytes.subarray(0, end);
  }
  return bytes.toString('latin1');
}

type Kind = 'number' | 'boolean' | 'text';

function kindOf(values: unknown[]): Kind {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length > 0 && present.every((v) => typeof v === 'number' && Number.isFinite(v))) return 'number';
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'text';
}

/** The dbf table of the features: one field a property, each of one type (mixed or absent values become text). */
export function dbfTable(features: readonly Feature[]): DbfTable {
  const properties = [...new Set(features.flatMap((f) => Object.keys(f.properties ?? {})))];
  const names = dbfFieldNames(properties);
  const kinds = properties.map((p) => kindOf(features.map((f) => f.properties?.[p])));
  const rows = features.map((f) => {
    const row: DbfTable['rows'][number] = {};
    properties.forEach((p, i) => {
      const v: unknown = f.properties?.[p];
      if (v === null || v === undefined) row[names[i]] = kinds[i] === 'text' ? '' : null;
      else if (kinds[i] === 'text') row[names[i]] = utf8Bytes(typeof v === 'object' ? JSON.stringify(v) : String(v));
      else row[names[i]] = v as number | boolean;
    });
    return row;
  });
  return { fields: properties.map((property, i) => ({ property, field: names[i] })), rows };
}
