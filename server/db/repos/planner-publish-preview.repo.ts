import { sql } from 'drizzle-orm';
import type { GridHandover, NamedGrid, PublishPreview } from '../../../core/contracts/planner';
import type { PersonRole } from '../../../core/contracts/workforce';
import { queryRows, type Db } from '../engine';
import { newGridName } from './planner-move-records.repo';

type Figures = { buildings: number; households: number; residents: number };

/**
 * What publishing changes, read from the temp tables of the publishing transaction (publish_assignment, publish_grids,
 * publish_codes, publish_old, publish_successors, publish_leaders) before anything is written: the preview route
 * and the publication itself both answer it, so the dialog shows what publishing does.
 */
export async function findPublishChanges(t: Db): Promise<PublishPreview> {
  const [figures] = await queryRows<{ total: Figures; changed: Figures }>(t, sql`SELECT
      json_build_object('buildings', count(*), 'households', COALESCE(sum(b.households), 0), 'residents', COALESCE(sum(b.residents), 0)) AS total,
      json_build_object('buildings', count(*) FILTER (WHERE b.grid_code <> pc.code),
        'households', COALESCE(sum(b.households) FILTER (WHERE b.grid_code <> pc.code), 0),
        'residents', COALESCE(sum(b.residents) FILTER (WHERE b.grid_code <> pc.code), 0)) AS changed
    FROM buildings b JOIN publish_assignment a ON a.building_code = b.code JOIN publish_codes pc ON pc.key = a.grid_key`);

  const grids = await queryRows<NamedGrid & { side: 'old' | 'new' | 'both' }>(t, sql`
    SELECT pc.code, ${newGridName(sql`c.short_name`, sql`pc.code`)} AS name,
      CASE WHEN EXISTS (SELECT 1 FROM publish_old o WHERE o.code = pc.code) THEN 'both' ELSE 'new' END AS side
    FROM publish_codes pc JOIN publish_grids pg ON pg.key = pc.key JOIN communities c ON c.code = pg.community_code
    UNION ALL
    SELECT o.code, o.name, 'old' FROM publish_old o WHERE o.code NOT IN (SELECT code FROM publish_codes)
    ORDER BY code`);
  const nameOf = new Map(grids.map((g) => [g.code, g.name]));
  const named = (code: string): NamedGrid => ({ code, name: nameOf.get(code) ?? code });
  const pick = (side: string) => grids.filter((g) => g.side === side).map((g) => named(g.code));

  const handovers = await findHandovers(t, named);
  const [staff] = await queryRows<{ n: number }>(t, sql`SELECT count(*)::int AS n FROM people p
    JOIN buildings b ON b.code = COALESCE(p.building_code, (SELECT min(x.code) FROM buildings x WHERE x.compound_code = p.compound_code))
    JOIN publish_assignment a ON a.building_code = b.code JOIN publish_codes pc ON pc.key = a.grid_key
    WHERE (p.building_code IS NOT NULL OR p.compound_code IS NOT NULL) AND p.grid_code IS DISTINCT FROM pc.code`);
  const leaders = await queryRows<{ code: string; names: string[] | null }>(t, sql`
    SELECT pc.code, (SELECT json_agg(p.name ORDER BY l.rank) FROM publish_leaders l JOIN people p ON p.id = l.leader_id WHERE l.code = pc.code) AS names
    FROM publish_codes pc ORDER BY pc.code`);

  return {
    changed: numbers(figures.changed),
    total: numbers(figures.total),
    added: pick('new'),
    removed: pick('old'),
    kept: pick('both'),
    handovers,
    staffWithBuildings: Number(staff.n),
    leaderless: leaders.filter((l) => !l.names?.length).map((l) => named(l.code)),
    sharedLeadership: leaders.filter((l) => (l.names?.length ?? 0) > 1).map((l) => ({ grid: named(l.code), leaders: l.names! })),
    undecided: handovers.filter((h) => h.to === null && carriesAnything(h)),
  };
}

const numbers = (f: Figures | string): Figures => {
  const o = typeof f === 'string' ? (JSON.parse(f) as Figures) : f;
  return { buildings: Number(o.buildings), households: Number(o.households), residents: Number(o.residents) };
};
const parsed = <T>(v: T | string | null): T | null => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

const carriesAnything = (h: GridHandover) => h.people.length + h.accounts.length + h.meetings + h.workRecords + h.tasks > 0;

interface HandoverRow {
  old_code: string;
  new_code: string | null;
  retired: boolean;
  households: number;
  shared: number;
  people: { id: string; name: string; role: PersonRole }[] | string | null;
  accounts: { username: string; displayName: string }[] | string | null;
  meetings: number;
  work: number;
  tasks: number;
  grades: number;
}

/** Every replaced grid whose successor is another grid (or none), with what follows it, by name. */
async function findHandovers(t: Db, named: (code: string) => NamedGrid): Promise<GridHandover[]> {
  const rows = await queryRows<HandoverRow>(t, sql`
    SELECT s.old_code, s.new_code, s.old_code NOT IN (SELECT code FROM publish_codes) AS retired, o.households, s.households AS shared,
      (SELECT json_agg(json_build_object('id', p.id, 'name', p.name, 'role', p.role) ORDER BY p.role, p.id) FROM people p
        WHERE p.grid_code = s.old_code AND p.building_code IS NULL AND p.compound_code IS NULL) AS people,
      (SELECT json_agg(json_build_object('username', u.username, 'displayName', u.display_name) ORDER BY u.username) FROM users u
        WHERE u.scope_kind = 'grids' AND u.scope_codes ? s.old_code) AS accounts,
      (SELECT count(*)::int FROM meetings m WHERE m.grid_code = s.old_code) AS meetings,
      (SELECT count(*)::int FROM activities x WHERE x.grid_code = s.old_code) AS work,
      (SELECT count(*)::int FROM collection_tasks x WHERE x.grid_code = s.old_code) AS tasks,
      (SELECT count(*)::int FROM assessments x WHERE x.grid_code = s.old_code) AS grades
    FROM publish_successors s JOIN publish_old o ON o.code = s.old_code
    WHERE s.new_code IS NULL OR s.new_code <> s.old_code
    ORDER BY s.old_code`);
  return rows.map((r) => ({
    from: named(r.old_code),
    to: r.new_code === null ? null : named(r.new_code),
    retired: Boolean(r.retired),
    households: Number(r.households),
    sharedHouseholds: Number(r.shared),
    people: parsed(r.people) ?? [],
    accounts: parsed(r.accounts) ?? [],
    meetings: Number(r.meetings),
    workRecords: Number(r.work),
    tasks: Number(r.tasks),
    assessmentsKept: Number(r.grades),
  }));
}
