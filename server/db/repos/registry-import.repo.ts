import { getTableName, sql, type AnyColumn } from 'drizzle-orm';
import { alias, type PgTable } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../core/contracts/auth';
import type { ImportResult, RegistryKind } from '../../../core/contracts/registry';
import { referencedCodes, validateRegistryRows, type AcceptedRow, type ParsedRegistryFile, type RegistryProblem, type RegistryReferences } from '../../../core/registry';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { addresses, buildings, grids, houses, organisations, residents } from '../schema';
import { insertJsonRows, type JsonColumn } from '../seed/insert-json-rows';
import { bare } from './sql-refs';

/** Written (or, on a dry run, writable), or refused with every problem by row: the route words them in the caller's language. */
export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; problems: RegistryProblem[] };

const CHUNK = 500;

/** A register's table, its key, and the column (and type) each column of its file is written to. */
interface Register {
  table: PgTable & { buildingCode: AnyColumn; verifiedAt: AnyColumn; isDemo: AnyColumn };
  key: AnyColumn;
  fields: Record<string, readonly [AnyColumn, JsonColumn['type']]>;
}
// The fields are the files' column names (core/contracts/registry registryColumns); a file's building_code is
// written from the row's building, which the validation resolved.
const registers: Record<RegistryKind, Register> = {
  residents: {
    table: residents,
    key: residents.id,
    fields: {
      id: [residents.id, 'text'], name: [residents.name, 'text'], id_number: [residents.idNumber, 'text'], phone: [residents.phone, 'text'],
      house_number: [residents.houseNumber, 'text'], kind: [residents.kind, 'text'], house_code: [residents.houseCode, 'text'],
      moved_in_on: [residents.movedInOn, 'date'], moved_out_on: [residents.movedOutOn, 'date'],
    },
  },
  houses: {
    table: houses,
    key: houses.code,
    fields: {
      code: [houses.code, 'text'], address_code: [houses.addressCode, 'text'], number: [houses.number, 'text'], use: [houses.use, 'text'],
      rental_start: [houses.rentalStart, 'date'], rental_end: [houses.rentalEnd, 'date'],
    },
  },
  organisations: {
    table: organisations,
    key: organisations.code,
    fields: {
      code: [organisations.code, 'text'], name: [organisations.name, 'text'], kind: [organisations.kind, 'text'],
      address_code: [organisations.addressCode, 'text'], contact: [organisations.contact, 'text'],
    },
  },
  addresses: { table: addresses, key: addresses.code, fields: { code: [addresses.code, 'text'], label: [addresses.label, 'text'] } },
};
const b = alias(buildings, 'b');
const g = alias(grids, 'g');
const res = alias(residents, 'r');
const h = alias(houses, 'h');
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
  const refuse = (problems: RegistryProblem[]): ImportOutcome => ({ ok: false, problems });
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
    const field = Object.entries(registers[kind].fields).find(([, [c]]) => c.name === column)?.[0];
    const row = field ? accepted.find((a) => (a.values as Record<string, unknown>)[field] === value) : undefined;
    if (field && row) return refuse([{ row: row.row, field, code: 'registry_exists', params: { field, value } }]);
    // The driver's error carries the statement's parameters (the rows' personal data): it must not reach the log,
    // so it is not attached as the cause either.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(`registry import of ${kind} failed in the database${pg ? `: ${pg.code} ${pg.message}` : ''}`);
  }
}

async function loadReferences(t: Db, kind: RegistryKind, codes: ReturnType<typeof referencedCodes>, scope: Scope): Promise<RegistryReferences> {
  const inScope = gridInScope(b.gridCode, scope);
  const buildingGrids = new Map<string, string>();
  const lookup = async (table: typeof addresses | typeof houses, list: string[]) => {
    if (list.length === 0) return new Map<string, string>();
    const x = alias(table, 'x');
    const rows = await queryRows<{ code: string; buildingCode: string; gridCode: string }>(
      t,
      sql`SELECT ${x.code}, ${x.buildingCode} AS "buildingCode", ${b.gridCode} AS "gridCode" FROM ${table} ${x} JOIN ${buildings} ${b} ON ${b.code} = ${x.buildingCode}
        WHERE ${x.code} IN ${inList(list)} AND ${inScope}`,
    );
    for (const row of rows) buildingGrids.set(row.buildingCode, row.gridCode);
    return new Map(rows.map((row) => [row.code, row.buildingCode]));
  };
  if (codes.buildings.length > 0) {
    const rows = await queryRows<Pick<typeof buildings.$inferSelect, 'code' | 'gridCode'>>(
      t, sql`SELECT ${b.code}, ${b.gridCode} AS "gridCode" FROM ${buildings} ${b} WHERE ${b.code} IN ${inList(codes.buildings)} AND ${inScope}`,
    );
    for (const row of rows) buildingGrids.set(row.code, row.gridCode);
  }
  const addressBuildings = await lookup(addresses, codes.addresses);
  const houseBuildings = await lookup(houses, codes.houses);
  // Keys are unique district-wide, so they are looked up outside the jurisdiction too (the reason names no place).
  const { table, key } = registers[kind];
  const existing = codes.keys.length === 0 ? [] : await queryRows<{ k: string }>(
    t, sql`SELECT ${key} AS k FROM ${table} WHERE ${key} IN ${inList(codes.keys)}`,
  );
  return { buildings: buildingGrids, addresses: addressBuildings, houses: houseBuildings, existingKeys: new Set(existing.map((row) => row.k)) };
}

/** GeoJSON rows whose point lies outside the grid of their building (PostGIS; on the boundary counts as inside). */
async function findPointsOutsideGrid(t: Db, rows: readonly AcceptedRow<RegistryKind>[]): Promise<RegistryProblem[]> {
  const located = rows.filter((r) => r.point).map((r) => ({ row: r.row, lng: r.point![0], lat: r.point![1], grid: r.gridCode, building: r.buildingCode }));
  if (located.length === 0) return [];
  const outside = await queryRows<{ row: number; grid: string; building: string }>(
    t,
    sql`SELECT x.row, x.grid, x.building FROM json_to_recordset(${JSON.stringify(located)}::json) AS x("row" int, lng float8, lat float8, grid text, building text)
      JOIN ${grids} ${g} ON ${g.code} = x.grid WHERE NOT ST_Covers(${g.geom}, ST_SetSRID(ST_MakePoint(x.lng, x.lat), 4326)) ORDER BY x.row`,
  );
  return outside.map((o) => ({ row: Number(o.row), field: 'geometry', code: 'registry_point_outside_grid', params: { grid: o.grid, building: o.building } }));
}

async function writeRows(t: Db, kind: RegistryKind, rows: readonly AcceptedRow<RegistryKind>[], now: string) {
  const { table, fields } = registers[kind];
  type Written = { column: AnyColumn; type: JsonColumn['type']; value: (r: AcceptedRow<RegistryKind>) => unknown };
  // The file's columns, then where the record stands (the row's building; a resident's grid too) and its verification.
  const written: Written[] = [
    ...Object.entries(fields).map(([field, [column, type]]): Written => ({ column, type, value: (r) => (r.values as Record<string, unknown>)[field] })),
    ...(kind === 'residents' ? [{ column: residents.gridCode, type: 'text', value: (r) => r.gridCode } satisfies Written] : []),
    { column: table.buildingCode, type: 'text', value: (r) => r.buildingCode },
    { column: table.verifiedAt, type: 'timestamptz', value: () => now },
    { column: table.isDemo, type: 'bool', value: () => false },
  ];
  await insertJsonRows(t, getTableName(table), written.map((w) => ({ name: w.column.name, type: w.type })),
    rows.map((r) => Object.fromEntries(written.map((w) => [w.column.name, w.value(r)]))), CHUNK);
  if (kind !== 'houses') return;
  // Residents registered before their house was: they now live in it.
  for (let i = 0; i < rows.length; i += CHUNK) {
    const codes = rows.slice(i, i + CHUNK).map((r) => (r.values as Record<string, string>).code);
    await t.execute(sql`UPDATE ${residents} ${res} SET ${bare(res.houseCode)} = ${h.code} FROM ${houses} ${h}
      WHERE ${h.code} IN ${inList(codes)} AND ${res.buildingCode} = ${h.buildingCode} AND ${res.houseNumber} = ${h.number} AND ${res.houseCode} IS NULL`);
  }
}

/** The PostgreSQL error inside a driver's or Drizzle's wrapper (both engines put code and detail on it). */
function findPgError(err: unknown): { code: string; message: string; detail?: string } | null {
  for (let e = err as { code?: unknown; cause?: unknown; message?: string; detail?: string } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return { code: e.code, message: e.message ?? '', detail: e.detail };
  }
  return null;
}
