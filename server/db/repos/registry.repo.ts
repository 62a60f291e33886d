import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../core/contracts/auth';
import {
  FRESH_DAYS, type BuildingFreshness, type FreshnessAnswer, type FreshnessCounts, type GridFreshness, type NewVisit, type RegistryBuilding,
  type VerificationVisit,
} from '../../../core/contracts/registry';
import { maskHouseNumber, maskIdNumber, maskName, maskPhone } from '../../../core/privacy/mask';
import { summariseFreshness } from '../../../core/registry';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { findGridMeasures, isCurrentResident } from './measures.repo';
import { isFresh, isoText, localToday } from './registry-sql';
import { listTasks } from './registry-tasks.repo';


type CountsRow = { [K in keyof FreshnessCounts]: number };
const countColumns = `buildings buildingsVerified buildingsWithAddress addresses addressesVerified residents residentsVerified floating
  houses housesVerified rented vacant organisations organisationsVerified`.split(/\s+/) as (keyof FreshnessCounts)[];

/**
 * The 一标三实 counts per key (a grid's code or a building's code) of the buildings `where` selects (alias b):
 * one grouped pass over each register. Residents who moved out are not counted.
 */
function countsSql(key: 'grid' | 'building', where: SQL): SQL {
  const k = key === 'grid' ? sql`b.grid_code` : sql`b.code`;
  const per = (table: string, alias: string, extra: SQL, more: SQL = sql``) => sql`
    SELECT ${k} AS key, count(*)::int AS n, count(*) FILTER (WHERE ${isFresh(sql.raw(`${alias}.verified_at`))})::int AS v ${more}
    FROM ${sql.raw(`${table} ${alias}`)} JOIN buildings b ON b.code = ${sql.raw(`${alias}.building_code`)} WHERE ${where} ${extra} GROUP BY 1`;
  return sql`
    WITH bc AS (
      SELECT ${k} AS key, count(*)::int AS n, count(*) FILTER (WHERE ${isFresh(sql`b.verified_at`)})::int AS v,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM addresses a WHERE a.building_code = b.code))::int AS with_address
      FROM buildings b WHERE ${where} GROUP BY 1),
    ac AS (${per('addresses', 'a', sql``)}),
    rc AS (${per('residents', 'r', sql`AND ${isCurrentResident('r')}`, sql`, count(*) FILTER (WHERE r.kind = 'floating')::int AS floating`)}),
    hc AS (${per('houses', 'h', sql``, sql`, count(*) FILTER (WHERE h.use = 'rented')::int AS rented, count(*) FILTER (WHERE h.use = 'vacant')::int AS vacant`)}),
    oc AS (${per('organisations', 'o', sql``)})
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
  const rows = await queryRows(db, sql`SELECT 1 FROM grids g WHERE g.code = ${gridCode} AND ${gridInScope(sql`g.code`, scope)}`);
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
      sql`WITH counts AS (${countsSql('grid', gridInScope(sql`b.grid_code`, scope))}),
        tasks AS (SELECT grid_code, count(*) FILTER (WHERE status = 'open')::int AS open,
            count(*) FILTER (WHERE status = 'open' AND due_on < ${localToday})::int AS overdue
          FROM collection_tasks t WHERE ${gridInScope(sql`t.grid_code`, scope)} GROUP BY grid_code)
        SELECT g.code AS "gridCode", g.name, counts.*, COALESCE(tasks.open, 0) AS "openTasks", COALESCE(tasks.overdue, 0) AS "overdueTasks"
        FROM grids g LEFT JOIN counts ON counts.key = g.code LEFT JOIN tasks ON tasks.grid_code = g.code
        WHERE ${gridInScope(sql`g.code`, scope)} ORDER BY g.code`,
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
  const rows = await queryRows<Partial<CountsRow> & Pick<BuildingFreshness, 'buildingCode' | 'name' | 'compoundName' | 'verifiedAt' | 'lastVisitAt' | 'openTasks'>>(
    db,
    sql`WITH counts AS (${countsSql('building', sql`b.grid_code = ${gridCode}`)})
      SELECT b.code AS "buildingCode", b.name, c.name AS "compoundName", ${isoText(sql`b.verified_at`)} AS "verifiedAt", counts.*,
        (SELECT ${isoText(sql`max(v.visited_at)`)} FROM verification_visits v WHERE v.building_code = b.code) AS "lastVisitAt",
        (SELECT count(*)::int FROM collection_tasks t WHERE t.building_code = b.code AND t.status = 'open') AS "openTasks"
      FROM buildings b JOIN compounds c ON c.code = b.compound_code LEFT JOIN counts ON counts.key = b.code
      WHERE b.grid_code = ${gridCode} ORDER BY b.code`,
  );
  return {
    level: 'buildings', freshDays: FRESH_DAYS, gridCode,
    rows: rows.map((r): BuildingFreshness => ({
      buildingCode: r.buildingCode, name: r.name, compoundName: r.compoundName, verifiedAt: r.verifiedAt, lastVisitAt: r.lastVisitAt,
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
  const [b] = await queryRows<Omit<RegistryBuilding, 'addresses' | 'houses' | 'organisations' | 'residents' | 'visits' | 'openTasks'>>(
    db,
    sql`SELECT b.code, b.name, b.grid_code AS "gridCode", c.name AS "compoundName", b.households, ${isoText(sql`b.verified_at`)} AS "verifiedAt"
      FROM buildings b JOIN compounds c ON c.code = b.compound_code WHERE b.code = ${code} AND ${gridInScope(sql`b.grid_code`, scope)}`,
  );
  if (!b) return null;
  const addresses = await queryRows<RegistryBuilding['addresses'][number]>(
    db, sql`SELECT code, label, ${isoText(sql`verified_at`)} AS "verifiedAt" FROM addresses WHERE building_code = ${code} ORDER BY code`,
  );
  const houses = await queryRows<RegistryBuilding['houses'][number]>(
    db,
    sql`SELECT code, address_code AS "addressCode", number, use, rental_start::text AS "rentalStart", rental_end::text AS "rentalEnd",
        ${isoText(sql`verified_at`)} AS "verifiedAt" FROM houses WHERE building_code = ${code} ORDER BY code`,
  );
  const organisations = await queryRows<RegistryBuilding['organisations'][number]>(
    db,
    sql`SELECT code, name, kind, address_code AS "addressCode", contact, ${isoText(sql`verified_at`)} AS "verifiedAt"
      FROM organisations WHERE building_code = ${code} ORDER BY code`,
  );
  const residents = await queryRows<RegistryBuilding['residents'][number]>(
    db,
    sql`SELECT id, name, id_number AS "idNumber", phone, house_number AS "houseNumber", house_code AS "houseCode", kind,
        moved_in_on::text AS "movedInOn", ${isoText(sql`verified_at`)} AS "verifiedAt"
      FROM residents WHERE building_code = ${code} AND moved_out_on IS NULL ORDER BY house_code, id`,
  );
  return {
    ...b,
    households: Number(b.households),
    addresses,
    houses,
    organisations: organisations.map((o) => ({ ...o, contact: unmasked ? o.contact : maskPhone(o.contact) })),
    residents: residents.map((r) => ({
      ...r, name: maskName(r.name)!, idNumber: maskIdNumber(r.idNumber)!, phone: maskPhone(r.phone), houseNumber: maskHouseNumber(r.houseNumber)!,
      houseCode: r.houseCode && r.houseCode.replace(/-[^-]+$/, '-****'), masked: true as const,
    })),
    visits: await findVisits(db, code, 10),
    openTasks: await listTasks(db, { building: code, status: 'open' }, scope),
  };
}

const visitColumns = sql`id::int AS id, building_code AS "buildingCode", grid_code AS "gridCode", ${isoText(sql`visited_at`)} AS "visitedAt",
  by_username AS "byUsername", task_id::text AS "taskId", residents_checked AS "residentsChecked", houses_checked AS "housesChecked",
  organisations_checked AS "organisationsChecked", notes`;

/** The latest visits of a building, newest first. */
export async function findVisits(db: Db, buildingCode: string, limit: number): Promise<VerificationVisit[]> {
  return queryRows<VerificationVisit>(
    db, sql`SELECT ${visitColumns} FROM verification_visits WHERE building_code = ${buildingCode} ORDER BY visited_at DESC, id DESC LIMIT ${limit}`,
  );
}

export type VisitOutcome =
  | { ok: true; visit: VerificationVisit }
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
 */
export async function recordVisit(db: Db, v: NewVisit, scope: Scope, username: string): Promise<VisitOutcome> {
  try {
    return await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      const at = v.visitedAt ?? new Date().toISOString();
      const [b] = await queryRows<{ grid_code: string; future: boolean }>(
        t,
        sql`SELECT grid_code, ${at}::timestamptz > now() + interval '5 minutes' AS future FROM buildings b
          WHERE b.code = ${v.buildingCode} AND ${gridInScope(sql`b.grid_code`, scope)} FOR UPDATE`,
      );
      if (!b) throw new VisitRefused('building_not_found');
      if (b.future) throw new VisitRefused('in_future');
      if (v.taskId) await claimTask(t, v.taskId, v.buildingCode, b.grid_code, scope);
      const touch = (table: string, extra: SQL = sql``) => queryRows<{ n: number }>(
        t,
        sql`WITH u AS (UPDATE ${sql.raw(table)} SET verified_at = GREATEST(verified_at, ${at}::timestamptz)
          WHERE building_code = ${v.buildingCode} ${extra} RETURNING 1) SELECT count(*)::int AS n FROM u`,
      ).then(([r]) => Number(r.n));
      await t.execute(sql`UPDATE buildings SET verified_at = GREATEST(verified_at, ${at}::timestamptz) WHERE code = ${v.buildingCode}`);
      await touch('addresses');
      const residents = await touch('residents', sql`AND moved_out_on IS NULL`);
      const houses = await touch('houses');
      const organisations = await touch('organisations');
      const [visit] = await queryRows<VerificationVisit>(
        t,
        sql`INSERT INTO verification_visits (building_code, grid_code, visited_at, by_username, task_id, residents_checked, houses_checked, organisations_checked, notes)
          VALUES (${v.buildingCode}, ${b.grid_code}, ${at}::timestamptz, ${username}, ${v.taskId ?? null}, ${residents}, ${houses}, ${organisations}, ${v.notes})
          RETURNING ${visitColumns}`,
      );
      if (v.taskId) await t.execute(sql`UPDATE collection_tasks SET status = 'done', done_at = ${at}::timestamptz WHERE id = ${v.taskId}`);
      return { ok: true as const, visit: { ...visit, id: Number(visit.id) } };
    });
  } catch (err) {
    if (err instanceof VisitRefused) return { ok: false, reason: err.reason };
    throw err;
  }
}

async function claimTask(t: Db, taskId: string, buildingCode: string, gridCode: string, scope: Scope) {
  const [task] = await queryRows<{ status: string; building_code: string | null; grid_code: string }>(
    t, sql`SELECT status, building_code, grid_code FROM collection_tasks c WHERE id = ${taskId} AND ${gridInScope(sql`c.grid_code`, scope)} FOR UPDATE`,
  );
  if (!task) throw new VisitRefused('task_not_found');
  if (task.status !== 'open') throw new VisitRefused('task_not_open');
  if (task.building_code ? task.building_code !== buildingCode : task.grid_code !== gridCode) throw new VisitRefused('task_elsewhere');
}
