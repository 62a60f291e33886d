import { and, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { alias, type PgTable } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../core/contracts/auth';
import {
  FRESH_DAYS, type BuildingFreshness, type FreshnessAnswer, type FreshnessCounts, type GridFreshness, type NewVisit, type RegistryBuilding,
  type VerificationVisit,
} from '../../../core/contracts/registry';
import { maskHouseNumber, maskIdNumber, maskName, maskPhone } from '../../../core/privacy/mask';
import { summariseFreshness } from '../../../core/registry';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { addresses, buildings, collectionTasks, compounds, grids, houses, organisations, residents, verificationVisits } from '../schema';
import { buildingLabel } from './building-label-sql';
import { authorNameOf } from './author-name-sql';
import { findGridMeasures, isCurrentResident } from './measures.repo';
import { isFresh, isoText, localToday } from './registry-sql';
import { listTasks } from './registry-tasks.repo';
import { bare } from './sql-refs';

const b = alias(buildings, 'b');
const c = alias(compounds, 'c');
const g = alias(grids, 'g');
const ct = alias(collectionTasks, 't');
const v = alias(verificationVisits, 'v');
// The alias "r" is the one isCurrentResident names.
const r = alias(residents, 'r');
const a = alias(addresses, 'a');
const h = alias(houses, 'h');
const o = alias(organisations, 'o');

/** A register: a table whose records hang from a building and carry their verification time. */
type Register = PgTable & { buildingCode: AnyColumn; verifiedAt: AnyColumn };

type CountsRow = { [K in keyof FreshnessCounts]: number };
const countColumns = `buildings buildingsVerified buildingsWithAddress addresses addressesVerified residents residentsVerified floating
  houses housesVerified rented vacant organisations organisationsVerified`.split(/\s+/) as (keyof FreshnessCounts)[];

/**
 * The 一标三实 counts per key (a grid's code or a building's code) of the buildings `where` selects (alias b):
 * one grouped pass over each register. Residents who moved out are not counted.
 */
function countsSql(key: 'grid' | 'building', where: SQL): SQL {
  const k = key === 'grid' ? b.gridCode : b.code;
  const per = (table: PgTable, x: Register, extra: SQL, more: SQL = sql``) => sql`
    SELECT ${k} AS key, count(*)::int AS n, count(*) FILTER (WHERE ${isFresh(x.verifiedAt)})::int AS v ${more}
    FROM ${table} ${x} JOIN ${buildings} ${b} ON ${b.code} = ${x.buildingCode} WHERE ${where} ${extra} GROUP BY 1`;
  return sql`
    WITH bc AS (
      SELECT ${k} AS key, count(*)::int AS n, count(*) FILTER (WHERE ${isFresh(b.verifiedAt)})::int AS v,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ${addresses} ${a} WHERE ${a.buildingCode} = ${b.code}))::int AS with_address
      FROM ${buildings} ${b} WHERE ${where} GROUP BY 1),
    ac AS (${per(addresses, a, sql``)}),
    rc AS (${per(residents, r, sql`AND ${isCurrentResident('r')}`, sql`, count(*) FILTER (WHERE ${r.kind} = 'floating')::int AS floating`)}),
    hc AS (${per(houses, h, sql``, sql`, count(*) FILTER (WHERE ${h.use} = 'rented')::int AS rented, count(*) FILTER (WHERE ${h.use} = 'vacant')::int AS vacant`)}),
    oc AS (${per(organisations, o, sql``)})
    SELECT bc.key, bc.n AS "buildings", bc.v AS "buildingsVerified", bc.with_address AS "buildingsWithAddress",
      COALESCE(ac.n, 0) AS "addresses", COALESCE(ac.v, 0) AS "addressesVerified",
      COALESCE(rc.n, 0) AS "residents", COALESCE(rc.v, 0) AS "residentsVerified", COALESCE(rc.floating, 0) AS "floating",
      COALESCE(hc.n, 0) AS "houses", COALESCE(hc.v, 0) AS "housesVerified", COALESCE(hc.rented, 0) AS "rented", COALESCE(hc.vacant, 0) AS "vacant",
      COALESCE(oc.n, 0) AS "organisations", COALESCE(oc.v, 0) AS "organisationsVerified"
    FROM bc LEFT JOIN ac ON ac.key = bc.key LEFT JOIN rc ON rc.key = bc.key LEFT JOIN hc ON hc.key = bc.key LEFT JOIN oc ON oc.key = bc.key`;
}

/** The counts of a row (null when the key had no buildings) as numbers, with their shares. */
function figures(row: Partial<CountsRow>): FreshnessCounts & ReturnType<typeof summariseFreshness> {
  const counts = Object.fromEntries(countColumns.map((c) => [c, Number(row[c] ?? 0)])) as unknown as FreshnessCounts;
  return { ...counts, ...summariseFreshness(counts) };
}

/** Whether a grid of the published plan lies in the caller's jurisdiction (false also when it does not exist). */
export async function isGridInScope(db: Db, gridCode: string, scope: Scope): Promise<boolean> {
  const rows = await db.select({ one: sql`1` }).from(g).where(and(eq(g.code, gridCode), gridInScope(g.code, scope)));
  return rows.length > 0;
}

/**
 * Freshness per grid of the caller's jurisdiction, or, with `gridCode`, per building of that grid (null when the
 * grid is not in the jurisdiction or does not exist). Open and overdue tasks are counted alongside.
 */
export async function findFreshness(db: Db, scope: Scope, gridCode?: string): Promise<FreshnessAnswer | null> {
  if (gridCode === undefined) {
    // Residents, buildings and their verification are the grid measures every other view shows (issue 12).
    const measures = new Map((await findGridMeasures(db, scope)).map((m) => [m.code, m]));
    const rows = await queryRows<Partial<CountsRow> & { gridCode: string; name: string; openTasks: number; overdueTasks: number }>(
      db,
      sql`WITH counts AS (${countsSql('grid', gridInScope(b.gridCode, scope))}),
        tasks AS (SELECT ${ct.gridCode} AS grid_code, count(*) FILTER (WHERE ${ct.status} = 'open')::int AS open,
            count(*) FILTER (WHERE ${ct.status} = 'open' AND ${ct.dueOn} < ${localToday})::int AS overdue
          FROM ${collectionTasks} ${ct} WHERE ${gridInScope(ct.gridCode, scope)} GROUP BY ${ct.gridCode})
        SELECT ${g.code} AS "gridCode", ${g.name}, counts.*, COALESCE(tasks.open, 0) AS "openTasks", COALESCE(tasks.overdue, 0) AS "overdueTasks"
        FROM ${grids} ${g} LEFT JOIN counts ON counts.key = ${g.code} LEFT JOIN tasks ON tasks.grid_code = ${g.code}
        WHERE ${gridInScope(g.code, scope)} ORDER BY ${g.code}`,
    );
    return {
      level: 'grids', freshDays: FRESH_DAYS,
      rows: rows.map((r): GridFreshness => {
        const m = measures.get(r.gridCode);
        const measured = m && { buildings: m.buildings, buildingsVerified: m.buildingsVerified, residents: m.residents, residentsVerified: m.residentsVerified };
        return { gridCode: r.gridCode, name: r.name, ...figures({ ...r, ...measured }), openTasks: Number(r.openTasks), overdueTasks: Number(r.overdueTasks) };
      }),
    };
  }
  if (!(await isGridInScope(db, gridCode, scope))) return null;
  const rows = await queryRows<Partial<CountsRow> & Pick<BuildingFreshness, 'buildingCode' | 'name' | 'compoundName' | 'label' | 'verifiedAt' | 'lastVisitAt' | 'openTasks'>>(
    db,
    sql`WITH counts AS (${countsSql('building', sql`${b.gridCode} = ${gridCode}`)})
      SELECT ${b.code} AS "buildingCode", ${b.name}, ${c.name} AS "compoundName", ${buildingLabel(c.name, b.name)} AS label, ${isoText(b.verifiedAt)} AS "verifiedAt", counts.*,
        (SELECT ${isoText(sql`max(${v.visitedAt})`)} FROM ${verificationVisits} ${v} WHERE ${v.buildingCode} = ${b.code}) AS "lastVisitAt",
        (SELECT count(*)::int FROM ${collectionTasks} ${ct} WHERE ${ct.buildingCode} = ${b.code} AND ${ct.status} = 'open') AS "openTasks"
      FROM ${buildings} ${b} JOIN ${compounds} ${c} ON ${c.code} = ${b.compoundCode} LEFT JOIN counts ON counts.key = ${b.code}
      WHERE ${b.gridCode} = ${gridCode} ORDER BY ${b.code}`,
  );
  return {
    level: 'buildings', freshDays: FRESH_DAYS, gridCode,
    rows: rows.map((r): BuildingFreshness => ({
      buildingCode: r.buildingCode, name: r.name, compoundName: r.compoundName, label: r.label, verifiedAt: r.verifiedAt, lastVisitAt: r.lastVisitAt,
      ...figures(r), openTasks: Number(r.openTasks),
    })),
  };
}

/**
 * One building's records in the caller's jurisdiction (null otherwise): its standard addresses, houses,
 * organisations, residents not moved out (always masked: unmasking is POST /api/residents/:id/unmask), the last ten
 * visits and its open tasks. Organisation contacts are masked unless `unmasked`.
 */
export async function findRegistryBuilding(db: Db, code: string, scope: Scope, unmasked: boolean): Promise<RegistryBuilding | null> {
  const [building] = await queryRows<Omit<RegistryBuilding, 'addresses' | 'houses' | 'organisations' | 'residents' | 'visits' | 'openTasks'>>(
    db,
    sql`SELECT ${b.code}, ${b.name}, ${b.gridCode} AS "gridCode", ${c.name} AS "compoundName", ${buildingLabel(c.name, b.name)} AS label, ${b.households}, ${isoText(b.verifiedAt)} AS "verifiedAt"
      FROM ${buildings} ${b} JOIN ${compounds} ${c} ON ${c.code} = ${b.compoundCode} WHERE ${b.code} = ${code} AND ${gridInScope(b.gridCode, scope)}`,
  );
  if (!building) return null;
  const addressRows = await queryRows<RegistryBuilding['addresses'][number]>(
    db, sql`SELECT ${a.code}, ${a.label}, ${isoText(a.verifiedAt)} AS "verifiedAt" FROM ${addresses} ${a} WHERE ${a.buildingCode} = ${code} ORDER BY ${a.code}`,
  );
  const houseRows = await queryRows<RegistryBuilding['houses'][number]>(
    db,
    sql`SELECT ${h.code}, ${h.addressCode} AS "addressCode", ${h.number}, ${h.use}, ${h.rentalStart}::text AS "rentalStart", ${h.rentalEnd}::text AS "rentalEnd",
        ${isoText(h.verifiedAt)} AS "verifiedAt" FROM ${houses} ${h} WHERE ${h.buildingCode} = ${code} ORDER BY ${h.code}`,
  );
  const organisationRows = await queryRows<RegistryBuilding['organisations'][number]>(
    db,
    sql`SELECT ${o.code}, ${o.name}, ${o.kind}, ${o.addressCode} AS "addressCode", ${o.contact}, ${isoText(o.verifiedAt)} AS "verifiedAt"
      FROM ${organisations} ${o} WHERE ${o.buildingCode} = ${code} ORDER BY ${o.code}`,
  );
  const residentRows = await queryRows<RegistryBuilding['residents'][number]>(
    db,
    sql`SELECT ${r.id}, ${r.name}, ${r.idNumber} AS "idNumber", ${r.phone}, ${r.houseNumber} AS "houseNumber", ${r.houseCode} AS "houseCode", ${r.kind},
        ${r.movedInOn}::text AS "movedInOn", ${isoText(r.verifiedAt)} AS "verifiedAt"
      FROM ${residents} ${r} WHERE ${r.buildingCode} = ${code} AND ${r.movedOutOn} IS NULL ORDER BY ${r.houseCode}, ${r.id}`,
  );
  return {
    ...building,
    households: Number(building.households),
    addresses: addressRows,
    houses: houseRows,
    organisations: organisationRows.map((row) => ({ ...row, contact: unmasked ? row.contact : maskPhone(row.contact) })),
    residents: residentRows.map((r) => ({
      ...r, name: maskName(r.name)!, idNumber: maskIdNumber(r.idNumber)!, phone: maskPhone(r.phone), houseNumber: maskHouseNumber(r.houseNumber)!,
      houseCode: r.houseCode && r.houseCode.replace(/-[^-]+$/, '-****'), masked: true as const,
    })),
    visits: await findVisits(db, code, 10),
    openTasks: await listTasks(db, { building: code, status: 'open' }, scope),
  };
}

const vv = verificationVisits;
const visitColumns = sql`${vv.id}::int AS id, ${vv.buildingCode} AS "buildingCode", ${vv.gridCode} AS "gridCode", ${isoText(vv.visitedAt)} AS "visitedAt",
  ${vv.byUsername} AS "byUsername", ${authorNameOf(vv.byUsername)} AS "byName", ${vv.taskId}::text AS "taskId", ${vv.residentsChecked} AS "residentsChecked", ${vv.housesChecked} AS "housesChecked",
  ${vv.organisationsChecked} AS "organisationsChecked", ${vv.notes}`;

/** The latest visits of a building, newest first. */
export async function findVisits(db: Db, buildingCode: string, limit: number): Promise<VerificationVisit[]> {
  return queryRows<VerificationVisit>(
    db, sql`SELECT ${visitColumns} FROM ${verificationVisits} WHERE ${vv.buildingCode} = ${buildingCode} ORDER BY ${vv.visitedAt} DESC, ${vv.id} DESC LIMIT ${limit}`,
  );
}

export type VisitOutcome =
  | { ok: true; visit: VerificationVisit; replayed?: true }
  | { ok: false; reason: 'building_not_found' | 'task_not_found' | 'task_not_open' | 'task_elsewhere' | 'in_future' };

/** Thrown inside the transaction so that a refused visit writes nothing. */
class VisitRefused extends Error {
  constructor(readonly reason: Extract<VisitOutcome, { ok: false }>['reason']) {
    super(reason);
  }
}

/**
 * Records a verification visit in one transaction: the building, its standard addresses, its residents not moved
 * out, its houses and organisations are verified at the visit's time (never moved backwards, for a visit entered
 * late), the visit is written with what it checked, and the task given (open, in scope, for this building or its
 * grid) is done. The building must lie in the caller's jurisdiction.
 *
 * A visit the caller already recorded — same building, time, task and notes — is answered with the row stored, and
 * writes nothing: the field app's queue sends a visit again when the answer to the first sending was lost, and a
 * visit has no client-made id (the time the phone fixed when the visit was saved, to the millisecond, is its key).
 */
export async function recordVisit(db: Db, visit: NewVisit, scope: Scope, username: string): Promise<VisitOutcome> {
  try {
    return await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      const at = visit.visitedAt ?? new Date().toISOString();
      const [building] = await t.select({ gridCode: b.gridCode, future: sql<boolean>`${at}::timestamptz > now() + interval '5 minutes'` })
        .from(b).where(and(eq(b.code, visit.buildingCode), gridInScope(b.gridCode, scope))).for('update');
      if (!building) throw new VisitRefused('building_not_found');
      if (building.future) throw new VisitRefused('in_future');
      // Looked for under the building's lock, so a second sending that overtook the first waits for it and finds it.
      const [stored] = await queryRows<VerificationVisit>(
        t,
        sql`SELECT ${visitColumns} FROM ${verificationVisits} WHERE ${vv.buildingCode} = ${visit.buildingCode} AND ${vv.byUsername} = ${username}
          AND ${vv.visitedAt} = ${at}::timestamptz AND ${vv.taskId} IS NOT DISTINCT FROM ${visit.taskId ?? null}::uuid AND ${vv.notes} = ${visit.notes} LIMIT 1`,
      );
      if (stored) return { ok: true as const, visit: { ...stored, id: Number(stored.id) }, replayed: true as const };
      if (visit.taskId) await claimTask(t, visit.taskId, visit.buildingCode, building.gridCode, scope);
      const touch = (register: Register, extra: SQL = sql``) => queryRows<{ n: number }>(
        t,
        sql`WITH u AS (UPDATE ${register} SET ${bare(register.verifiedAt)} = GREATEST(${register.verifiedAt}, ${at}::timestamptz)
          WHERE ${register.buildingCode} = ${visit.buildingCode} ${extra} RETURNING 1) SELECT count(*)::int AS n FROM u`,
      ).then(([row]) => Number(row.n));
      await t.update(buildings).set({ verifiedAt: sql`GREATEST(${buildings.verifiedAt}, ${at}::timestamptz)` }).where(eq(buildings.code, visit.buildingCode));
      await touch(addresses);
      const residentsChecked = await touch(residents, sql`AND ${residents.movedOutOn} IS NULL`);
      const housesChecked = await touch(houses);
      const organisationsChecked = await touch(organisations);
      const cols = [vv.buildingCode, vv.gridCode, vv.visitedAt, vv.byUsername, vv.taskId, vv.residentsChecked, vv.housesChecked, vv.organisationsChecked, vv.notes];
      const [written] = await queryRows<VerificationVisit>(
        t,
        sql`INSERT INTO ${verificationVisits} (${sql.join(cols.map(bare), sql`, `)})
          VALUES (${visit.buildingCode}, ${building.gridCode}, ${at}::timestamptz, ${username}, ${visit.taskId ?? null}, ${residentsChecked}, ${housesChecked},
            ${organisationsChecked}, ${visit.notes})
          RETURNING ${visitColumns}`,
      );
      if (visit.taskId) {
        await t.update(collectionTasks).set({ status: 'done', doneAt: sql`${at}::timestamptz` }).where(eq(collectionTasks.id, visit.taskId));
      }
      return { ok: true as const, visit: { ...written, id: Number(written.id) } };
    });
  } catch (err) {
    if (err instanceof VisitRefused) return { ok: false, reason: err.reason };
    throw err;
  }
}

async function claimTask(t: Db, taskId: string, buildingCode: string, gridCode: string, scope: Scope) {
  const [task] = await t.select({ status: ct.status, buildingCode: ct.buildingCode, gridCode: ct.gridCode })
    .from(ct).where(and(eq(ct.id, taskId), gridInScope(ct.gridCode, scope))).for('update');
  if (!task) throw new VisitRefused('task_not_found');
  if (task.status !== 'open') throw new VisitRefused('task_not_open');
  if (task.buildingCode ? task.buildingCode !== buildingCode : task.gridCode !== gridCode) throw new VisitRefused('task_elsewhere');
}
