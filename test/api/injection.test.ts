import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Db } from '../../server/db/engine';
import { getTestApp, getTestDatabase, loginAs, type TestApp, type TestClient } from '../support/test-database';

// SQL and script payloads put into every text field and filter of the routes: none may get through
// (change data or widen a result), produce a 500, or come back as anything but inert JSON text.
const payloads = [
  "' OR '1'='1",
  "'; DROP TABLE grids; --",
  '1); DELETE FROM audit_log; --',
  "511703001001001' OR 1=1 --",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '${7*7}{{7*7}}',
  '\u0000',
  'x'.repeat(5000),
  '../../../etc/passwd',
];

const queryFields: Record<string, string[]> = {
  '/api/grids': ['bbox'],
  '/api/streets': ['bbox'],
  '/api/incidents': ['from', 'to', 'categories', 'hours', 'weekdays', 'bbox'],
  '/api/residents': ['gridCode', 'buildingCode', 'kind', 'limit', 'offset'],
  '/api/admin/audit': ['username', 'action', 'from', 'to', 'limit'],
};

let app: TestApp;
let admin: TestClient;
let db: Db;
let before: { grids: number; residents: number; audit: number };

const counts = async () => {
  const [r] = await queryRows<{ grids: number; residents: number; audit: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM grids) AS grids, (SELECT count(*)::int FROM residents) AS residents,
               (SELECT count(*)::int FROM audit_log) AS audit`,
  );
  return { grids: Number(r.grids), residents: Number(r.residents), audit: Number(r.audit) };
};

beforeAll(async () => {
  app = await getTestApp();
  admin = await loginAs('admin');
  db = (await getTestDatabase()).db;
  before = await counts();
});

describe('injection', () => {
  const queryCases = Object.entries(queryFields).flatMap(([path, fields]) =>
    fields.flatMap((field) => payloads.map((p, i) => [path, field, i, p] as const)),
  );
  it.each(queryCases)('GET %s?%s=<payload %i> answers 400, or 200 with nothing widened', async (path, field, _i, payload) => {
    const res = await admin.request(`${path}?${field}=${encodeURIComponent(payload)}`);
    expect([200, 400]).toContain(res.status);
    const text = await res.text();
    expect(text).not.toMatch(/at .*\.ts:\d+|stack|SELECT |syntax error/i);
    if (res.status === 200 && path === '/api/residents') expect(JSON.parse(text).total).toBe(0);
  });

  it.each(payloads.map((p, i) => [i, p] as const))('login with payload %i as username or password fails cleanly', async (_i, payload) => {
    // A name no account has: failures lock the name they are made against.
    for (const body of [{ username: payload, password: 'x' }, { username: 'injection-target', password: payload }]) {
      const res = await app.request('/api/auth/login', {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.4.0.1' }, body: JSON.stringify(body),
      });
      expect([400, 401, 429]).toContain(res.status);
    }
  });

  it.each(payloads.map((p, i) => [i, p] as const))('resident id and wall token with payload %i answer 400 or 404', async (_i, payload) => {
    const unmask = await admin.request(`/api/residents/${encodeURIComponent(payload)}/unmask`, { method: 'POST' });
    expect([400, 404]).toContain(unmask.status);
    const wall = await app.request('/api/auth/wall', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: payload }),
    });
    expect([400, 401]).toContain(wall.status);
  });

  it('stores a script in a wall-token name as inert text and returns it escaped in JSON', async () => {
    const res = await admin.request('/api/admin/wall-tokens', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: '<script>alert(1)</script>' }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toContain('application/json');
    const list = (await (await admin.request('/api/admin/wall-tokens')).json()) as { name: string }[];
    expect(list.some((t) => t.name === '<script>alert(1)</script>')).toBe(true);
  });

  it('answers a malformed JSON body with 400, not 500', async () => {
    const res = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":' });
    expect(res.status).toBe(400);
  });

  it('left the data as it was: no grid or resident gone, the audit trail only grew', async () => {
    const after = await counts();
    expect(after.grids).toBe(before.grids);
    expect(after.residents).toBe(before.residents);
    expect(after.audit).toBeGreaterThan(before.audit);
  });
});
