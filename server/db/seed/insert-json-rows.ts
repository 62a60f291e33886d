import { sql } from 'drizzle-orm';
import type { Db } from '../engine';

/** A column of a bulk insert: its SQL name and type; geometry columns take GeoJSON and are cast. */
export interface JsonColumn {
  name: string;
  type: 'text' | 'uuid' | 'int' | 'bigint' | 'bool' | 'date' | 'timestamptz' | 'jsonb' | 'point' | 'polygon' | 'multipolygon' | 'geometry';
}

const recordType: Record<JsonColumn['type'], string> = {
  text: 'text', uuid: 'uuid', int: 'int', bigint: 'bigint', bool: 'boolean', date: 'date', timestamptz: 'timestamptz', jsonb: 'jsonb',
  point: 'json', polygon: 'json', multipolygon: 'json', geometry: 'json',
};

function selectExpr(c: JsonColumn): string {
  const col = `r."${c.name}"`;
  if (c.type === 'point' || c.type === 'polygon' || c.type === 'geometry') return `ST_SetSRID(ST_GeomFromGeoJSON(${col}::text), 4326)`;
  if (c.type === 'multipolygon') return `ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${col}::text), 4326))`;
  return col;
}

/**
 * Inserts rows (objects keyed by column name) in chunks, each chunk one INSERT … SELECT FROM
 * json_to_recordset: one round trip per chunk on both engines, with the whole payload as one parameter.
 * Table and column names are this module's constants, never user input.
 */
export async function insertJsonRows(db: Db, table: string, columns: JsonColumn[], rows: readonly object[], chunk = 5000) {
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const defs = columns.map((c) => `"${c.name}" ${recordType[c.type]}`).join(', ');
  const exprs = columns.map(selectExpr).join(', ');
  for (let i = 0; i < rows.length; i += chunk) {
    const payload = JSON.stringify(rows.slice(i, i + chunk));
    await db.execute(
      sql`INSERT INTO ${sql.raw(`"${table}"`)} (${sql.raw(names)}) SELECT ${sql.raw(exprs)} FROM json_to_recordset(${payload}::json) AS r(${sql.raw(defs)})`,
    );
  }
}
