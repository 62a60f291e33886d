import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../core/contracts/auth';
import { riskLevelOf, type DisputeDetail, type DisputeMap, type DisputePage, type DisputeReminders, type NewDisputeInput } from '../../core/contracts/disputes';
import { deadlineHours, disputeStatuses, nextStatuses, scoreDispute, type DisputeStatus } from '../../core/disputes';
import { queryRows, type Db } from '../../server/db/engine';
import type { FieldToday } from '../../core/contracts/field';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';
import { statusLabels } from '../../client/shared/dispute-labels';
import { zhCN } from '../../client/i18n/zh-CN';

// A state as the Chinese interface names it, quoted as the server's refusals quote it.
const said = (s: DisputeStatus) => `「${zhCN[statusLabels[s]]}」`;

let db: Db;
let admin: TestClient, grid001: TestClient, officer01: TestClient, worker001: TestClient, commander: TestClient;
let gridCode: string; // grid001's grid
let otherGrid: string; // a grid outside grid001's grid and officer01's beat
let openPoint: [number, number]; // a point of grid001's grid outside every building: no address, so no repeat at it
beforeAll(async () => {
  db = (await getTestDatabase()).db;
  [admin, grid001, officer01, worker001, commander] = await Promise.all(['admin', 'grid001', 'officer01', 'worker001', 'commander'].map((u) => loginAs(u)));
  gridCode = ((await (await grid001.request('/api/auth/me')).json()) as Me).scope.codes[0];
  const beat = ((await (await officer01.request('/api/auth/me')).json()) as Me).scope.codes[0];
  [{ code: otherGrid }] = await queryRows<{ code: string }>(db, sql`SELECT code FROM grids WHERE code NOT IN (SELECT grid_code FROM beat_grids WHERE beat_code = ${beat}) ORDER BY code LIMIT 1`);
  const [p] = await queryRows<{ lng: number; lat: number }>(db, sql`SELECT ST_X(p) AS lng, ST_Y(p) AS lat FROM (SELECT ST_PointOnSurface(ST_Difference(g.geom,
    COALESCE((SELECT ST_Union(b.geom) FROM buildings b WHERE ST_Intersects(b.geom, g.geom)), 'SRID=4326;POLYGON EMPTY'::geometry))) AS p FROM grids g WHERE g.code = ${gridCode}) x`);
  openPoint = [Number(p.lng), Number(p.lat)];
});

/** A building (of `grid`, or anywhere) where no dispute lies yet, so the repeat rules see only what the test registers. */
async function freshBuilding(grid?: string): Promise<string> {
  const [b] = await queryRows<{ code: string }>(db, sql`SELECT b.code FROM buildings b JOIN grids g ON g.code = b.grid_code
    WHERE ${grid ? sql`b.grid_code = ${grid}` : sql`TRUE`} AND ST_Within(ST_PointOnSurface(b.geom), g.geom)
      AND NOT EXISTS (SELECT 1 FROM disputes d WHERE ST_Intersects(d.geom, b.geom)) ORDER BY b.code LIMIT 1`);
  return b.code;
}

const post = (client: TestClient, path: string, body: unknown) =>
  client.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function register(client: TestClient, over: Partial<NewDisputeInput> = {}): Promise<DisputeDetail> {
  const body = { type: 'debt', source: 'grid_worker', summary: '民间借贷还款纠纷（测试）', lngLat: openPoint, ...over };
  const res = await post(client, '/api/disputes', body);
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as DisputeDetail;
}

const move = (client: TestClient, code: string, to: DisputeStatus, extra: Record<string, string> = {}) =>
  post(client, `/api/disputes/${code}/transitions`, { to, reason: `测试：转为 ${to}`, ...extra });

async function snapshot(code: string) {
  const [row] = await queryRows<Record<string, unknown>>(db, sql`SELECT status, remit, responsible_body, due_at::text, resolved_at::text, updated_at::text,
    risk_score, (SELECT count(*)::int FROM dispute_events WHERE dispute_code = ${code}) AS events FROM disputes WHERE code = ${code}`);
  return row;
}

const party = (name: string, idNumber: string) => ({ role: 'applicant' as const, name, idNumber, phone: '13812345678' });

describe('registering a dispute', () => {
  it('a grid worker registers at a map point in their grid; grid, beat, community and street come from the geometry', async () => {
    const [p] = await queryRows<{ lng: number; lat: number }>(db, sql`SELECT ST_X(pt) AS lng, ST_Y(pt) AS lat FROM (SELECT ST_PointOnSurface(geom) AS pt FROM grids WHERE code = ${gridCode}) x`);
    const d = await register(worker001, { lngLat: [Number(p.lng), Number(p.lat)], parties: [party('张三', '511703199001011238')] });
    const [g] = await queryRows<{ name: string; community: string; street: string; beat: string }>(db, sql`SELECT g.name, g.community_code AS community, g.street_code AS street, bg.beat_code AS beat
      FROM grids g JOIN beat_grids bg ON bg.grid_code = g.code WHERE g.code = ${gridCode}`);
    expect(d).toMatchObject({ status: 'registered', gridCode, gridName: g.name, communityCode: g.community, streetCode: g.street, beatCode: g.beat, registeredBy: 'worker001', overdue: false });
    expect(Date.parse(d.dueAt!) - Date.parse(d.registeredAt)).toBe(deadlineHours.registered! * 3_600_000);
    const [{ name: worker }] = await queryRows<{ name: string }>(db, sql`SELECT display_name AS name FROM users WHERE username = 'worker001'`);
    expect(worker).not.toBe('worker001');
    expect(d.registeredByName).toBe(worker);
    expect(d.events).toEqual([{ fromStatus: null, toStatus: 'registered', at: d.registeredAt, byUsername: 'worker001', byName: worker, reason: null, source: 'grid_worker' }]);
    expect([d.buildingCode, d.placeName]).toEqual([null, null]);
    expect(d.nextStatuses).toEqual(['assessed']);
  });

  it('registering at a building places the dispute inside that building', async () => {
    const [{ code: building }] = await queryRows<{ code: string }>(db, sql`SELECT code FROM buildings WHERE grid_code = ${gridCode} ORDER BY code LIMIT 1`);
    const d = await register(grid001, { lngLat: undefined, buildingCode: building });
    const [r] = await queryRows<{ inside: boolean; stored: string | null; label: string }>(db, sql`SELECT ST_Intersects(b.geom, d.geom) AS inside,
      d.building_code AS stored, k.name || b.name AS label FROM buildings b JOIN compounds k ON k.code = b.compound_code, disputes d WHERE b.code = ${building} AND d.code = ${d.code}`);
    expect(r.inside).toBe(true);
    // The building is kept and named — in the detail, the list and the field app's 今日 — not only its grid.
    expect(r.stored).toBe(building);
    expect([d.buildingCode, d.placeName]).toEqual([building, r.label]);
    const listed = ((await (await grid001.request(`/api/disputes?q=${d.code}`)).json()) as DisputePage).rows.find((x) => x.code === d.code);
    expect(listed?.placeName).toBe(r.label);
    const today = (await (await grid001.request('/api/field/today')).json()) as FieldToday;
    expect(today.disputes.find((x) => x.code === d.code)?.place).toBe(r.label);
  });

  it('registering at a standard address keeps the address and its building, named by the address', async () => {
    const [a] = await queryRows<{ code: string; building: string; label: string }>(db, sql`SELECT a.code, a.building_code AS building, a.label FROM addresses a
      JOIN buildings b ON b.code = a.building_code WHERE b.grid_code = ${gridCode} ORDER BY a.code LIMIT 1`);
    const d = await register(grid001, { lngLat: undefined, addressCode: a.code });
    const [r] = await queryRows<{ address: string; building: string }>(db, sql`SELECT address_code AS address, building_code AS building FROM disputes WHERE code = ${d.code}`);
    expect(r).toEqual({ address: a.code, building: a.building });
    expect(d).toMatchObject({ addressCode: a.code, buildingCode: a.building, placeName: a.label });
  });

  it('answers 422 outside every grid, 403 outside the caller’s scope, 404 for unknown codes, and stores nothing', async () => {
    const [before] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM disputes`);
    const base = { type: 'family', source: 'resident', summary: '测试' };
    expect((await post(grid001, '/api/disputes', { ...base, lngLat: [100, 10] })).status).toBe(422);
    const outside = await post(grid001, '/api/disputes', { ...base, buildingCode: await freshBuilding(otherGrid) });
    expect(outside.status).toBe(403);
    expect(((await outside.json()) as { message: string }).message).toBe('位置：该位置不在您的辖区内');
    expect((await post(grid001, '/api/disputes', { ...base, buildingCode: 'NO-SUCH-BUILDING' })).status).toBe(404);
    const badIncident = await post(grid001, '/api/disputes', { ...base, lngLat: openPoint, linkedIncidents: [999_999_999] });
    expect(badIncident.status).toBe(404);
    expect(((await badIncident.json()) as { message: string }).message).toBe('关联警情：没有警情 999999999');
    const [after] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM disputes`);
    expect(after.n).toBe(before.n);
  });

  it('refuses a party whose ID number fails its check character or whose phone is no phone number, in Chinese, and stores nothing', async () => {
    const [before] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM disputes`);
    const res = await post(worker001, '/api/disputes', {
      type: 'neighbour', source: 'grid_worker', summary: '楼上漏水邻里争执', lngLat: openPoint,
      parties: [{ role: 'applicant', name: '张三', idNumber: '511703199001011234', phone: '12345' }],
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      message: '当事人·第1项·身份证号：校验位错误（GB 11643），请核对号码；当事人·第1项·电话：应为 11 位手机号或固定电话（如 0818-2345678）',
      issues: [
        { field: 'parties.0.idNumber', message: '校验位错误（GB 11643），请核对号码' },
        { field: 'parties.0.phone', message: '应为 11 位手机号或固定电话（如 0818-2345678）' },
      ],
    });
    const [after] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM disputes`);
    expect(after.n).toBe(before.n);
  });

  it.each([
    [{ source: 'resident', summary: 'x', buildingCode: 'B1' }, 'type'],
    [{ type: 'family', source: 'resident', summary: 'x', buildingCode: 'B1', lngLat: [107.5, 31.2] }, 'lngLat'],
    [{ type: 'family', source: 'resident', summary: 'x' }, 'lngLat'],
    [{ type: 'family', source: 'fax', summary: 'x', buildingCode: 'B1' }, 'source'],
    [{ type: 'family', source: 'resident', summary: 'x', buildingCode: 'B1', parties: [{ role: 'applicant', name: '李四', idNumber: '123' }] }, 'parties.0.idNumber'],
    [{ type: 'family', source: 'resident', summary: 'x', buildingCode: 'B1', registeredAt: '2999-01-01T00:00:00Z' }, 'registeredAt'],
    [{ type: 'family', source: 'resident', summary: 'x', buildingCode: 'B1', description: 'a\u0000b' }, 'description'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    const res = await post(worker001, '/api/disputes', body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { issues: { field: string }[] }).issues.map((i) => i.field)).toContain(field);
  });
});

type Path = [DisputeStatus, Record<string, string>?][];
// Four journeys that between them use every transition of the workflow (checked below).
const journeys: Record<string, Path> = {
  stability: [['assessed'], ['mediating', { remit: 'police' }], ['escalated'], ['resolved'], ['visited'], ['closed']],
  referral: [['assessed'], ['referred', { responsibleBody: '区住建局', remit: 'other_body' }], ['resolved'], ['mediating'], ['referred', { responsibleBody: '区人社局' }],
    ['escalated'], ['resolved'], ['visited'], ['mediating'], ['resolved']],
  escalatedAtOnce: [['assessed'], ['escalated', { remit: 'stability' }]],
  mediationReferred: [['assessed'], ['mediating'], ['referred', { responsibleBody: '区市场监管局' }], ['escalated']],
};

describe('the disputes list', () => {
  it('refuses a grid outside the jurisdiction with 403 naming it, as the grid page and the residents list do (an empty list before)', async () => {
    const res = await grid001.request(`/api/disputes?grid=${otherGrid}`);
    expect(res.status).toBe(403);
    const message = ((await res.json()) as { message: string }).message;
    const residents = await grid001.request(`/api/residents?gridCode=${otherGrid}`);
    expect(message).toBe(((await residents.json()) as { message: string }).message);
    expect((await grid001.request('/api/disputes?grid=511703999999999')).status).toBe(404);
    expect((await grid001.request(`/api/disputes?grid=${gridCode}`)).status).toBe(200);
    expect((await commander.request(`/api/disputes?grid=${otherGrid}`)).status).toBe(200);
  });
});

describe('the workflow', () => {
  /** Moves a dispute along `path`; in every state it first tries a move the workflow forbids (409, nothing changes). */
  async function drive(client: TestClient, code: string, path: Path) {
    for (const [to, extra] of path) {
      const { status: from } = (await snapshot(code)) as { status: DisputeStatus };
      const forbidden = disputeStatuses.find((s) => s !== from && !nextStatuses[from].includes(s))!;
      const before = await snapshot(code);
      const refused = await move(client, code, forbidden);
      expect(refused.status).toBe(409);
      expect(((await refused.json()) as { message: string }).message).toBe(`状态为${said(from)}的纠纷只能转为${nextStatuses[from].map(said).join('、')}，不能转为${said(forbidden)}`);
      expect(await snapshot(code)).toEqual(before);
      const t0 = Date.now();
      const res = await move(client, code, to, extra);
      expect(res.status, await res.clone().text()).toBe(200);
      const d = (await res.json()) as DisputeDetail;
      const last = d.events.at(-1)!;
      expect(last).toMatchObject({ fromStatus: from, toStatus: to, byUsername: client.username, reason: `测试：转为 ${to}` });
      expect(Date.parse(last.at)).toBeGreaterThanOrEqual(t0 - 1000);
      const hours = deadlineHours[to];
      expect(d.dueAt === null ? null : Date.parse(d.dueAt) - Date.parse(last.at)).toBe(hours === null ? null : hours * 3_600_000);
      expect(d.status).toBe(to);
    }
  }

  it('the journeys below use every transition of the workflow', () => {
    const used = new Set(Object.values(journeys).flatMap((path) => path.map(([to], k) => `${k === 0 ? 'registered' : path[k - 1][0]}>${to}`)));
    const edges = disputeStatuses.flatMap((from) => nextStatuses[from].map((to) => `${from}>${to}`));
    expect(edges.filter((e) => !used.has(e))).toEqual([]);
  });

  it('drives a dispute registered → assessed → mediating → escalated → resolved → visited → closed, recording who, when and why', async () => {
    const d = await register(worker001);
    await drive(grid001, d.code, journeys.stability);
    const final = (await (await grid001.request(`/api/disputes/${d.code}`)).json()) as DisputeDetail;
    expect(final.events.map((e) => e.toStatus)).toEqual(['registered', 'assessed', 'mediating', 'escalated', 'resolved', 'visited', 'closed']);
    expect(final).toMatchObject({ status: 'closed', remit: 'stability', dueAt: null, overdue: false, nextStatuses: [] });
    expect(final.resolvedAt).toBe(final.events[4].at);
    expect(final.riskReasons.map((r) => r.rule)).toContain('escalation');
    const closed = await move(grid001, d.code, 'mediating');
    expect([closed.status, ((await closed.json()) as { message: string }).message]).toEqual([409, '状态为「已办结」的纠纷已结束流程，不能再变更状态']);
  });

  it('drives a dispute through referral, a relapse after resolution and a relapse after the follow-up visit', async () => {
    const d = await register(grid001);
    await drive(officer01, d.code, journeys.referral);
    const [row] = await queryRows<{ remit: string; responsible_body: string | null; resolved_at: string | null; events: number }>(db, sql`SELECT remit, responsible_body,
      resolved_at::text, (SELECT count(*)::int FROM dispute_events WHERE dispute_code = ${d.code}) AS events FROM disputes WHERE code = ${d.code}`);
    expect(row).toMatchObject({ remit: 'police', responsible_body: null, events: journeys.referral.length + 1 });
    expect(row.resolved_at).not.toBeNull();
  });

  it('routes straight from assessment to escalation, and from mediation to referral', async () => {
    const a = await register(grid001);
    await drive(commander, a.code, journeys.escalatedAtOnce);
    const b = await register(grid001);
    await drive(grid001, b.code, journeys.mediationReferred);
    const [row] = await queryRows<{ remit: string; responsible_body: string | null }>(db, sql`SELECT remit, responsible_body FROM disputes WHERE code = ${b.code}`);
    expect(row).toEqual({ remit: 'stability', responsible_body: null });
  });

  it('refuses a referral without the responsible body and a remit that contradicts the route, changing nothing', async () => {
    const d = await register(grid001);
    expect((await move(grid001, d.code, 'assessed')).status).toBe(200);
    const before = await snapshot(d.code);
    const noBody = await move(grid001, d.code, 'referred');
    expect([noBody.status, ((await noBody.json()) as { message: string }).message]).toEqual([409, '移交纠纷须填写接收纠纷的责任单位']);
    const wrongRemit = await move(grid001, d.code, 'mediating', { remit: 'stability' });
    expect([wrongRemit.status, ((await wrongRemit.json()) as { message: string }).message]).toEqual([409, '职责归属为「影响稳定（上报街道综治办）」的纠纷应转为「已上报综治办」，不能转为「调解中」']);
    expect(await snapshot(d.code)).toEqual(before);
  });

  it('answers 400 naming the field for a bad transition body, and 404 for an unknown dispute', async () => {
    const d = await register(grid001);
    const res = await post(grid001, `/api/disputes/${d.code}/transitions`, { to: 'assessed' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { issues: { field: string }[] }).issues[0].field).toBe('reason');
    expect((await move(grid001, 'MD999999', 'assessed')).status).toBe(404);
  });
});

describe('scope', () => {
  it('grid001 can neither see nor move a dispute of another grid (404), and its lists leave it out', async () => {
    const d = await register(admin, { lngLat: undefined, buildingCode: await freshBuilding(otherGrid) });
    expect((await grid001.request(`/api/disputes/${d.code}`)).status).toBe(404);
    expect((await move(grid001, d.code, 'assessed')).status).toBe(404);
    expect((await post(grid001, `/api/disputes/${d.code}/unmask`, {})).status).toBe(404);
    const page = (await (await grid001.request(`/api/disputes?q=${d.code}&limit=500`)).json()) as DisputePage;
    expect(page.total).toBe(0);
    const mine = (await (await grid001.request('/api/disputes?limit=500')).json()) as DisputePage;
    expect(mine.rows.every((r) => r.gridCode === gridCode)).toBe(true);
    const [own] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM disputes WHERE grid_code = ${gridCode}`);
    expect(mine.total).toBe(own.n);
    const map = (await (await grid001.request('/api/disputes/map?status=registered')).json()) as DisputeMap;
    expect(map.features.some((f) => f.properties.code === d.code)).toBe(false);
    expect((await snapshot(d.code)).status).toBe('registered');
  });

  it('worker001 registers in their grid but may not move a dispute (403)', async () => {
    const d = await register(worker001);
    expect((await move(worker001, d.code, 'assessed')).status).toBe(403);
    expect((await snapshot(d.code)).events).toBe(1);
  });
});

describe('masking', () => {
  it('answers parties masked, and unmasks them only on an audited POST by an unmasker', async () => {
    const d = await register(worker001, { parties: [party('欧阳娜娜', '51170319920202123X'), { role: 'respondent', name: '王五' }] });
    expect(d.masked).toBe(true);
    expect(d.parties).toEqual([
      { role: 'applicant', name: '欧***', idNumber: '5117**********123X', phone: '138****5678' },
      { role: 'respondent', name: '王*' },
    ]);
    const listed = (await (await grid001.request(`/api/disputes?q=${d.code}`)).json()) as DisputePage;
    expect(listed.rows[0].parties[0].name).toBe('欧***');
    expect((await post(worker001, `/api/disputes/${d.code}/unmask`, {})).status).toBe(403);
    const audits = async () => (await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'unmask' AND records ? ${d.code} AND username = 'grid001'`))[0].n;
    const before = await audits();
    const res = await post(grid001, `/api/disputes/${d.code}/unmask`, {});
    expect(res.status).toBe(200);
    const full = (await res.json()) as DisputeDetail;
    expect(full.masked).toBe(false);
    expect(full.parties[0]).toEqual(party('欧阳娜娜', '51170319920202123X'));
    expect(await audits()).toBe(before + 1);
  });
});

describe('deadlines and reminders', () => {
  const setDue = (code: string, hoursAgo: number) => db.execute(sql`UPDATE disputes SET due_at = now() - make_interval(hours => ${hoursAgo}) WHERE code = ${code}`);

  it('flags a dispute past its deadline, filters on it, and clears the flag when it moves on', async () => {
    const d = await register(worker001);
    await setDue(d.code, 2);
    const overdue = (await (await grid001.request(`/api/disputes?overdue=true&limit=500`)).json()) as DisputePage;
    expect(overdue.rows.find((r) => r.code === d.code)?.overdue).toBe(true);
    expect(overdue.rows.every((r) => r.overdue)).toBe(true);
    const onTime = (await (await grid001.request(`/api/disputes?overdue=false&limit=500`)).json()) as DisputePage;
    expect(onTime.rows.some((r) => r.code === d.code || r.overdue)).toBe(false);
    const moved = (await (await move(grid001, d.code, 'assessed')).json()) as DisputeDetail;
    expect(moved.overdue).toBe(false);
  });

  it('reminds the grid leader and the beat’s officer of their overdue disputes, and commanders of all in scope', async () => {
    const d = await register(worker001);
    await setDue(d.code, 5);
    const remindersOf = async (c: TestClient) => ((await (await c.request('/api/disputes/reminders')).json()) as DisputeReminders).rows;
    const leader = await remindersOf(grid001);
    expect(leader.find((r) => r.code === d.code)?.remindedAs).toBe('grid_leader');
    expect(leader.every((r) => r.overdue && r.gridCode === gridCode && r.remindedAs === 'grid_leader')).toBe(true);
    const [expected] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM disputes d JOIN grids g ON g.code = d.grid_code
      JOIN users u ON u.person_id = g.leader_id WHERE u.username = 'grid001' AND d.status <> 'closed' AND d.due_at < now()`);
    expect(leader.length).toBe(expected.n);
    const officer = await remindersOf(officer01);
    expect(officer.find((r) => r.code === d.code)?.remindedAs).toBe('officer');
    expect((await remindersOf(commander)).find((r) => r.code === d.code)?.remindedAs).toBe('jurisdiction');
    expect(await remindersOf(worker001)).toEqual([]);
  });
});

describe('the 民转刑 early warning', () => {
  it('scores a second dispute at the same building between the same parties for both repeats, with reasons', async () => {
    const building = await freshBuilding();
    const first = await register(admin, { lngLat: undefined, buildingCode: building, parties: [party('赵六', '511703198502021114'), party('钱七', '511703198703032223')] });
    expect(first.riskReasons).toEqual([]);
    const second = await register(admin, { lngLat: undefined, buildingCode: building, parties: [{ role: 'respondent', name: '赵六', idNumber: '511703198502021114' }] });
    expect(second.riskReasons.map((r) => [r.rule, r.points])).toEqual([['repeat_address', 20], ['repeat_parties', 25]]);
    // The reasons in Chinese at the source, with what each found for a client to read as data.
    expect(second.riskReasons[0]).toEqual({ rule: 'repeat_address', points: 20, disputes: [first.code], text: `同一地址反复纠纷：90 天内另有 1 起（${first.code}）` });
    expect(second).toMatchObject({ riskScore: 45, riskLevel: 'medium' });
  });

  it('re-scores later disputes when an earlier one is entered late', async () => {
    const building = await freshBuilding();
    const now = await register(admin, { lngLat: undefined, buildingCode: building });
    const late = await register(admin, { lngLat: undefined, buildingCode: building, registeredAt: new Date(Date.now() - 10 * 86_400_000).toISOString() });
    expect(late.riskReasons).toEqual([]);
    const again = (await (await admin.request(`/api/disputes/${now.code}`)).json()) as DisputeDetail;
    expect(again.riskReasons).toEqual([{ rule: 'repeat_address', points: 20, disputes: [late.code], text: `同一地址反复纠纷：90 天内另有 1 起（${late.code}）` }]);
    const english = (await (await admin.request(`/api/disputes/${now.code}`, { headers: { 'accept-language': 'en' } })).json()) as DisputeDetail;
    expect(english.riskReasons[0].text).toBe(`1 other dispute(s) at the same address within 90 days: ${late.code}`);
  });

  it('leaves a closed dispute’s score as it was closed when an earlier one is entered late', async () => {
    const building = await freshBuilding();
    const closed = await register(admin, { lngLat: undefined, buildingCode: building });
    for (const [to, extra] of [['assessed'], ['mediating', { remit: 'police' }], ['resolved'], ['visited'], ['closed']] as const) {
      expect((await move(admin, closed.code, to, extra)).status).toBe(200);
    }
    const open = await register(admin, { lngLat: undefined, buildingCode: building });
    const before = await snapshot(closed.code);
    await register(admin, { lngLat: undefined, buildingCode: building, registeredAt: new Date(Date.now() - 10 * 86_400_000).toISOString() });
    expect(await snapshot(closed.code)).toEqual(before);
    // The open one, registered after both, counts the late entry as well as the closed one.
    const reread = (await (await admin.request(`/api/disputes/${open.code}`)).json()) as DisputeDetail;
    expect(reread.riskReasons.map((r) => [r.rule, r.points])).toEqual([['repeat_address', 40]]);
  });

  it('grades levels at the floors scoreDispute uses', () => {
    const base = { code: 'X', type: 'debt', registeredAt: new Date(), addressKey: null, partyKeys: [], description: '', threats: false, violence: false, linkedIncidents: 0, history: [] };
    for (const d of [{ ...base, threats: true }, { ...base, violence: true }, { ...base, violence: true, threats: true, linkedIncidents: 1 }, { ...base, violence: true, linkedIncidents: 2 }]) {
      const r = scoreDispute(d, []);
      expect([r.score, riskLevelOf(r.score)]).toEqual([r.score, r.level]);
    }
  });

  it('adds threats and violence from the record, linked incidents, and the type; lists and maps the high-risk ones', async () => {
    const [inc] = await queryRows<{ id: number }>(db, sql`SELECT id::int AS id FROM incidents WHERE grid_code = ${gridCode} ORDER BY id LIMIT 1`);
    const d = await register(grid001, { type: 'family', description: '男方扬言报复，曾动手打人', linkedIncidents: [inc.id] });
    expect(d.riskReasons.map((r) => [r.rule, r.points])).toEqual([['linked_incidents', 10], ['threats', 20], ['violence', 30], ['type', 5]]);
    expect(d).toMatchObject({ riskScore: 65, riskLevel: 'high', linkedIncidents: [inc.id] });
    const high = (await (await grid001.request('/api/disputes?risk=high&sort=risk&limit=500')).json()) as DisputePage;
    expect(high.rows.some((r) => r.code === d.code)).toBe(true);
    expect(high.rows.every((r) => r.riskScore >= 60)).toBe(true);
    const map = (await (await grid001.request('/api/disputes/map?risk=high')).json()) as DisputeMap;
    const feature = map.features.find((f) => f.properties.code === d.code)!;
    expect(feature.properties).toMatchObject({ riskLevel: 'high', riskScore: 65, status: 'registered' });
    expect(feature.geometry.coordinates).toEqual(d.lngLat);
    // Where it is, for the 高风险 list beside the register: its place as the list names it, else its grid.
    expect(feature.properties.placeName).toBe(d.placeName ?? d.gridName);
    expect(feature.properties.placeName).toEqual(expect.any(String));
    const unnamed = map.features.filter((f) => f.properties.placeName === null);
    expect(unnamed).toEqual([]);
  });

  it('every demo dispute has its grid’s area codes, a deadline unless closed, and a score that is the sum of its reasons', async () => {
    const [r] = await queryRows<{ missing: number; deadlines: number; sums: number; high: number }>(db, sql`SELECT
      count(*) FILTER (WHERE community_code IS NULL OR street_code IS NULL OR beat_code IS NULL OR description = '')::int AS missing,
      count(*) FILTER (WHERE (due_at IS NULL) <> (status = 'closed'))::int AS deadlines,
      count(*) FILTER (WHERE risk_score <> LEAST(100, (SELECT COALESCE(sum((x->>'points')::int), 0) FROM jsonb_array_elements(risk_reasons) x)))::int AS sums,
      count(*) FILTER (WHERE risk_score >= 60)::int AS high
      FROM disputes WHERE is_demo`);
    expect(r).toMatchObject({ missing: 0, deadlines: 0, sums: 0 });
    expect(r.high).toBeGreaterThan(0);
  });

  it('names the demo disputes’ parties from the adults living next to them, and scores a repeat between the same parties', async () => {
    // Each party is a current resident, found by ID number, of a building within 150 m of the dispute (the nearest two
    // with residents: the second lies up to some 110 m away).
    const [r] = await queryRows<{ demo: number; named: number; strangers: number; repeats: number; unshared: number }>(db, sql`SELECT
      count(*)::int AS demo,
      count(*) FILTER (WHERE jsonb_array_length(d.parties) > 0)::int AS named,
      (SELECT count(*)::int FROM disputes d2, jsonb_array_elements(d2.parties) p WHERE d2.is_demo AND NOT EXISTS (
        SELECT 1 FROM residents r JOIN buildings b ON b.code = r.building_code
        WHERE r.id_number = p->>'idNumber' AND r.name = p->>'name' AND r.moved_out_on IS NULL
          AND ST_DWithin(b.geom::geography, d2.geom::geography, 150))) AS strangers,
      count(*) FILTER (WHERE d.risk_reasons @> '[{"rule":"repeat_parties"}]')::int AS repeats,
      (SELECT count(*)::int FROM disputes d3, jsonb_array_elements(d3.risk_reasons) x, jsonb_array_elements_text(x->'disputes') o
        WHERE d3.is_demo AND x->>'rule' = 'repeat_parties' AND NOT EXISTS (
          SELECT 1 FROM disputes e, jsonb_array_elements(e.parties) ep, jsonb_array_elements(d3.parties) dp
          WHERE e.code = o AND ep->>'idNumber' = dp->>'idNumber')) AS unshared
      FROM disputes d WHERE d.is_demo`);
    expect(r.named).toBeGreaterThan(r.demo * 0.95);
    expect(r.strangers).toBe(0);
    expect(r.repeats).toBeGreaterThan(0);
    expect(r.unshared).toBe(0);
    // The register answers them masked, as it does every dispute's.
    const page = (await (await commander.request('/api/disputes?sort=risk&limit=50')).json()) as DisputePage;
    const named = page.rows.filter((row) => row.parties.length > 0);
    expect(named.length).toBeGreaterThan(0);
    for (const row of named) expect(row.parties[0].idNumber).toMatch(/^\d{4}\*{10}\d{3}[\dX]$/);
  });
});
