import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDraft, PlannerUnits, PublishPreview, PublishResult } from '../../core/contracts/planner';
import type { GridPage } from '../../core/contracts/workforce';
import { checkAssignment } from '../../core/redistrict';
import { queryRows, type Database, type Db } from '../../server/db/engine';
import { autoAssignment } from '../support/planner-helpers';
import { loginTo, openScratchDatabase, type TestApp, type TestClient } from '../support/test-database';

// Publishing renumbers grids that every other test file relies on: these run on a database of their own.
let database: Database;
let db: Db;
let app: TestApp;
let planner: TestClient;
let units: PlannerUnits;
const street = '511703005'; // 明月江街道: one community, the smallest street
beforeAll(async () => {
  ({ database, app } = await openScratchDatabase('publish'));
  db = database.db;
  planner = await loginTo(app, 'planner');
  units = (await (await planner.request(`/api/planner/units?street=${street}`)).json()) as PlannerUnits;
}, 600_000); // seeding a database of its own takes minutes on a busy machine
afterAll(async () => {
  await database?.close();
});

const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const count = async (query: ReturnType<typeof sql>) => Number((await queryRows<{ n: number }>(db, query))[0].n);
async function saveDraft(assignment: Record<string, string>, docking: Record<string, string> = {}, areaCode = street): Promise<PlanDraft> {
  const res = await planner.request('/api/planner/drafts', json('POST', { name: '明月江重划', areaKind: 'street', areaCode, band: [300, 500], assignment, docking }));
  expect(res.status).toBe(201);
  return (await res.json()) as PlanDraft;
}
const communities = () => [...new Set(units.units.features.map((f) => f.properties.communityCode))];

describe('publishing a grid plan', () => {
  it('refuses a plan that splits a compound or leaves a building out, and changes nothing', async () => {
    const before = await count(sql`SELECT count(*)::int AS n FROM grids`);
    const history = await count(sql`SELECT count(*)::int AS n FROM grid_history`);
    const assignment = autoAssignment(units, [300, 500]);
    const compound = units.units.features.find((f) => units.units.features.filter((g) => g.properties.compoundCode === f.properties.compoundCode).length > 1)!;
    const sibling = units.units.features.find((f) => f.properties.compoundCode === compound.properties.compoundCode && f.properties.code !== compound.properties.code)!;
    const other = Object.values(assignment).find((k) => k !== assignment[sibling.properties.code])!;
    const split = { ...assignment, [compound.properties.code]: other };
    const draft = await saveDraft(split);
    const res = await planner.request(`/api/planner/drafts/${draft.id}/publish`, { method: 'POST' });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { message: string; problems: { kind: string; code: string; message: string }[] };
    expect(body.problems.map((p) => p.kind)).toContain('compound');
    // Worded in Chinese by default, the compound by its name rather than its code (issue 12).
    const [named] = await queryRows<{ name: string }>(db, sql`SELECT name FROM compounds WHERE code = ${compound.properties.compoundCode}`);
    const problem = body.problems.find((p) => p.kind === 'compound')!;
    expect(problem.code).toBe('plan_compound_split');
    expect(problem.message).toMatch(new RegExp(`^小区${named.name}被分到了多个网格：`));
    expect(problem.message).not.toContain(compound.properties.compoundCode);
    const english = await planner.request(`/api/planner/drafts/${draft.id}/publish`, { method: 'POST', headers: { 'accept-language': 'en' } });
    const englishProblem = ((await english.json()) as typeof body).problems.find((p) => p.kind === 'compound')!;
    expect(englishProblem.message).toMatch(new RegExp(`^compound ${named.name} is split between `));
    const missing = { ...assignment };
    delete missing[compound.properties.code];
    const draft2 = await saveDraft(missing);
    const res2 = await planner.request(`/api/planner/drafts/${draft2.id}/publish`, { method: 'POST' });
    expect(res2.status).toBe(422);
    expect(((await res2.json()) as { problems: { kind: string }[] }).problems.map((p) => p.kind)).toContain('coverage');
    expect(await count(sql`SELECT count(*)::int AS n FROM grids`)).toBe(before);
    expect(await count(sql`SELECT count(*)::int AS n FROM grid_history`)).toBe(history);
    expect((await (await planner.request(`/api/planner/drafts/${draft.id}`)).json()) as PlanDraft).toMatchObject({ status: 'draft' });
  });

  it('publishes an auto-redistricted street: numbered codes, exact tiling, records moved, beats docked, history kept, audited, announced', async () => {
    const oldGrids = await queryRows<{ code: string }>(db, sql`SELECT code FROM grids WHERE street_code = ${street} ORDER BY code`);
    const residents = await count(sql`SELECT count(*)::int AS n FROM residents r JOIN grids g ON g.code = r.grid_code WHERE g.street_code = ${street}`);
    const assignment = autoAssignment(units, [300, 500]);
    const draft = await saveDraft(assignment);
    const res = await planner.request(`/api/planner/drafts/${draft.id}/publish`, { method: 'POST' });
    expect(res.status).toBe(200);
    const result = (await res.json()) as PublishResult;
    const keys = new Set(Object.values(assignment));
    expect(result.grids).toBe(keys.size);
    expect(Object.keys(result.codes).sort()).toEqual([...keys].sort());
    for (const code of Object.values(result.codes)) expect(code).toMatch(new RegExp(`^(${communities().join('|')})\\d{3}$`));
    expect(result.warnings.filter((w) => w.includes('户，不在'))).toEqual([]);

    const grids = await queryRows<{ code: string; households: number; plan_id: string }>(
      db,
      sql`SELECT code, households, plan_id::text AS plan_id FROM grids WHERE street_code = ${street} ORDER BY code`,
    );
    expect(grids.map((g) => g.code)).toEqual(Object.values(result.codes).sort());
    expect(grids.every((g) => g.plan_id === draft.id && g.households >= 300 && g.households <= 500)).toBe(true);
    // A grid's page knows the band it was planned to, to say so when the grid leaves it.
    const commander = await loginTo(app, 'commander');
    const page = (await (await commander.request(`/api/grids/${grids[0].code}/page`)).json()) as GridPage;
    expect(page.grid.householdBand).toEqual({ min: 300, max: 500 });
    // Named by the community's short name ("梧桐梁社区第1网格"), never the committee's ("…社区居民委员会第1网格").
    const names = await queryRows<{ name: string; short: string }>(
      db,
      sql`SELECT g.name, c.short_name AS short FROM grids g JOIN communities c ON c.code = g.community_code WHERE g.street_code = ${street}`,
    );
    expect(names.filter((n) => !/^.+第\d+网格$/.test(n.name) || !n.name.startsWith(n.short) || n.name.includes('委员会'))).toEqual([]);
    // Tiling, proved as the seed's test does: inside the community (to 1e-9° ≈ 0.1 mm: the grids' boundary
    // vertices are computed intersections), no shared interior, equal area.
    expect(await count(sql`SELECT count(*)::int AS n FROM grids g JOIN communities c ON c.code = g.community_code WHERE g.street_code = ${street} AND NOT ST_CoveredBy(g.geom, ST_Buffer(c.geom, 1e-9))`)).toBe(0);
    expect(await count(sql`SELECT count(*)::int AS n FROM grids a JOIN grids b ON a.code < b.code AND a.geom && b.geom WHERE a.street_code = ${street} AND ST_Relate(a.geom, b.geom, '2********')`)).toBe(0);
    const [area] = await queryRows<{ c: number; g: number }>(
      db,
      sql`SELECT (SELECT sum(ST_Area(geom::geography)) FROM communities WHERE street_code = ${street} AND code IN (SELECT community_code FROM grids)) AS c,
                 (SELECT sum(ST_Area(geom::geography)) FROM grids WHERE street_code = ${street}) AS g`,
    );
    expect(Math.abs(Number(area.c) - Number(area.g))).toBeLessThan(1);
    // Every building in exactly one grid: its own.
    expect(await count(sql`SELECT count(*)::int AS n FROM buildings b JOIN grids g ON g.code = b.grid_code WHERE g.street_code = ${street} AND NOT ST_Covers(g.geom, ST_PointOnSurface(b.geom))`)).toBe(0);
    expect(await count(sql`SELECT count(*)::int AS n FROM residents r JOIN grids g ON g.code = r.grid_code WHERE g.street_code = ${street}`)).toBe(residents);
    expect(await count(sql`SELECT count(*)::int AS n FROM incidents i JOIN grids g ON g.code = i.grid_code WHERE g.street_code = ${street} AND NOT ST_Covers(g.geom, i.geom)`)).toBe(0);
    expect(await count(sql`SELECT count(*)::int AS n FROM disputes d JOIN grids g ON g.code = d.grid_code JOIN beat_grids bg ON bg.grid_code = g.code
      WHERE g.street_code = ${street} AND (NOT ST_Covers(g.geom, d.geom) OR d.beat_code IS DISTINCT FROM bg.beat_code OR d.community_code IS DISTINCT FROM g.community_code)`)).toBe(0);
    // Docking: each new grid in one beat, each touched beat the union of its grids.
    expect(await count(sql`SELECT count(*)::int AS n FROM grids g LEFT JOIN beat_grids bg ON bg.grid_code = g.code WHERE g.street_code = ${street} AND bg.beat_code IS NULL`)).toBe(0);
    expect(await count(sql`SELECT count(*)::int AS n FROM beats b WHERE NOT ST_IsEmpty(b.geom) AND abs(ST_Area(b.geom::geography) - (SELECT sum(ST_Area(g.geom::geography)) FROM beat_grids bg JOIN grids g ON g.code = bg.grid_code WHERE bg.beat_code = b.code)) > 1`)).toBe(0);
    // History, audit, live event.
    const history = await queryRows<{ code: string }>(db, sql`SELECT code FROM grid_history WHERE superseded_by = ${draft.id} ORDER BY code`);
    expect(history.map((h) => h.code)).toEqual(oldGrids.map((g) => g.code));
    expect(await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'publish_grid_plan' AND username = 'planner' AND outcome = 'success' AND records ? ${draft.id}`)).toBe(1);
    expect(await count(sql`SELECT count(*)::int AS n FROM live_events WHERE kind = 'plan' AND payload->>'planId' = ${draft.id}`)).toBe(1);
    const plan = (await (await planner.request(`/api/planner/drafts/${draft.id}`)).json()) as PlanDraft;
    expect(plan).toMatchObject({ status: 'published', publishedBy: 'planner' });
    expect(Object.keys(plan.docking).sort()).toEqual([...keys].sort());
    // Published plans are history: no second publication, no edit.
    expect((await planner.request(`/api/planner/drafts/${draft.id}/publish`, { method: 'POST' })).status).toBe(409);
    expect((await planner.request(`/api/planner/drafts/${draft.id}`, json('PUT', { name: 'x', areaKind: 'street', areaCode: street, band: [300, 500], assignment }))).status).toBe(409);
  });

  it('archives the street’s previous plan when the street is published again', async () => {
    const fresh = (await (await planner.request(`/api/planner/units?street=${street}`)).json()) as PlannerUnits;
    const previous = fresh.publishedPlanId;
    const draft = await saveDraft(autoAssignment(fresh, [300, 500], 11));
    expect((await planner.request(`/api/planner/drafts/${draft.id}/publish`, { method: 'POST' })).status).toBe(200);
    const old = (await (await planner.request(`/api/planner/drafts/${previous}`)).json()) as PlanDraft;
    expect(old.status).toBe('archived');
    expect(await count(sql`SELECT count(*)::int AS n FROM grids`)).toBeGreaterThan(150);
  });

  it('gives a grid drawn anew no code a grid had before: that grid’s grades stay under it, not the new one’s', async () => {
    // Merge two neighbouring grids (the first goes on, the second's code retires), then split them again.
    const fresh = (await (await planner.request(`/api/planner/units?street=${street}`)).json()) as PlannerUnits;
    const gridOf = new Map(fresh.units.features.map((f) => [f.properties.code, f.properties.gridCode]));
    const [a, b] = fresh.adjacency.map(([x, y]) => [gridOf.get(x)!, gridOf.get(y)!]).find(([x, y]) => x !== y)!;
    const merged = Object.fromEntries([...gridOf].map(([building, grid]) => [building, grid === b ? a : grid]));
    const first = await planner.request(`/api/planner/drafts/${(await saveDraft(merged)).id}/publish`, { method: 'POST' });
    expect(first.status, JSON.stringify(await first.clone().json()).slice(0, 600)).toBe(200);
    expect(await count(sql`SELECT count(*)::int AS n FROM grids WHERE code = ${b}`)).toBe(0);
    await db.execute(sql`INSERT INTO assessments (grid_code, leader_id, round, grade, total) VALUES (${b}, 'P-retired', '2026-05', 'good', 91)`);

    const split = Object.fromEntries([...gridOf].map(([building, grid]) => [building, grid === b ? 'N001' : grid]));
    const res = await planner.request(`/api/planner/drafts/${(await saveDraft(split)).id}/publish`, { method: 'POST' });
    expect(res.status).toBe(200);
    const code = ((await res.json()) as PublishResult).codes.N001;
    expect(code.slice(0, -3)).toBe(b.slice(0, -3)); // the same community
    expect(code).not.toBe(b);
    expect(await count(sql`SELECT count(*)::int AS n FROM assessments WHERE grid_code = ${code}`)).toBe(0);
  });
});

describe('refusing a plan that changes nothing', () => {
  // The plan in force, read afresh (the tests above publish this street): each building in its grid, each grid on its beat.
  async function planInForce(): Promise<{ assignment: Record<string, string>; docking: Record<string, string> }> {
    const fresh = (await (await planner.request(`/api/planner/units?street=${street}`)).json()) as PlannerUnits;
    const assignment = Object.fromEntries(fresh.units.features.map((f) => [f.properties.code, f.properties.gridCode!]));
    const rows = await queryRows<{ grid: string; beat: string }>(db, sql`SELECT bg.grid_code AS grid, bg.beat_code AS beat FROM beat_grids bg
      JOIN grids g ON g.code = bg.grid_code WHERE g.street_code = ${street}`);
    return { assignment, docking: Object.fromEntries(rows.map((r) => [r.grid, r.beat])) };
  }
  const previewOf = (assignment: Record<string, string>, docking: Record<string, string>, language = 'zh-CN') =>
    planner.request('/api/planner/preview', { ...json('POST', { name: '预览', areaKind: 'street', areaCode: street, band: [300, 500], assignment, docking }), headers: { 'content-type': 'application/json', 'accept-language': language } });

  it('refuses to publish the plan in force again, and changes nothing: no new plan, the draft stays a draft', async () => {
    const { assignment, docking } = await planInForce();
    const draft = await saveDraft(assignment, docking);
    const plans = await count(sql`SELECT count(*)::int AS n FROM grid_plans`);
    const published = await count(sql`SELECT count(*)::int AS n FROM grid_plans WHERE status = 'published'`);
    const res = await planner.request(`/api/planner/drafts/${draft.id}/publish`, { method: 'POST' });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ error: 'plan_unchanged', message: '方案与现行方案相同，没有可发布的改动', problems: [] });
    expect(await count(sql`SELECT count(*)::int AS n FROM grid_plans`)).toBe(plans);
    expect(await count(sql`SELECT count(*)::int AS n FROM grid_plans WHERE status = 'published'`)).toBe(published);
    expect(await count(sql`SELECT count(*)::int AS n FROM grids WHERE street_code = ${street} AND plan_id = ${draft.id}`)).toBe(0);
    expect((await (await planner.request(`/api/planner/drafts/${draft.id}`)).json()) as PlanDraft).toMatchObject({ status: 'draft' });
  });

  it('says so in the preview, in the request’s language, so that the dialog offers nothing to confirm', async () => {
    const { assignment, docking } = await planInForce();
    const res = await previewOf(assignment, docking);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: 'plan_unchanged', message: '方案与现行方案相同，没有可发布的改动', problems: [] });
    const english = await previewOf(assignment, docking, 'en');
    expect(((await english.json()) as { message: string }).message).toBe('the plan is the same as the one in force: there is nothing to publish');
    // As the dialog sends a draft whose docking the planner never accepted: the proposal, which is how the grids are docked now.
    expect((await previewOf(assignment, {})).status).toBe(422);
  });

  /** The plan in force with its first grid docked onto another beat, and that grid and both beats by name. */
  async function redockedPlan() {
    const { assignment, docking } = await planInForce();
    const [grid, beat] = Object.entries(docking)[0];
    const [named] = await queryRows<{ other: string; grid: string; from: string; to: string }>(db, sql`
      SELECT o.code AS other, (SELECT name FROM grids WHERE code = ${grid}) AS grid, (SELECT name FROM beats WHERE code = ${beat}) AS "from", o.name AS "to"
      FROM beats o WHERE o.code <> ${beat} ORDER BY o.code LIMIT 1`);
    return { assignment, docking: { ...docking, [grid]: named.other }, change: { grid: { code: grid, name: named.grid }, from: named.from, to: named.to } };
  }

  it('previews a plan that moves no building but docks one grid onto another beat: that is a change, named with both beats', async () => {
    const { assignment, docking, change } = await redockedPlan();
    const res = await previewOf(assignment, docking);
    expect(res.status, JSON.stringify(await res.clone().json()).slice(0, 400)).toBe(200);
    const preview = (await res.json()) as PublishPreview;
    expect(preview.changed.buildings).toBe(0);
    expect(preview.docking).toEqual([change]);
    // Names as the planner reads them, not codes.
    expect(change.grid.name).toMatch(/社区第\d+网格$/);
    expect(change.from).toMatch(/派出所第\d+警格$/);
    expect(change.to).toMatch(/派出所第\d+警格$/);
  });

  it('publishes a plan whose only change is that one re-docked grid, reporting it, and then refuses the same plan as unchanged', async () => {
    const { assignment, docking, change } = await redockedPlan();
    const draft = await saveDraft(assignment, docking);
    const res = await planner.request(`/api/planner/drafts/${draft.id}/publish`, { method: 'POST' });
    expect(res.status, JSON.stringify(await res.clone().json()).slice(0, 400)).toBe(200);
    const { changes } = (await res.json()) as PublishResult;
    // Nothing else changes, so the one docking change is all that made the plan publishable.
    expect({ changed: changes.changed.buildings, added: changes.added, removed: changes.removed, redrawn: changes.redrawn }).toEqual({ changed: 0, added: [], removed: [], redrawn: [] });
    expect(changes.docking).toEqual([change]);
    expect(await count(sql`SELECT count(*)::int AS n FROM beat_grids bg JOIN beats b ON b.code = bg.beat_code WHERE bg.grid_code = ${change.grid.code} AND b.name = ${change.to}`)).toBe(1);
    // Docked so now, the same plan has no docking change left: it is the plan in force.
    expect((await previewOf(assignment, docking)).status).toBe(422);
  });
});

describe('the words of a refusal', () => {
  it('tells the planner what to do with a grid in pieces, in both languages', async () => {
    // Move a compound into a grid of its community that none of its buildings touches: that grid comes in two pieces.
    const fresh = (await (await planner.request(`/api/planner/units?street=${street}`)).json()) as PlannerUnits;
    const buildings = fresh.units.features.map((f) => f.properties);
    const assignment = Object.fromEntries(buildings.map((b) => [b.code, b.gridCode!]));
    const compoundOf = new Map(buildings.map((b) => [b.code, b.compoundCode]));
    const touching = new Map<string, Set<string>>(); // compound → the grids its buildings touch
    for (const [x, y] of fresh.adjacency) {
      for (const [from, to] of [[x, y], [y, x]]) {
        const set = touching.get(compoundOf.get(from)!) ?? new Set<string>();
        set.add(assignment[to]);
        touching.set(compoundOf.get(from)!, set);
      }
    }
    const moves = buildings.flatMap((b) => buildings
      .filter((g) => g.communityCode === b.communityCode && g.gridCode !== b.gridCode && !touching.get(b.compoundCode)?.has(g.gridCode!))
      .map((g) => ({ compound: b.compoundCode, to: g.gridCode! })));
    expect(moves.length, 'compounds of 明月江街道 that touch some grid of their community not at all').toBeGreaterThan(0);
    const [move] = moves;
    const apart = { ...assignment, ...Object.fromEntries(buildings.filter((b) => b.compoundCode === move.compound).map((b) => [b.code, move.to])) };
    const draft = await saveDraft(apart);
    const problemOf = async (language: string) => {
      const res = await planner.request(`/api/planner/drafts/${draft.id}/publish`, { method: 'POST', headers: { 'accept-language': language } });
      expect(res.status).toBe(422);
      return ((await res.json()) as { problems: { code: string; message: string }[] }).problems.find((p) => p.code === 'plan_grids_in_pieces')?.message;
    };
    expect(await problemOf('zh-CN')).toMatch(/^以下网格不连片：.+；请把分离出去的楼栋移回相邻网格，或撤销最近的改动$/);
    expect(await problemOf('en')).toMatch(/^grid\(s\) in more than one piece: .+; move the buildings cut off back to a neighbouring grid, or undo the last change$/);
  });
});

describe('the outlines a publication draws', () => {
  // Each test publishes a street of its own, so that each starts from the seed's outlines rather than those another drew.
  const sanliping = '511703001'; // 三里坪街道: 74 grids in 12 communities
  const shiban = '511703008'; // 石板街道
  const unitsOf = async (area: string) => (await (await planner.request(`/api/planner/units?street=${area}`)).json()) as PlannerUnits;
  /** The street's grids whose outline differs from the one the publication of `planId` replaced (by more than 0.01 m²). */
  const redrawnBy = async (area: string, planId: string) =>
    (await queryRows<{ code: string }>(db, sql`SELECT g.code FROM grids g JOIN grid_history h ON h.code = g.code AND h.superseded_by = ${planId}
      WHERE g.street_code = ${area} AND NOT (ST_Equals(g.geom, h.geom) OR ST_Area(ST_SymDifference(g.geom, h.geom)::geography) <= 0.01) ORDER BY g.code`)).map((r) => r.code);
  /** Publishes the plan; answers the plan's id and the changes the publication reports (the preview's, computed again). */
  async function publish(area: string, assignment: Record<string, string>, docking: Record<string, string> = {}): Promise<{ planId: string; changes: PublishPreview }> {
    const draft = await saveDraft(assignment, docking, area);
    const res = await planner.request(`/api/planner/drafts/${draft.id}/publish`, { method: 'POST' });
    expect(res.status, JSON.stringify(await res.clone().json()).slice(0, 400)).toBe(200);
    return { planId: draft.id, changes: ((await res.json()) as PublishResult).changes };
  }
  /** What the publish dialog shows before the plan is published (POST /api/planner/preview). */
  async function preview(area: string, assignment: Record<string, string>, docking: Record<string, string> = {}): Promise<PublishPreview> {
    const res = await planner.request('/api/planner/preview', json('POST', { name: '预览', areaKind: 'street', areaCode: area, band: [300, 500], assignment, docking }));
    expect(res.status, JSON.stringify(await res.clone().json()).slice(0, 400)).toBe(200);
    return (await res.json()) as PublishPreview;
  }
  const outlinesOf = (p: PublishPreview) => ({ redrawn: p.redrawn, unchangedOutlines: p.unchangedOutlines });

  it('keeps every grid’s outline when 三里坪街道 is published with no building moved', async () => {
    const units = await unitsOf(sanliping);
    const assignment = Object.fromEntries(units.units.features.map((f) => [f.properties.code, f.properties.gridCode]));
    // One grid docked onto another beat: a plan that changes nothing at all is refused, and no outline depends on the beats.
    const [docked] = await queryRows<{ grid: string; beat: string }>(db, sql`SELECT bg.grid_code AS grid, (SELECT min(code) FROM beats WHERE code <> bg.beat_code) AS beat
      FROM beat_grids bg JOIN grids g ON g.code = bg.grid_code WHERE g.street_code = ${sanliping} ORDER BY bg.grid_code LIMIT 1`);
    const docking = { [docked.grid]: docked.beat };
    // The dialog says so before publishing: no grid redrawn, all 74 unchanged.
    const before = await preview(sanliping, assignment, docking);
    expect(outlinesOf(before)).toEqual({ redrawn: [], unchangedOutlines: 74 });
    const { planId, changes } = await publish(sanliping, assignment, docking);
    expect(outlinesOf(changes)).toEqual(outlinesOf(before));
    expect(await count(sql`SELECT count(*)::int AS n FROM grid_history WHERE superseded_by = ${planId}`)).toBe(74);
    expect(await count(sql`SELECT count(*)::int AS n FROM grids WHERE street_code = ${sanliping} AND plan_id = ${planId}`)).toBe(74);
    expect(await redrawnBy(sanliping, planId)).toEqual([]);
  }, 120_000);

  it('redraws only the two grids between which a compound moves, and they still tile what the two covered', async () => {
    const units = await unitsOf(shiban);
    const buildings = units.units.features.map((f) => f.properties);
    const published = Object.fromEntries(buildings.map((b) => [b.code, b.gridCode!]));
    const byCode = new Map(buildings.map((b) => [b.code, b]));
    // The first compound at a boundary between two grids of its community that can move across it and leave a valid plan.
    const moves = units.adjacency.flatMap(([x, y]) => [[byCode.get(x)!, byCode.get(y)!], [byCode.get(y)!, byCode.get(x)!]])
      .filter(([from, to]) => from.communityCode === to.communityCode && from.gridCode !== to.gridCode);
    const plans = moves.map(([from, to]) => ({
      from: from.gridCode!,
      to: to.gridCode!,
      assignment: { ...published, ...Object.fromEntries(buildings.filter((b) => b.compoundCode === from.compoundCode).map((b) => [b.code, to.gridCode!])) },
    }));
    const check = (assignment: Record<string, string>) =>
      checkAssignment(buildings.map((b) => ({ code: b.code, compoundCode: b.compoundCode, communityCode: b.communityCode })), units.adjacency.map(([x, y]) => [x, y] as const), assignment);
    const movable = plans.filter((p) => Object.values(p.assignment).includes(p.from) && check(p.assignment).length === 0);
    expect(movable.length, 'compounds of 石板街道 that can move to a neighbouring grid').toBeGreaterThan(0);
    const move = movable[0];
    expect(move.from).not.toBe(move.to);

    // The dialog names the two grids it redraws, by their names, and counts the others as unchanged.
    const before = await preview(shiban, move.assignment);
    const gridName = new Map(units.grids.features.map((f) => [f.properties.code, f.properties.name]));
    expect(before.redrawn).toEqual([move.from, move.to].sort().map((code) => ({ code, name: gridName.get(code) })));
    expect(before.unchangedOutlines).toBe(units.grids.features.length - 2);
    // Published only if the geometry checks pass (no overlap, no gap, each building in one grid): publish() expects 200.
    const { planId, changes } = await publish(shiban, move.assignment);
    expect(outlinesOf(changes)).toEqual(outlinesOf(before));
    expect(await count(sql`SELECT count(*)::int AS n FROM grids WHERE street_code = ${shiban}`)).toBeGreaterThan(2);
    expect(await redrawnBy(shiban, planId)).toEqual(before.redrawn.map((g) => g.code));
    const [areas] = await queryRows<{ before: number; after: number; from: number; fromBefore: number }>(db, sql`SELECT
        (SELECT sum(ST_Area(geom::geography)) FROM grid_history WHERE superseded_by = ${planId} AND code IN (${move.from}, ${move.to})) AS before,
        (SELECT sum(ST_Area(geom::geography)) FROM grids WHERE code IN (${move.from}, ${move.to})) AS after,
        (SELECT ST_Area(geom::geography) FROM grids WHERE code = ${move.from}) AS from,
        (SELECT ST_Area(geom::geography) FROM grid_history WHERE superseded_by = ${planId} AND code = ${move.from}) AS "fromBefore"`);
    expect(Math.abs(Number(areas.after) - Number(areas.before))).toBeLessThan(1);
    expect(Number(areas.from)).toBeLessThan(Number(areas.fromBefore));
    expect(await count(sql`SELECT count(*)::int AS n FROM buildings b JOIN grids g ON g.code = b.grid_code WHERE g.street_code = ${shiban} AND NOT ST_Covers(g.geom, ST_PointOnSurface(b.geom))`)).toBe(0);
  }, 120_000);

  it('redraws a kept neighbour too where its outline runs between a moved compound and the grid it joins, so that the grid is one piece', async () => {
    // On the seed of testSeed, 翠屏街道's compound C0487 touches its new grid only in the territories: its buildings' territories
    // meet those of 草街子社区第3网格 inside a neighbour's outline, so redrawn alone the grid would come in two pieces.
    const cuiping = '511703002';
    const joins = '511703002001003';
    const units = await unitsOf(cuiping);
    const moved = units.units.features.map((f) => f.properties).filter((b) => b.compoundCode === 'C0487');
    expect(moved.length).toBeGreaterThan(0);
    const assignment = { ...Object.fromEntries(units.units.features.map((f) => [f.properties.code, f.properties.gridCode])), ...Object.fromEntries(moved.map((b) => [b.code, joins])) };
    const before = await preview(cuiping, assignment);
    const { planId } = await publish(cuiping, assignment);
    const redrawn = await redrawnBy(cuiping, planId);
    expect(redrawn).toEqual(expect.arrayContaining([moved[0].gridCode!, joins]));
    expect(redrawn.length).toBeGreaterThan(2);
    expect(redrawn.length).toBeLessThan(10);
    // The dialog named them all beforehand, the released neighbours too.
    expect(before.redrawn.map((g) => g.code)).toEqual(redrawn);
    expect(before.unchangedOutlines).toBe(units.grids.features.length - redrawn.length);
    expect(await count(sql`SELECT count(*)::int AS n FROM grids WHERE street_code = ${cuiping} AND ST_NumGeometries(geom) > 1`)).toBe(0);
  }, 120_000);
});
