import { sql } from 'drizzle-orm';
import type { Scope } from '../../../core/contracts/auth';
import {
  registryColumns, type ImportRefusal, type ImportRejection, type ImportResult, type RegistryKind,
} from '../../../core/contracts/registry';
import { referencedCodes, validateRegistryRows, type AcceptedRow, type ParsedRegistryFile, type RegistryReferences } from '../../../core/registry';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { insertJsonRows, type JsonColumn } from '../seed/insert-json-rows';

export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; refusal: ImportRefusal };

const CHUNK = 500;
const tableOf: Record<RegistryKind, string> = { residents: 'residents', houses: 'houses', organisations: 'organisations', addresses: 'addresses' };
const col = (name: string, type: JsonColumn['type']): JsonColumn => ({ name, type });
const inList = (codes: readonly string[]) => sql`(SELECT json_array_elements_text(${JSON.stringify(codes)}::json))`;

/** Thrown inside the transaction to roll it back: refused rows, or a dry run's writes. */
class Rollback extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super('rollback');
  }
}

/**
 * Imports a parsed 一标三实 file of one kind in ONE transaction: every row is validated (core/registry) against
 * what exists in the caller's jurisdiction, GeoJSON points must lie in the grid of the row's building; if any row
 * is refused nothing is written and the answer lists every refused row. A clean file is written whole (imported
 * records count as verified now; a new house is linked to its building's residents with that house number). A key
 * or value the database finds taken while writing (another import won the race; a unique index) rolls back and
 * refuses its row the same way; any other database failure rolls back and is rethrown without the rows' values.
 * A dry run validates and writes, then rolls back.
 */
export async function importRegistry(
  db: Db, kind: RegistryKind, file: ParsedRegistryFile, scope: Scope, { dryRun }: { dryRun: boolean },
): Promise<ImportOutcome> {
  const refuse = (rejected: ImportRejection[]): ImportOutcome => {
    const rows = new Set(rejected.map((r) => r.row)).size;
    const message = `${rows} of ${file.rows.length} rows refused; nothing was imported`;
    return { ok: false, refusal: { error: 'rejected_rows', message, kind, rows: file.rows.length, rejected } };
  };
  let accepted: AcceptedRow<RegistryKind>[] = [];
  try {
    return await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      const [{ today, now }] = await queryRows<{ today: string; now: string }>(
        t, sql`SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date::text AS today, to_json(now())#>>'{}' AS now`,
      );
      const refs = await loadReferences(t, kind, referencedCodes(kind, file.rows), scope);
      const v = validateRegistryRows(kind, file, refs, { today });
      const rejected = [...v.rejected, ...(await findPointsOutsideGrid(t, v.accepted))];
      if (rejected.length > 0) throw new Rollback(refuse(rejected.sort((a, b) => a.row - b.row)));
      accepted = v.accepted;
      await writeRows(t, kind, accepted, now);
      const result: ImportResult = { kind, format: file.format, rows: file.rows.length, written: accepted.length, dryRun, ignoredColumns: file.ignoredColumns };
      if (dryRun) throw new Rollback({ ok: true, result });
      return { ok: true, result } as const;
    });
  } catch (err) {
    if (err instanceof Rollback) return err.outcome;
    const pg = findPgError(err);
    // A unique violation names the column and value ("Key (id)=(R000123) already exists."): refuse the row that holds it.
    const [, column, value] = (pg?.code === '23505' && /Key \(([a-z_]+)\)=\((.+?)\) already exists/.exec(pg.detail ?? '')) || [];
    const row = column ? accepted.find((a) => (a.values as Record<string, unknown>)[column] === value) : undefined;
    if (row) return refuse([{ row: row.row, field: column, reason: `${column} ${value} already exists` }]);
    // The driver's error carries the statement's parameters (the rows' personal data): it must not reach the log,
    // so it is not attached as the cause either.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(`registry import of ${kind} failed in the database${pg ? `: ${pg.code} ${pg.message}` : ''}`);
  }
}

async function loadReferences(t: Db, kind: RegistryKind, codes: ReturnType<typeof referencedCodes>, scope: Scope): Promise<RegistryReferences> {
  const inScope = gridInScope(sql`b.grid_code`, scope);
  const buildings = new Map<string, string>();
  const lookup = async (table: string, list: string[]) => {
    if (list.length === 0) return new Map<string, string>();
    const rows = await queryRows<{ code: string; building_code: string; grid_code: string }>(
      t,
      sql`SELECT x.code, x.building_code, b.grid_code FROM ${sql.raw(table)} x JOIN buildings b ON b.code = x.building_code
        WHERE x.code IN ${inList(list)} AND ${inScope}`,
    );
    for (const r of rows) buildings.set(r.building_code, r.grid_code);
    return new Map(rows.map((r) => [r.code, r.building_code]));
  };
  if (codes.buildings.length > 0) {
    const rows = await queryRows<{ code: string; grid_code: string }>(t, sql`SELECT b.code, b.grid_code FROM buildings b WHERE b.code IN ${inList(codes.buildings)} AND ${inScope}`);
    for (const r of rows) buildings.set(r.code, r.grid_code);
  }
  const addresses = await lookup('addresses', codes.addresses);
  const houses = await lookup('houses', codes.houses);
  // Keys are unique district-wide, so they are looked up outside the jurisdiction too (the reason names no place).
  const key = registryColumns[kind][0];
  const existing = codes.keys.length === 0 ? [] : await queryRows<{ k: string }>(
    t, sql`SELECT ${sql.raw(`"${key}"`)} AS k FROM ${sql.raw(tableOf[kind])} WHERE ${sql.raw(`"${key}"`)} IN ${inList(codes.keys)}`,
  );
  return { buildings, addresses, houses, existingKeys: new Set(existing.map((r) => r.k)) };
}

/** GeoJSON rows whose point lies outside the grid of their building (PostGIS; on the boundary counts as inside). */
async function findPointsOutsideGrid(t: Db, rows: readonly AcceptedRow<RegistryKind>[]): Promise<ImportRejection[]> {
  const located = rows.filter((r) => r.point).map((r) => ({ row: r.row, lng: r.point![0], lat: r.point![1], grid: r.gridCode, building: r.buildingCode }));
  if (located.length === 0) return [];
  const outside = await queryRows<{ row: number; grid: string; building: string }>(
    t,
    sql`SELECT x.row, x.grid, x.building FROM json_to_recordset(${JSON.stringify(located)}::json) AS x("row" int, lng float8, lat float8, grid text, building text)
      JOIN grids g ON g.code = x.grid WHERE NOT ST_Covers(g.geom, ST_SetSRID(ST_MakePoint(x.lng, x.lat), 4326)) ORDER BY x.row`,
  );
  return outside.map((o) => ({ row: Number(o.row), field: 'geometry', reason: `the point lies outside grid ${o.grid}, where building ${o.building} is` }));
}

async function writeRows(t: Db, kind: RegistryKind, rows: readonly AcceptedRow<RegistryKind>[], now: string) {
  const common = (r: AcceptedRow<RegistryKind>) => ({ building_code: r.buildingCode, verified_at: now, is_demo: false });
  const v = (r: AcceptedRow<RegistryKind>) => r.values as Record<string, string | undefined>;
  const cols = (names: string, type: JsonColumn['type'] = 'text') => names.split(' ').map((n) => col(n, type));
  const tail = [col('building_code', 'text'), col('verified_at', 'timestamptz'), col('is_demo', 'bool')];
  switch (kind) {
    case 'residents':
      return insertJsonRows(t, 'residents', [...cols('id name id_number phone grid_code house_number kind house_code'), ...cols('moved_in_on moved_out_on', 'date'), ...tail],
        rows.map((r) => ({ ...v(r), grid_code: r.gridCode, ...common(r) })), CHUNK);
    case 'addresses':
      return insertJsonRows(t, 'addresses', [...cols('code label'), ...tail], rows.map((r) => ({ ...v(r), ...common(r) })), CHUNK);
    case 'organisations':
      return insertJsonRows(t, 'organisations', [...cols('code name kind address_code contact'), ...tail], rows.map((r) => ({ ...v(r), ...common(r) })), CHUNK);
    case 'houses':
      await insertJsonRows(t, 'houses', [...cols('code address_code number use'), ...cols('rental_start rental_end', 'date'), ...tail], rows.map((r) => ({ ...v(r), ...common(r) })), CHUNK);
      // Residents registered before their house was: they now live in it.
      for (let i = 0; i < rows.length; i += CHUNK) {
        const codes = rows.slice(i, i + CHUNK).map((r) => v(r).code!);
        await t.execute(sql`UPDATE residents r SET house_code = h.code FROM houses h
          WHERE h.code IN ${inList(codes)} AND r.building_code = h.building_code AND r.house_number = h.number AND r.house_code IS NULL`);
      }
  }
}

/** The PostgreSQL error inside a driver's or Drizzle's wrapper (both engines put code and detail on it). */
function findPgError(err: unknown): { code: string; message: string; detail?: string } | null {
  for (let e = err as { code?: unknown; cause?: unknown; message?: string; detail?: string } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return { code: e.code, message: e.message ?? '', detail: e.detail };
  }
  return null;
}
