import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/db/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditRow, WallTokenListing } from '../../core/contracts/admin';
import type { Me } from '../../core/contracts/auth';
import { hashPassword } from '../../server/auth/passwords';
import { getTestApp, getTestDatabase, loginAs, testPassword, type TestApp } from '../support/test-database';

let app: TestApp;
beforeAll(async () => {
  app = await getTestApp();
});

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.1.0.1', ...headers },
    body: JSON.stringify({ username, password }),
  });

describe('login', () => {
  it('opens a session in an HttpOnly, SameSite=Lax cookie and answers who the user is', async () => {
    const res = await login('grid001', testPassword);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^jw_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const me = (await res.json()) as Me;
    expect(me.role).toBe('grid_leader');
    expect(me.scope.kind).toBe('grids');
    expect(me.scope.codes).toHaveLength(1);
    expect(me.csrfToken.length).toBeGreaterThan(20);
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const unknown = await login('no-such-user', 'whatever-password');
    const wrong = await login('viewer', 'wrong-password');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(await unknown.json()).toEqual(await wrong.json());
  });

  it('locks an account after five failures, even for the right password, with the same message for unknown names', async () => {
    const { db } = await getTestDatabase();
    await db.execute(sql`INSERT INTO users (username, display_name, role, scope_kind, scope_codes, password_hash)
      VALUES ('locktest', 'lock test', 'viewer', 'district', '[]'::jsonb, ${await hashPassword('right-password')})`);
    for (let i = 0; i < 5; i++) expect((await login('locktest', 'wrong-password')).status).toBe(401);
    const locked = await login('locktest', 'right-password');
    expect(locked.status).toBe(429);
    for (let i = 0; i < 5; i++) await login('locktest-unknown', 'wrong-password', { 'x-forwarded-for': '10.1.0.2' });
    const unknownLocked = await login('locktest-unknown', 'right-password', { 'x-forwarded-for': '10.1.0.2' });
    expect(unknownLocked.status).toBe(429);
    expect(await unknownLocked.json()).toEqual(await locked.json());
  });

  it('throttles an address after twenty failures, whatever names it tries, but not other addresses', async () => {
    const from = { 'x-forwarded-for': '10.2.0.7' };
    for (let i = 0; i < 20; i++) expect((await login(`guess-${i}`, 'wrong-password', from)).status).toBe(401);
    expect((await login('viewer', testPassword, from)).status).toBe(429);
    expect((await login('viewer', testPassword, { 'x-forwarded-for': '10.2.0.8' })).status).toBe(200);
  });

  it('refuses a login posted from another site', async () => {
    const res = await login('viewer', testPassword, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('answers 400 naming the field when the password is missing', async () => {
    const res = await app.request('/api/auth/login', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'viewer' }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { issues: { field: string }[] }).issues[0].field).toBe('password');
  });
});

describe('sessions', () => {
  it('end at logout', async () => {
    const client = await loginAs('viewer');
    expect((await client.request('/api/auth/me')).status).toBe(200);
    expect((await client.request('/api/auth/logout', { method: 'POST' })).status).toBe(200);
    expect((await client.request('/api/auth/me')).status).toBe(401);
  });

  it('end after 30 idle minutes', async () => {
    const client = await loginAs('viewer');
    const { db } = await getTestDatabase();
    await db.execute(sql`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE username = 'viewer'`);
    expect((await client.request('/api/auth/me')).status).toBe(401);
  });

  it('slide their idle expiry on use, writing the session at most every 30 seconds', async () => {
    const client = await loginAs('viewer');
    const { db } = await getTestDatabase();
    const ageOf = async () => (await queryRows<{ age: number }>(db, sql`SELECT extract(epoch from now() - last_seen_at)::float AS age FROM sessions WHERE username = 'viewer' ORDER BY created_at DESC LIMIT 1`))[0].age;
    await db.execute(sql`UPDATE sessions SET last_seen_at = now() - interval '29 minutes' WHERE username = 'viewer'`);
    expect((await client.request('/api/auth/me')).status).toBe(200);
    expect(await ageOf()).toBeLessThan(60);
    await db.execute(sql`UPDATE sessions SET last_seen_at = now() - interval '10 seconds' WHERE username = 'viewer'`);
    expect((await client.request('/api/auth/me')).status).toBe(200);
    expect(await ageOf()).toBeGreaterThanOrEqual(10);
  });

  it('end at their absolute lifetime even when in use', async () => {
    const client = await loginAs('viewer');
    const { db } = await getTestDatabase();
    await db.execute(sql`UPDATE sessions SET absolute_expires_at = now() - interval '1 second' WHERE username = 'viewer'`);
    expect((await client.request('/api/auth/me')).status).toBe(401);
  });

  it('refuse a state-changing request without the CSRF token', async () => {
    const client = await loginAs('admin');
    const post = (headers: Record<string, string>) =>
      app.request('/api/admin/wall-tokens', {
        method: 'POST', headers: { 'content-type': 'application/json', cookie: client.cookie, ...headers }, body: JSON.stringify({ name: 'x' }),
      });
    expect((await post({})).status).toBe(403);
    expect((await post({ 'x-csrf-token': 'forged' })).status).toBe(403);
    expect((await post({ 'x-csrf-token': client.csrfToken })).status).toBe(201);
  });
});

describe('wall-display tokens', () => {
  it('are issued by an admin, open a read-only aggregate session, and stop working when revoked', async () => {
    const admin = await loginAs('admin');
    const issued = await admin.request('/api/admin/wall-tokens', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: '测试大屏' }),
    });
    expect(issued.status).toBe(201);
    const { id, token } = (await issued.json()) as { id: string; token: string };
    // Listed with who issued it by name: the admin's display name, and the seed's token as 演示数据 (not 'demo-seed').
    const listed = (await (await admin.request('/api/admin/wall-tokens')).json()) as WallTokenListing[];
    expect(listed.find((w) => w.id === id)).toMatchObject({ name: '测试大屏', createdBy: 'admin', createdByName: '系统管理员（演示）' });
    expect(listed.find((w) => w.name === '指挥中心大屏（演示）')?.createdByName).toBe('演示数据');
    const wallLogin = await app.request('/api/auth/wall', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }),
    });
    expect(wallLogin.status).toBe(200);
    expect(((await wallLogin.clone().json()) as Me).role).toBe('wall_display');
    // The audit names the wall's session by its token's name, and its role, not by 'wall:<id>' alone.
    const [audited] = (await (await admin.request(`/api/admin/audit?action=wall_login&username=wall:${id}`)).json()) as AuditRow[];
    expect(audited).toMatchObject({ username: `wall:${id}`, userName: '大屏令牌「测试大屏」', role: 'wall_display', outcome: 'success' });
    const cookie = wallLogin.headers.get('set-cookie')!.split(';')[0];
    expect((await app.request('/api/stats/summary', { headers: { cookie } })).status).toBe(200);
    expect((await app.request('/api/residents', { headers: { cookie } })).status).toBe(403);
    expect((await admin.request(`/api/admin/wall-tokens/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await app.request('/api/stats/summary', { headers: { cookie } })).status).toBe(401);
    const again = await app.request('/api/auth/wall', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }),
    });
    expect(again.status).toBe(401);
  });
});

describe('the administrator\'s list of accounts', () => {
  it('names each scope as its holder\'s own menu names it, not by codes', async () => {
    const admin = await loginAs('admin', '10.1.9.1');
    const res = await admin.request('/api/admin/users');
    expect(res.status).toBe(200);
    const users = (await res.json()) as { username: string; scopeCodes: string[]; jurisdiction: Me['jurisdiction'] }[];
    for (const username of ['grid001', 'officer01', 'commander']) {
      const me = (await (await (await loginAs(username, '10.1.9.2')).request('/api/auth/me')).json()) as Me;
      expect(users.find((u) => u.username === username)!.jurisdiction).toEqual(me.jurisdiction);
    }
    const gridLeader = users.find((u) => u.username === 'grid001')!;
    expect(gridLeader.jurisdiction).toEqual({ level: 'grid', names: [expect.stringMatching(/^\D+社区第\d+网格$/)] });
    expect(gridLeader.scopeCodes).toHaveLength(1);
  });
});
