import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../core/contracts/auth';
import type { Activity, ActivityPage, Assessment, AssessmentRanking, GridPage, GridPeople, Meeting, PersonNode } from '../../core/contracts/workforce';
import { queryRows, type Db } from '../../server/db/engine';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';

let db: Db;
let admin: TestClient, commander: TestClient, grid001: TestClient, worker001: TestClient, viewer: TestClient;
let gridCode: string; // grid001's grid
let otherGrid: string;
let leaderId: string; // the grid's leader (grid001's staff record)
let workerId: string; // worker001's staff record
beforeAll(async () => {
  db = (await getTestDatabase()).db;
  [admin, commander, grid001, worker001, viewer] = await Promise.all(['admin', 'commander', 'grid001', 'worker001', 'viewer'].map((u) => loginAs(u)));
  gridCode = ((await (await grid001.request('/api/auth/me')).json()) as Me).scope.codes[0];
  [{ code: otherGrid }] = await queryRows<{ code: string }>(db, sql`SELECT code FROM grids WHERE code <> ${gridCode} ORDER BY code LIMIT 1`);
  [{ id: leaderId }] = await queryRows<{ id: string }>(db, sql`SELECT leader_id AS id FROM grids WHERE code = ${gridCode}`);
  [{ id: workerId }] = await queryRows<{ id: string }>(db, sql`SELECT person_id AS id FROM users WHERE username = 'worker001'`);
});

const post = (client: TestClient, path: string, body: unknown) =>
  client.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const get = async <T>(client: TestClient, path: string): Promise<T> => {
  const res = await client.request(path);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
};
const flatten = (nodes: PersonNode[]): PersonNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);
const fieldsOf = async (res: Response) => ((await res.json()) as { issues: { field: string }[] }).issues.map((i) => i.field);
const audited = async (action: string, record: string) =>
  (await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action} AND records ? ${record}`))[0].n;

describe('people and their hierarchy', () => {
  it('shows the grid leader over the grid workers and compound leaders, and compound leaders over building leaders', async () => {
    const people = await get<GridPeople>(grid001, `/api/workforce/people?grid=${gridCode}`);
    expect(people.roots.map((r) => [r.id, r.role])).toEqual([[leaderId, 'grid_leader']]);
    const [leader] = people.roots;
    expect(new Set(leader.children.map((c) => c.role))).toEqual(new Set(['grid_worker', 'compound_leader']));
    for (const compound of leader.children.filter((c) => c.role === 'compound_leader')) {
      expect(compound.compoundName).toBeTruthy();
      expect(compound.children.every((b) => b.role === 'building_leader' && b.compoundCode === compound.compoundCode && b.buildingName)).toBe(true);
    }
    const counts = await queryRows<{ role: string; n: number }>(db, sql`SELECT role, count(*)::int AS n FROM people WHERE grid_code = ${gridCode} AND role <> 'community_officer' GROUP BY role`);
    for (const { role, n } of counts) expect(people.counts[role as keyof GridPeople['counts']]).toBe(n);
    expect(flatten(people.roots).length).toBe(counts.reduce((s, c) => s + c.n, 0));
    const [officer] = await queryRows<{ id: string }>(db, sql`SELECT b.officer_id AS id FROM beats b JOIN beat_grids bg ON bg.beat_code = b.code WHERE bg.grid_code = ${gridCode}`);
    expect(people.officers.map((o) => [o.id, o.role])).toEqual([[officer.id, 'community_officer']]);
  });

  it('masks a resident volunteer’s phone as a resident’s for a viewer and a planner, and shows it whole to a personal-data reader of the grid', async () => {
    const [volunteer] = await queryRows<{ id: string; phone: string }>(db, sql`SELECT id, phone FROM people WHERE grid_code = ${gridCode} AND role = 'building_leader' ORDER BY id LIMIT 1`);
    const [leader] = await queryRows<{ phone: string }>(db, sql`SELECT phone FROM people WHERE id = ${leaderId}`);
    const masked = `${volunteer.phone.slice(0, 3)}****${volunteer.phone.slice(-4)}`; // 183****6574, as GET /api/residents masks
    const planner = await loginAs('planner');
    const phonesOf = (nodes: PersonNode[]) => new Map(flatten(nodes).map((n) => [n.id, n.phone]));
    for (const client of [viewer, planner]) {
      const people = phonesOf((await get<GridPeople>(client, `/api/workforce/people?grid=${gridCode}`)).roots);
      const page = phonesOf((await get<GridPage>(client, `/api/grids/${gridCode}/page`)).people.roots);
      expect([people.get(volunteer.id), page.get(volunteer.id)]).toEqual([masked, masked]);
      // Paid staff's work phones are the grid's notice board: whole for everyone.
      expect([people.get(leaderId), page.get(leaderId)]).toEqual([leader.phone, leader.phone]);
    }
    for (const client of [grid001, worker001]) {
      expect(phonesOf((await get<GridPeople>(client, `/api/workforce/people?grid=${gridCode}`)).roots).get(volunteer.id)).toBe(volunteer.phone);
      expect(phonesOf((await get<GridPage>(client, `/api/grids/${gridCode}/page`)).people.roots).get(volunteer.id)).toBe(volunteer.phone);
    }
  });

  it('keeps a grid leader to their own grid (404 elsewhere) and names a missing grid parameter (400)', async () => {
    expect((await grid001.request(`/api/workforce/people?grid=${otherGrid}`)).status).toBe(404);
    expect((await commander.request(`/api/workforce/people?grid=${otherGrid}`)).status).toBe(200);
    const res = await grid001.request('/api/workforce/people');
    expect(res.status).toBe(400);
    expect(await fieldsOf(res)).toEqual(['grid']);
  });
});

describe('work records', () => {
  const record = { kind: 'legal_session', gridCode: '', occurredAt: '2026-01-05T10:00:00+08:00', place: '社区活动室', notes: '反诈宣传（测试）' };

  it('a grid worker records their own work (audited) and finds it by grid, kind and time', async () => {
    const res = await post(worker001, '/api/workforce/activities', { ...record, gridCode });
    expect(res.status).toBe(201);
    const a = (await res.json()) as Activity;
    expect(a).toMatchObject({ kind: 'legal_session', gridCode, personId: workerId, place: '社区活动室', createdBy: 'worker001', occurredAt: '2026-01-05T02:00:00.000Z' });
    expect(await audited('activity_record', `activity:${a.id}`)).toBe(1);
    const page = await get<ActivityPage>(grid001, `/api/workforce/activities?grid=${gridCode}&kind=legal_session&from=2026-01-05T00:00:00%2B08:00&to=2026-01-06T00:00:00%2B08:00`);
    expect(page.rows.map((r) => r.id)).toContain(a.id);
    expect(page.rows.every((r) => r.kind === 'legal_session' && r.gridCode === gridCode)).toBe(true);
  });

  it('counts each kind as the database does, within the caller’s scope', async () => {
    const page = await get<ActivityPage>(grid001, '/api/workforce/activities?limit=5');
    const rows = await queryRows<{ kind: string; n: number }>(db, sql`SELECT kind, count(*)::int AS n FROM activities WHERE grid_code = ${gridCode} GROUP BY kind`);
    expect(page.countsByKind).toEqual(Object.fromEntries(rows.map((r) => [r.kind, r.n])));
    expect(page.total).toBe(rows.reduce((s, r) => s + r.n, 0));
    expect(page.rows.every((r) => r.gridCode === gridCode)).toBe(true);
  });

  it('refuses another grid (403), an unknown grid or person (404), meetings as plain records and future times (400), and viewers (403)', async () => {
    expect((await post(worker001, '/api/workforce/activities', { ...record, gridCode: otherGrid })).status).toBe(403);
    expect((await post(worker001, '/api/workforce/activities', { ...record, gridCode: 'NO-SUCH-GRID' })).status).toBe(404);
    expect((await post(worker001, '/api/workforce/activities', { ...record, gridCode, personId: 'P99999999' })).status).toBe(404);
    const meeting = await post(worker001, '/api/workforce/activities', { ...record, gridCode, kind: 'joint_meeting' });
    expect([meeting.status, await fieldsOf(meeting)]).toEqual([400, ['kind']]);
    const future = await post(worker001, '/api/workforce/activities', { ...record, gridCode, occurredAt: '2999-01-01T00:00:00Z' });
    expect([future.status, await fieldsOf(future)]).toEqual([400, ['occurredAt']]);
    expect((await post(viewer, '/api/workforce/activities', { ...record, gridCode })).status).toBe(403);
  });
});

describe('meetings', () => {
  it('records the monthly joint meeting with minutes and attendance, and counts it as the leader’s work', async () => {
    const body = { kind: 'joint_monthly', gridCode, heldOn: '2026-01-08', topic: '一月网格联席会（测试）', minutes: '研判本月矛盾纠纷……', attendance: [leaderId, workerId] };
    const res = await post(grid001, '/api/workforce/meetings', body);
    expect(res.status).toBe(201);
    const m = (await res.json()) as Meeting;
    expect(m).toMatchObject({ kind: 'joint_monthly', gridCode, heldOn: '2026-01-08', createdBy: 'grid001' });
    expect(m.attendance.map((p) => p.id)).toEqual([leaderId, workerId]);
    expect(m.attendance.every((p) => p.name)).toBe(true);
    const [work] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM activities WHERE kind = 'joint_meeting' AND grid_code = ${gridCode}
      AND person_id = ${leaderId} AND notes = ${body.topic} AND created_by = 'grid001'`);
    expect(work.n).toBe(1);
    const listed = await get<Meeting[]>(grid001, `/api/workforce/meetings?grid=${gridCode}`);
    expect(listed.map((x) => x.id)).toContain(m.id);
    expect(await audited('meeting_record', `meeting:${m.id}`)).toBe(1);
  });

  it('refuses unknown attendees (404), another grid (403), and a grid worker (403)', async () => {
    const body = { kind: 'quarterly_talk', gridCode, heldOn: '2026-01-20', topic: '季度谈心', minutes: '……', attendance: [leaderId, 'P99999999'] };
    const unknown = await post(grid001, '/api/workforce/meetings', body);
    expect([unknown.status, ((await unknown.json()) as { message: string }).message]).toEqual([404, '参会人员：没有人员 P99999999']);
    expect((await post(grid001, '/api/workforce/meetings', { ...body, gridCode: otherGrid, attendance: [leaderId] })).status).toBe(403);
    expect((await post(worker001, '/api/workforce/meetings', { ...body, attendance: [leaderId] })).status).toBe(403);
  });
});

describe('two-monthly assessments', () => {
  const round = '2024-01/02'; // before the demo's rounds, so the latest round stays the demo's
  const grade = (client: TestClient, over: Record<string, unknown> = {}) =>
    post(client, '/api/workforce/assessments', { gridCode, round, grade: 'fair', scores: { work: 20, disputes: 18, data: 22, residents: 19 }, comments: '台账齐全', ...over });

  it('grades a grid leader once a round: a second grade replaces the first, both audited', async () => {
    const first = await grade(commander);
    expect(first.status).toBe(201);
    expect((await first.json()) as Assessment).toMatchObject({ gridCode, leaderId, round, grade: 'fair', total: 79, assessedBy: 'commander', scores: { work: 20, disputes: 18, data: 22, residents: 19 } });
    const second = await grade(admin, { grade: 'good', scores: { work: 24, disputes: 23, data: 22, residents: 21 } });
    expect(second.status).toBe(200);
    const [rows] = await queryRows<{ n: number; grade: string; total: number }>(db, sql`SELECT count(*)::int AS n, max(grade) AS grade, max(total) AS total
      FROM assessments WHERE grid_code = ${gridCode} AND round = ${round}`);
    expect(rows).toEqual({ n: 1, grade: 'good', total: 90 });
    expect(await audited('assessment_create', `assessment:${gridCode}:${round}`)).toBe(1);
    expect(await audited('assessment_replace', `assessment:${gridCode}:${round}`)).toBe(1);
  });

  it('ranks a round by score, with ties sharing a rank', async () => {
    const other = '2024-05/06';
    // The rank is the score's (the glossary's 考评排名), whatever grade an assessor wrote beside it.
    expect((await grade(commander, { round: other, gridCode: otherGrid, grade: 'poor', scores: { work: 25, disputes: 25, data: 20, residents: 20 } })).status).toBe(201);
    expect((await grade(commander, { round: other })).status).toBe(201);
    const ranking = await get<AssessmentRanking>(commander, `/api/workforce/assessments?round=${encodeURIComponent(other)}`);
    expect(ranking.rows.map((r) => [r.gridCode, r.rank, r.total, r.grade])).toEqual([[otherGrid, 1, 90, 'poor'], [gridCode, 2, 79, 'fair']]);
    expect(ranking.rounds).toContain(other);
    const latest = await get<AssessmentRanking>(commander, '/api/workforce/assessments');
    const [demo] = await queryRows<{ round: string; n: number }>(db, sql`SELECT round, count(*)::int AS n FROM assessments GROUP BY round ORDER BY round DESC LIMIT 1`);
    expect([latest.round, latest.rows.length]).toEqual([demo.round, demo.n]);
    expect(Object.values(latest.gradeCounts).reduce((s, n) => s + n, 0)).toBe(demo.n);
    expect(latest.rows.every((r, k) => k === 0 || r.rank >= latest.rows[k - 1].rank)).toBe(true);
    expect(latest.rows[0].rank).toBe(1);
  });

  it('shows a grid leader only their own grid’s grades; only assessors grade (403); bad input names the field (400)', async () => {
    const own = await get<AssessmentRanking>(grid001, '/api/workforce/assessments');
    expect(own.rows.map((r) => r.gridCode)).toEqual([gridCode]);
    expect((await grade(grid001)).status).toBe(403);
    expect(await fieldsOf(await grade(commander, { round: '2026-02/03' }))).toEqual(['round']);
    expect(await fieldsOf(await grade(commander, { scores: { work: 30, disputes: 1, data: 1, residents: 1 } }))).toEqual(['scores.work']);
    expect(await fieldsOf(await grade(commander, { grade: 'excellent' }))).toEqual(['grade']);
    expect((await grade(commander, { gridCode: 'NO-SUCH-GRID' })).status).toBe(404);
  });
});

describe('the grid page', () => {
  it('lists a meeting for every joint meeting and talk its 近 12 个月工作 counts (the demo had the counts without the meetings)', async () => {
    const page = await get<GridPage>(grid001, `/api/grids/${gridCode}/page`);
    expect(page.work.last12Months.joint_meeting).toBeGreaterThan(0);
    expect(page.meetings.length).toBeGreaterThan(0);
    // A meeting and its work record share grid, kind and day (records are held in the afternoon, Beijing time: the same UTC day).
    const [unmatched] = await queryRows<{ records: number; meetings: number }>(db, sql`SELECT
      (SELECT count(*)::int FROM activities a WHERE a.grid_code = ${gridCode} AND a.kind IN ('joint_meeting', 'resident_talk') AND NOT EXISTS (
        SELECT 1 FROM meetings m WHERE m.grid_code = a.grid_code AND m.held_on = (a.occurred_at AT TIME ZONE 'UTC')::date
          AND m.kind = CASE a.kind WHEN 'joint_meeting' THEN 'joint_monthly' ELSE 'quarterly_talk' END)) AS records,
      (SELECT count(*)::int FROM meetings m WHERE m.grid_code = ${gridCode} AND NOT EXISTS (
        SELECT 1 FROM activities a WHERE a.grid_code = m.grid_code AND m.held_on = (a.occurred_at AT TIME ZONE 'UTC')::date
          AND a.kind = CASE m.kind WHEN 'joint_monthly' THEN 'joint_meeting' ELSE 'resident_talk' END)) AS meetings`);
    expect(unmatched).toEqual({ records: 0, meetings: 0 });
    const listed = await get<{ kind: string; heldOn: string }[]>(grid001, `/api/workforce/meetings?grid=${gridCode}`);
    expect(listed.length).toBeGreaterThan(0);
  });

  it('shows one grid’s people, work, meetings, grades, data freshness, disputes and incidents, as the database has them', async () => {
    const page = await get<GridPage>(grid001, `/api/grids/${gridCode}/page`);
    const now = Date.now();
    const [g] = await queryRows<{ households: number; beat: string; beat_name: string }>(
      db,
      sql`SELECT households, bg.beat_code AS beat, b.name AS beat_name FROM grids g JOIN beat_grids bg ON bg.grid_code = g.code JOIN beats b ON b.code = bg.beat_code WHERE g.code = ${gridCode}`,
    );
    expect(page.grid).toMatchObject({ code: gridCode, households: g.households, beatCode: g.beat, beatName: g.beat_name });
    expect(g.beat_name).toMatch(/警格$/);
    // The demo's district-wide plan set no households band: nothing to measure the grid against.
    const [plan] = await queryRows<{ band_min: number | null }>(db, sql`SELECT p.band_min FROM grids g JOIN grid_plans p ON p.id = g.plan_id WHERE g.code = ${gridCode}`);
    expect(plan.band_min).toBeNull();
    expect(page.grid.householdBand).toBeNull();
    expect(page.people.roots[0].id).toBe(leaderId);
    const work = await queryRows<{ kind: string; n: number }>(db, sql`SELECT kind, count(*)::int AS n FROM activities
      WHERE grid_code = ${gridCode} AND occurred_at >= now() - interval '365 days' GROUP BY kind`);
    expect(page.work.last12Months).toEqual(Object.fromEntries(work.map((w) => [w.kind, w.n])));
    expect(page.work.recent.length).toBe(Math.min(20, work.reduce((s, w) => s + w.n, 0)));
    const grades = await queryRows<{ round: string; grade: string }>(db, sql`SELECT round, grade FROM assessments WHERE grid_code = ${gridCode} ORDER BY round`);
    expect(page.grades.map((x) => [x.round, x.grade])).toEqual(grades.map((x) => [x.round, x.grade]));
    const [fresh] = await queryRows<{ b: number; bv: number; r: number; rv: number }>(db, sql`SELECT
      (SELECT count(*)::int FROM buildings WHERE grid_code = ${gridCode}) AS b,
      (SELECT count(*)::int FROM buildings WHERE grid_code = ${gridCode} AND verified_at >= now() - interval '90 days') AS bv,
      (SELECT count(*)::int FROM residents WHERE grid_code = ${gridCode} AND moved_out_on IS NULL) AS r,
      (SELECT count(*)::int FROM residents WHERE grid_code = ${gridCode} AND moved_out_on IS NULL AND verified_at >= now() - interval '90 days') AS rv`);
    expect(page.freshness.buildings).toMatchObject({ total: fresh.b, verified: fresh.bv });
    expect(page.freshness.residents).toMatchObject({ total: fresh.r, verified: fresh.rv });
    expect(page.freshness.buildings.share).toBeCloseTo(fresh.b ? fresh.bv / fresh.b : 0, 3);
    // Open: not resolved, visited or closed; overdue: not closed and past its state's deadline (the glossary's words).
    const [d] = await queryRows<{ open: number; high: number; overdue: number }>(db, sql`SELECT
      count(*) FILTER (WHERE status NOT IN ('resolved', 'visited', 'closed'))::int AS open,
      count(*) FILTER (WHERE status NOT IN ('resolved', 'visited', 'closed') AND risk_score >= 60)::int AS high,
      count(*) FILTER (WHERE status <> 'closed' AND due_at < now())::int AS overdue
      FROM disputes WHERE grid_code = ${gridCode}`);
    expect({ open: page.disputes.open, high: page.disputes.highRisk, overdue: page.disputes.overdue }).toEqual(d);
    expect(page.disputes.rows.every((r, k) => !['resolved', 'visited', 'closed'].includes(r.status) && (k === 0 || r.riskScore <= page.disputes.rows[k - 1].riskScore))).toBe(true);
    const incidents = await queryRows<{ code: string; n: number }>(db, sql`SELECT category_code AS code, count(*)::int AS n FROM incidents
      WHERE grid_code = ${gridCode} AND occurred_at >= ${new Date(now - 30 * 86_400_000).toISOString()}::timestamptz AND occurred_at <= now() GROUP BY 1`);
    expect(Object.fromEntries(page.incidents.byCategory.map((c) => [c.code, c.count]))).toEqual(Object.fromEntries(incidents.map((c) => [c.code, c.n])));
    expect(page.incidents.total).toBe(incidents.reduce((s, c) => s + c.n, 0));
  });

  it('shows the grade an assessor just gave', async () => {
    await post(commander, '/api/workforce/assessments', { gridCode, round: '2024-03/04', grade: 'poor', scores: { work: 5, disputes: 5, data: 5, residents: 5 } });
    const page = await get<GridPage>(grid001, `/api/grids/${gridCode}/page`);
    expect(page.grades.find((x) => x.round === '2024-03/04')).toEqual({ round: '2024-03/04', grade: 'poor', total: 20, rank: 1, leaderId });
  });

  it('refuses a grid outside the caller’s scope with 403, naming the grid and the jurisdiction in Chinese; open to commanders', async () => {
    const res = await grid001.request(`/api/grids/${otherGrid}/page`);
    expect(res.status).toBe(403);
    const [other, own] = await Promise.all([otherGrid, gridCode].map((c) => queryRows<{ name: string }>(db, sql`SELECT name FROM grids WHERE code = ${c}`)));
    const body = (await res.json()) as { error: string; message: string };
    expect(body.error).toBe('forbidden');
    expect(body.message).toBe(`${other[0].name}不在您的辖区（${own[0].name}）内，无权查看`);
    expect((await commander.request(`/api/grids/${otherGrid}/page`)).status).toBe(200);
  });

  it('answers 404 for a grid code that names no grid, in or out of scope', async () => {
    expect((await grid001.request('/api/grids/999999999999999/page')).status).toBe(404);
  });
});
