import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiTokenListing, AuditRow, IssuedApiToken } from '../../core/contracts/admin';
import { createApp } from '../../server/app';
import { hashToken } from '../../server/auth/tokens';
import { queryRows } from '../../server/db/engine';
import { readEnv } from '../../server/env';
import { externalIdMaker, pointsInGrids } from '../support/incident-points';
import { getTestApp, getTestDatabase, loginAs, type TestApp, type TestClient } from '../support/test-database';

// Machine tokens (issue 14 item 3): issued by an admin, reading as an account, read-only, revocable, expiring.

let app: TestApp;
let admin: TestClient;
beforeAll(async () => {
  app = await getTestApp();
  admin = await loginAs('admin');
});

async function issue(body: object, as: TestClient = admin): Promise<Response> {
  return as.request('/api/admin/api-tokens', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}
async function issueFor(username: string, name = '测试接口令牌'): Promise<IssuedApiToken> {
  const res = await issue({ name, username, expiresInDays: 30 });
  expect(res.status).toBe(201);
  return (await res.json()) as IssuedApiToken;
}
const bearer = (token: string, init: RequestInit = {}) => ({ ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` } });

describe('POST /api/admin/api-tokens', () => {
  it('issues a token, shown once, that reads as its account: grid001’s figures, not the admin’s', async () => {
    const issued = await issueFor('grid001');
    const expiresInMs = new Date(issued.expiresAt).getTime() - Date.now();
    expect(Math.round(expiresInMs / 86_400_000)).toBe(30);
    const byToken = await app.request('/api/stats/summary', bearer(issued.token));
    expect(byToken.status).toBe(200);
    const bySession = await (await loginAs('grid001')).request('/api/stats/summary');
    const byAdmin = await admin.request('/api/stats/summary');
    const tokenAnswer = await byToken.json();
    expect(tokenAnswer).toEqual(await bySession.json());
    expect(tokenAnswer).not.toEqual(await byAdmin.json());
    const me = await app.request('/api/grids', bearer(issued.token));
    expect(me.status).toBe(200);
  });

  it('keeps only the token’s hash, and the listing never shows the token', async () => {
    const issued = await issueFor('grid001', '只存哈希');
    const { db } = await getTestDatabase();
    const rows = await queryRows<{ token_hash: string; username: string; created_by: string }>(db, sql`SELECT token_hash, username, created_by FROM api_tokens WHERE id = ${issued.id}`);
    expect(rows).toEqual([{ token_hash: hashToken(issued.token), username: 'grid001', created_by: 'admin' }]);
    const [{ n }] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM api_tokens WHERE token_hash = ${issued.token} OR name = ${issued.token}`);
    expect(n).toBe(0);
    const listing = await admin.request('/api/admin/api-tokens');
    expect(listing.status).toBe(200);
    const text = await listing.text();
    expect(text).not.toContain(issued.token);
    const mine = (JSON.parse(text) as ApiTokenListing[]).find((t) => t.id === issued.id);
    expect(mine).toMatchObject({ name: '只存哈希', username: 'grid001', createdBy: 'admin', createdByName: '系统管理员（演示）', revokedAt: null, lastUsedAt: null });
  });

  it('audits the issue and the revocation with the token’s id', async () => {
    const issued = await issueFor('viewer', '审计');
    expect((await admin.request(`/api/admin/api-tokens/${issued.id}`, { method: 'DELETE' })).status).toBe(200);
    const rows = (await (await admin.request('/api/admin/audit?limit=20')).json()) as AuditRow[];
    const about = rows.filter((r) => r.records.includes(issued.id)).map((r) => [r.action, r.outcome, r.username]);
    expect(about.sort()).toEqual([['api_token_issue', 'success', 'admin'], ['api_token_revoke', 'success', 'admin']]);
  });

  it('answers 404 naming an unknown account, and writes nothing', async () => {
    const res = await issue({ name: '无此人', username: 'nobody-here', expiresInDays: 10 });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { message: string }).message).toBe('没有账号 nobody-here');
    const { db } = await getTestDatabase();
    const [{ n }] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM api_tokens WHERE username = 'nobody-here'`);
    expect(n).toBe(0);
  });

  it.each([0, 366, 1.5])('answers 400 for expiresInDays %s', async (days) => {
    const res = await issue({ name: '天数', username: 'grid001', expiresInDays: days });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toContain('有效天数');
  });

  it('is refused to a commander (403)', async () => {
    const res = await issue({ name: '越权', username: 'grid001', expiresInDays: 10 }, await loginAs('commander'));
    expect(res.status).toBe(403);
  });
});

describe('a request with a Bearer token', () => {
  it('may not write but for the dispatch intake: another POST answers 403 and nothing is created', async () => {
    const { token } = await issueFor('admin', '只读');
    const res = await app.request('/api/admin/wall-tokens', bearer(token, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'by token' }),
    }));
    expect(res.status).toBe(403);
    expect(((await res.json()) as { message: string }).message).toBe('接口令牌只能读取数据和接入登记警情，不能提交其他修改（POST /api/admin/wall-tokens）');
    const [{ n }] = await queryRows<{ n: number }>((await getTestDatabase()).db, sql`SELECT count(*)::int AS n FROM wall_tokens WHERE name = 'by token'`);
    expect(n).toBe(0);
  });

  it('writes incidents as the 110 system does, without CSRF, within its account’s role and scope', async () => {
    const [point] = await pointsInGrids(1);
    const externalId = externalIdMaker('token')(1);
    const incident = { categoryCode: 'THEFT_RES', source: '110', lng: point.lng, lat: point.lat, externalId };
    const dispatch = await issueFor('commander', '110 接警系统');
    const post = (token: string) => app.request('/api/incidents', bearer(token, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(incident) }));
    const created = await post(dispatch.token);
    expect(created.status).toBe(201);
    expect(((await created.json()) as { gridCode: string }).gridCode).toBe(point.grid);
    // A retry of the same call (the same 接警单号) is the same incident.
    expect((await post(dispatch.token)).status).toBe(200);
    // A viewer's token reaches the route, whose roles refuse it.
    const viewer = await issueFor('viewer', '只读大屏');
    expect((await post(viewer.token)).status).toBe(403);
  });

  it('may not read account or admin routes, even as an admin', async () => {
    const { token } = await issueFor('admin', '管理');
    const users = await app.request('/api/admin/users', bearer(token));
    expect(users.status).toBe(403);
    expect(((await users.json()) as { message: string }).message).toBe('接口令牌不能用于账号和管理功能（/api/admin/users）');
    expect((await app.request('/api/auth/me', bearer(token))).status).toBe(403);
  });

  it('answers 401 naming revocation once revoked', async () => {
    const issued = await issueFor('grid001', '吊销');
    expect((await app.request('/api/stats/summary', bearer(issued.token))).status).toBe(200);
    expect((await admin.request(`/api/admin/api-tokens/${issued.id}`, { method: 'DELETE' })).status).toBe(200);
    const res = await app.request('/api/stats/summary', bearer(issued.token));
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: 'token_revoked', message: '令牌已吊销' });
    const english = await app.request('/api/stats/summary', bearer(issued.token, { headers: { 'accept-language': 'en' } }));
    expect(((await english.json()) as { message: string }).message).toBe('the API token has been revoked');
    expect((await admin.request(`/api/admin/api-tokens/${issued.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('answers 401 naming expiry once past expires_at', async () => {
    const issued = await issueFor('grid001', '过期');
    const { db } = await getTestDatabase();
    await db.execute(sql`UPDATE api_tokens SET expires_at = now() - interval '1 minute' WHERE id = ${issued.id}`);
    const res = await app.request('/api/stats/summary', bearer(issued.token));
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: 'token_expired', message: '令牌已过期' });
  });

  it('answers 401 for an unknown token, and for one whose account is disabled', async () => {
    const unknown = await app.request('/api/stats/summary', bearer('x'.repeat(43)));
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toMatchObject({ error: 'token_unknown', message: '令牌无效' });
    const issued = await issueFor('viewer', '停用');
    const { db } = await getTestDatabase();
    await db.execute(sql`UPDATE users SET disabled = true WHERE username = 'viewer'`);
    try {
      const res = await app.request('/api/stats/summary', bearer(issued.token));
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ error: 'token_disabled', message: '令牌所属账号已停用' });
    } finally {
      await db.execute(sql`UPDATE users SET disabled = false WHERE username = 'viewer'`);
    }
  });

  it('records its last use at most once a minute', async () => {
    const issued = await issueFor('grid001', '最近使用');
    const { db } = await getTestDatabase();
    const lastUsed = async () => (await queryRows<{ at: string | null }>(db, sql`SELECT last_used_at::text AS at FROM api_tokens WHERE id = ${issued.id}`))[0].at;
    expect(await lastUsed()).toBeNull();
    await app.request('/api/grids', bearer(issued.token));
    await db.execute(sql`UPDATE api_tokens SET last_used_at = now() - interval '30 seconds' WHERE id = ${issued.id}`);
    const within = await lastUsed();
    await app.request('/api/grids', bearer(issued.token));
    expect(await lastUsed()).toBe(within);
    await db.execute(sql`UPDATE api_tokens SET last_used_at = now() - interval '2 minutes' WHERE id = ${issued.id}`);
    const before = await lastUsed();
    await app.request('/api/grids', bearer(issued.token));
    expect(new Date((await lastUsed())!).getTime()).toBeGreaterThan(new Date(before!).getTime());
  });

  it('answers 429 with Retry-After past the rate a minute of its token', async () => {
    const database = await getTestDatabase();
    const limited = createApp({ database, env: readEnv({ ...process.env, PORT: '8787', TRUST_PROXY: 'true', API_TOKEN_RATE_PER_MINUTE: '2' }) });
    const first = await issueFor('grid001', '限流一');
    const second = await issueFor('grid001', '限流二');
    // The limiter's minutes are the clock's: a run that would straddle one waits for the next to begin.
    const msLeft = 60_000 - (Date.now() % 60_000);
    if (msLeft < 5_000) await new Promise((resolve) => setTimeout(resolve, msLeft + 50));
    expect((await limited.request('/api/grids', bearer(first.token))).status).toBe(200);
    expect((await limited.request('/api/grids', bearer(first.token))).status).toBe(200);
    const refused = await limited.request('/api/grids', bearer(first.token));
    expect(refused.status).toBe(429);
    const seconds = Number(refused.headers.get('retry-after'));
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(((await refused.json()) as { message: string }).message).toBe(`请求过于频繁：每个令牌每分钟最多 2 次，请 ${seconds} 秒后再试`);
    const other = await limited.request('/api/grids', bearer(second.token));
    expect(other.status).toBe(200);
  });
});
