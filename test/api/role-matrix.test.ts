import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../core/contracts/auth';
import { queryRows } from '../../server/db/engine';
import { clientOfSession, getTestApp, getTestDatabase, loginAs, type TestApp, type TestClient } from '../support/test-database';

// The demo account of each role; the wall display logs in with its token instead.
const accountOf: Record<Exclude<Role, 'wall_display'>, string> = {
  admin: 'admin', commander: 'commander', planner: 'planner', patrol_leader: 'patrol', officer: 'officer01',
  grid_leader: 'grid001', grid_worker: 'worker001', viewer: 'viewer',
};
const all = roles;
const personal: Role[] = ['admin', 'commander', 'officer', 'grid_leader', 'grid_worker'];
const staffRoles: Role[] = roles.filter((r) => r !== 'wall_display');
const unmask: Role[] = ['admin', 'commander', 'officer', 'grid_leader'];

interface RouteCase {
  method: 'GET' | 'POST' | 'DELETE';
  path: string | (() => string);
  body?: () => unknown;
  allowed: readonly Role[];
  okStatus?: number;
}

let residentInFirstGrid = '';
let pointInFirstGrid = { lng: 0, lat: 0 };
const routes: RouteCase[] = [
  { method: 'GET', path: '/api/auth/me', allowed: all },
  { method: 'GET', path: '/api/district', allowed: all },
  { method: 'GET', path: '/api/streets', allowed: all },
  { method: 'GET', path: '/api/communities', allowed: all },
  { method: 'GET', path: '/api/grids', allowed: all },
  { method: 'GET', path: '/api/beats', allowed: all },
  { method: 'GET', path: '/api/stations', allowed: all },
  { method: 'GET', path: '/api/key-places', allowed: all },
  { method: 'GET', path: '/api/incident-categories', allowed: all },
  { method: 'GET', path: '/api/incidents?hours=3', allowed: all },
  { method: 'GET', path: '/api/stats/summary', allowed: all },
  // The district's summary: district-wide accounts and the wall (live.test.ts has the refusal's words).
  { method: 'GET', path: '/api/wall/summary', allowed: ['admin', 'commander', 'planner', 'viewer', 'wall_display'] },
  { method: 'GET', path: '/api/wall/grid-measures', allowed: all },
  { method: 'GET', path: '/api/wall/dosage', allowed: all },
  { method: 'GET', path: '/api/dosage', allowed: staffRoles },
  { method: 'GET', path: '/api/dosage/effect', allowed: staffRoles },
  { method: 'GET', path: '/api/live', allowed: all },
  { method: 'POST', path: '/api/incidents', body: () => ({ categoryCode: 'NOISE', source: '110', ...pointInFirstGrid }), allowed: ['admin', 'commander', 'officer'], okStatus: 201 },
  { method: 'GET', path: '/api/residents?limit=5', allowed: personal },
  { method: 'POST', path: () => `/api/residents/${residentInFirstGrid}/unmask`, allowed: unmask },
  { method: 'GET', path: '/api/planner/areas', allowed: ['admin', 'planner'] },
  { method: 'GET', path: '/api/analysis/profile', allowed: staffRoles },
  { method: 'GET', path: '/api/analysis/hotspots?cell=300', allowed: staffRoles },
  { method: 'GET', path: '/api/planner/drafts?area=511703005', allowed: ['admin', 'planner'] },
  { method: 'POST', path: '/api/planner/drafts/00000000-0000-4000-8000-000000000000/publish', allowed: ['admin', 'planner'], okStatus: 404 },
  { method: 'GET', path: '/api/admin/audit?limit=5', allowed: ['admin'] },
  { method: 'GET', path: '/api/admin/users', allowed: ['admin'] },
  { method: 'GET', path: '/api/admin/wall-tokens', allowed: ['admin'] },
  { method: 'POST', path: '/api/admin/wall-tokens', body: () => ({ name: 'matrix' }), allowed: ['admin'], okStatus: 201 },
  { method: 'DELETE', path: '/api/admin/wall-tokens/00000000-0000-4000-8000-000000000000', allowed: ['admin'], okStatus: 404 },
  { method: 'GET', path: '/api/admin/api-tokens', allowed: ['admin'] },
  { method: 'POST', path: '/api/admin/api-tokens', body: () => ({ name: 'matrix', username: 'viewer', expiresInDays: 1 }), allowed: ['admin'], okStatus: 201 },
  { method: 'DELETE', path: '/api/admin/api-tokens/00000000-0000-4000-8000-000000000000', allowed: ['admin'], okStatus: 404 },
  // Disputes and the grid workforce (issue 7): unknown codes answer 404 to the roles allowed, so nothing is written.
  { method: 'GET', path: '/api/disputes?limit=5', allowed: personal },
  { method: 'GET', path: '/api/disputes/map', allowed: staffRoles },
  { method: 'GET', path: '/api/disputes/reminders', allowed: personal },
  { method: 'GET', path: '/api/disputes/MD999999', allowed: personal, okStatus: 404 },
  { method: 'POST', path: '/api/disputes', body: () => ({ type: 'family', source: 'resident', summary: 'matrix', buildingCode: 'NO-SUCH-BUILDING' }), allowed: personal, okStatus: 404 },
  { method: 'POST', path: '/api/disputes/MD999999/transitions', body: () => ({ to: 'assessed', reason: 'matrix' }), allowed: unmask, okStatus: 404 },
  { method: 'POST', path: '/api/disputes/MD999999/unmask', allowed: unmask, okStatus: 404 },
  { method: 'GET', path: '/api/workforce/people?grid=NO-SUCH-GRID', allowed: staffRoles, okStatus: 404 },
  { method: 'GET', path: '/api/workforce/activities?limit=5', allowed: staffRoles },
  {
    method: 'POST', path: '/api/workforce/activities', allowed: personal, okStatus: 404,
    body: () => ({ kind: 'patrol', gridCode: 'NO-SUCH-GRID', personId: 'P00001', occurredAt: '2026-01-05T09:00:00+08:00', place: 'matrix' }),
  },
  { method: 'GET', path: '/api/workforce/meetings', allowed: staffRoles },
  {
    method: 'POST', path: '/api/workforce/meetings', allowed: unmask, okStatus: 404,
    body: () => ({ kind: 'joint_monthly', gridCode: 'NO-SUCH-GRID', heldOn: '2026-01-05', topic: 'matrix', minutes: 'matrix', attendance: ['P00001'] }),
  },
  { method: 'GET', path: '/api/workforce/assessments', allowed: staffRoles },
  {
    method: 'POST', path: '/api/workforce/assessments', allowed: ['admin', 'commander'], okStatus: 404,
    body: () => ({ gridCode: 'NO-SUCH-GRID', round: '2026-01/02', grade: 'good', scores: { work: 20, disputes: 20, data: 20, residents: 20 } }),
  },
  { method: 'GET', path: '/api/grids/NO-SUCH-GRID/page', allowed: staffRoles, okStatus: 404 },
  { method: 'GET', path: '/api/patrol/candidates?station=PS01&start=19:00&end=23:00&weekdays=1,2,3,4,5&mode=foot', allowed: ['admin', 'commander', 'patrol_leader', 'officer'] },
  {
    method: 'POST', path: '/api/patrol/plan', allowed: ['admin', 'commander', 'patrol_leader', 'officer'],
    body: () => ({ stationCode: 'PS01', window: { start: '19:00', end: '23:00' }, mode: 'foot', budgetMin: 20, dwellMin: 5 }),
  },
  {
    method: 'POST', path: '/api/patrol/routes', allowed: ['admin', 'commander', 'patrol_leader', 'officer'], okStatus: 201,
    body: () => ({
      name: 'matrix', assignedTo: 'station:PS01', stationCode: 'PS01', window: { start: '19:00', end: '23:00' }, mode: 'foot', budgetMin: 20, dwellMin: 5,
      plan: {
        stops: [{ id: 'KP01', risk: 1, mandatory: false, arrival: '19:05', departure: '19:10', arrivalMin: 5, departureMin: 10, waitMin: 0 }],
        geometry: { type: 'LineString', coordinates: [[107.5, 31.2], [107.5005, 31.2]] }, distanceKm: 0.1, minutes: 15, coveredRisk: 1, method: 'matrix', dropped: [],
      },
    }),
  },
  { method: 'GET', path: '/api/patrol/routes', allowed: ['admin', 'commander', 'patrol_leader', 'officer'] },
  { method: 'GET', path: '/api/patrol/assignees', allowed: ['admin', 'commander', 'patrol_leader', 'officer'] },
  { method: 'GET', path: '/api/patrol/routes/00000000-0000-4000-8000-000000000000', allowed: ['admin', 'commander', 'patrol_leader', 'officer'], okStatus: 404 },
  { method: 'DELETE', path: '/api/patrol/routes/00000000-0000-4000-8000-000000000000', allowed: ['admin', 'commander', 'patrol_leader', 'officer'], okStatus: 404 },
  // 一标三实 (issue 7): unknown codes answer 404, a refused import 422, to the roles allowed, so nothing is written.
  { method: 'GET', path: '/api/registry/freshness', allowed: personal },
  { method: 'GET', path: '/api/registry/buildings/NO-SUCH-BUILDING', allowed: personal, okStatus: 404 },
  { method: 'GET', path: '/api/registry/tasks', allowed: personal },
  { method: 'POST', path: '/api/registry/tasks', body: () => ({ gridCode: '999999999999999', assignee: 'P00001', dueOn: '2099-01-01' }), allowed: unmask, okStatus: 404 },
  { method: 'POST', path: '/api/registry/tasks/00000000-0000-4000-8000-000000000000/cancel', allowed: unmask, okStatus: 404 },
  { method: 'POST', path: '/api/registry/visits', body: () => ({ buildingCode: 'NO-SUCH-BUILDING' }), allowed: personal, okStatus: 404 },
  {
    method: 'POST', path: '/api/registry/import', allowed: personal, okStatus: 422,
    body: () => ({ kind: 'addresses', format: 'csv', content: 'code,building_code,label\nT-MATRIX,NO-SUCH-BUILDING,matrix\n' }),
  },
  { method: 'GET', path: '/api/registry/export?grid=999999999999999&kind=houses', allowed: unmask, okStatus: 404 },
];
// Public by design: the login forms, health for load balancers, and the client's configuration.
const publicRoutes = ['/api/health', '/api/config'];

let app: TestApp;
const clients = new Map<Role, TestClient>();
beforeAll(async () => {
  app = await getTestApp();
  for (const [role, username] of Object.entries(accountOf)) clients.set(role as Role, await loginAs(username));
  const admin = clients.get('admin')!;
  const issued = (await (await admin.request('/api/admin/wall-tokens', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'matrix wall' }),
  })).json()) as { token: string };
  const wall = await app.request('/api/auth/wall', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: issued.token }),
  });
  clients.set('wall_display', await clientOfSession(app, 'wall', wall));
  const { db } = await getTestDatabase();
  const [r] = await queryRows<{ id: string }>(db, sql`SELECT r.id FROM residents r JOIN users u ON u.username = 'grid001'
    WHERE r.grid_code = u.scope_codes->>0 ORDER BY r.id LIMIT 1`);
  residentInFirstGrid = r.id;
  const [p] = await queryRows<{ lng: number; lat: number }>(db, sql`SELECT ST_X(ST_PointOnSurface(g.geom)) AS lng,
    ST_Y(ST_PointOnSurface(g.geom)) AS lat FROM grids g JOIN users u ON u.username = 'grid001' WHERE g.code = u.scope_codes->>0`);
  pointInFirstGrid = { lng: Number(p.lng), lat: Number(p.lat) };
});

function init(route: RouteCase): RequestInit {
  return route.body
    ? { method: route.method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(route.body()) }
    : { method: route.method };
}
const pathOf = (r: RouteCase) => (typeof r.path === 'function' ? r.path() : r.path);

describe('roles × routes', () => {
  it.each(routes.map((r) => [r.method, typeof r.path === 'string' ? r.path : '/api/residents/:id/unmask', r] as const))(
    '%s %s answers 401 without a session',
    async (_m, _p, route) => {
      const res = await app.request(pathOf(route), init(route));
      await res.body?.cancel();
      expect(res.status).toBe(401);
    },
  );

  const matrix = routes.flatMap((route) => all.map((role) => [role, route.method, typeof route.path === 'string' ? route.path : '/api/residents/:id/unmask', route] as const));
  it.each(matrix)('%s: %s %s', async (role, _m, _p, route) => {
    const expected = route.allowed.includes(role) ? (route.okStatus ?? 200) : 403;
    const res = await clients.get(role)!.request(pathOf(route), init(route));
    await res.body?.cancel(); // the live stream never ends by itself
    expect({ role, status: res.status }).toEqual({ role, status: expected });
  });

  it.each(publicRoutes)('%s is public', async (path) => {
    expect((await app.request(path)).status).toBe(200);
  });

  it('covers every role in the matrix', () => {
    expect([...clients.keys()].sort()).toEqual([...all].sort());
  });
});
