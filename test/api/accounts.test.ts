import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserListing } from '../../core/contracts/admin';
import type { Me } from '../../core/contracts/auth';
import { verifyPassword } from '../../server/auth/passwords';
import { queryRows, type Database } from '../../server/db/engine';
import { clientOfSession, loginTo, openScratchDatabase, type TestApp, type TestClient } from '../support/test-database';

// 用户管理: an administrator adds the officers and grid staff a deployment has, changes their role and jurisdiction,
// disables them when they leave, and resets a forgotten password; everyone changes their own. Accounts are added and
// disabled here, so it runs on a database of its own.
let database: Database;
let app: TestApp;
let admin: TestClient;
let beat: { code: string; name: string };
let grid: { code: string; name: string };

beforeAll(async () => {
  ({ database, app } = await openScratchDatabase('accounts'));
  admin = await loginTo(app, 'admin');
  beat = (await queryRows<{ code: string; name: string }>(database.db, sql`SELECT code, name FROM beats ORDER BY code LIMIT 1`))[0];
  grid = (await queryRows<{ code: string; name: string }>(database.db, sql`SELECT code, name FROM grids ORDER BY code OFFSET 3 LIMIT 1`))[0];
}, 600_000);
afterAll(async () => {
  await database?.close();
});

const json = (method: string, body: unknown, headers: Record<string, string> = {}) => ({ method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const password = 'Dachuan-2026';
const newOfficer = (username: string) => ({ username, displayName: '张伟', role: 'officer', scope: { kind: 'beat', codes: [beat.code] }, password });

async function signIn(username: string, pass: string, address = '10.9.0.1'): Promise<{ status: number; client?: TestClient }> {
  const res = await app.request('/api/auth/login', json('POST', { username, password: pass }, { 'x-forwarded-for': address }));
  return res.status === 200 ? { status: 200, client: await clientOfSession(app, username, res) } : { status: res.status };
}
async function accounts(): Promise<UserListing[]> {
  return (await (await admin.request('/api/admin/users')).json()) as UserListing[];
}
async function auditActions(username: string): Promise<string[]> {
  const rows = await queryRows<{ action: string }>(database.db, sql`SELECT action FROM audit_log WHERE records ? ${username} ORDER BY at`);
  return rows.map((r) => r.action);
}
async function create(body: unknown) {
  return admin.request('/api/admin/users', json('POST', body));
}

describe('POST /api/admin/users', () => {
  it('adds an account that signs in with its role and jurisdiction, named as its menu names it, and audits it', async () => {
    const res = await create(newOfficer('zhang.wei'));
    expect(res.status).toBe(201);
    const listing = (await res.json()) as UserListing;
    expect(listing).toMatchObject({ username: 'zhang.wei', displayName: '张伟', role: 'officer', scopeKind: 'beat', scopeCodes: [beat.code], disabled: false });
    expect(listing.jurisdiction).toEqual({ level: 'beat', names: [beat.name] });
    const { status, client } = await signIn('zhang.wei', password);
    expect(status).toBe(200);
    const me = (await (await client!.request('/api/auth/me')).json()) as Me;
    expect(me).toMatchObject({ role: 'officer', scope: { kind: 'beat', codes: [beat.code] }, jurisdiction: { level: 'beat', names: [beat.name] } });
    expect(await auditActions('zhang.wei')).toContain('user_create');
  });

  it.each([
    ['a name already taken', () => newOfficer('admin'), 409, '用户名：admin 已被使用，请换一个'],
    ['a beat that does not exist', () => ({ ...newOfficer('li.na'), scope: { kind: 'beat', codes: ['NO-SUCH-BEAT'] } }), 400, '辖区：没有这些代码：NO-SUCH-BEAT'],
    ['a password of letters only', () => ({ ...newOfficer('li.na'), password: 'onlylettershere' }), 400, '须包含字母、数字、符号中的至少两类'],
    ['a password under 10 characters', () => ({ ...newOfficer('li.na'), password: 'ab-12' }), 400, '密码'],
    ['the username inside the password', () => ({ ...newOfficer('li.na'), password: 'li.na-2026-x' }), 400, '密码：不能包含用户名'],
    ['an administrator with a beat', () => ({ ...newOfficer('li.na'), role: 'admin' }), 400, '系统管理员的辖区只能是全区'],
    ['a beat without codes', () => ({ ...newOfficer('li.na'), scope: { kind: 'beat', codes: [] } }), 400, '请至少选择一个'],
    ['a wall-display role', () => ({ ...newOfficer('li.na'), role: 'wall_display' }), 400, '身份'],
    ['an upper-case name', () => newOfficer('LiNa'), 400, '小写字母'],
  ])('refuses %s in Chinese, and adds nothing', async (_label, body, status, words) => {
    const before = await accounts();
    const res = await create(body());
    expect(res.status).toBe(status);
    expect(((await res.json()) as { message: string }).message).toContain(words);
    expect(await accounts()).toEqual(before);
  });

  it('answers in English when asked', async () => {
    const res = await admin.request('/api/admin/users', json('POST', newOfficer('admin'), { 'accept-language': 'en' }));
    expect(res.status).toBe(409);
    expect(((await res.json()) as { message: string }).message).toBe('username: admin is taken: choose another');
  });

  it('is for administrators only', async () => {
    const commander = await loginTo(app, 'commander');
    const res = await commander.request('/api/admin/users', json('POST', newOfficer('wang.fang')));
    expect(res.status).toBe(403);
    expect((await accounts()).some((a) => a.username === 'wang.fang')).toBe(false);
  });
});

describe('PATCH /api/admin/users/:username', () => {
  it('moves an officer to grid work: the open session ends, the next sign-in has the new role and grid', async () => {
    expect((await create(newOfficer('chen.jie'))).status).toBe(201);
    const { client } = await signIn('chen.jie', password);
    const res = await admin.request('/api/admin/users/chen.jie', json('PATCH', { role: 'grid_worker', scope: { kind: 'grids', codes: [grid.code] } }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as UserListing).jurisdiction).toEqual({ level: 'grid', names: [grid.name] });
    expect((await client!.request('/api/auth/me')).status).toBe(401);
    const again = await signIn('chen.jie', password);
    const me = (await (await again.client!.request('/api/auth/me')).json()) as Me;
    expect(me).toMatchObject({ role: 'grid_worker', scope: { kind: 'grids', codes: [grid.code] } });
    expect(await auditActions('chen.jie')).toContain('user_update');
  });

  it('disables an account: its session ends and it cannot sign in; enabled again, it can', async () => {
    expect((await create(newOfficer('zhao.min'))).status).toBe(201);
    const { client } = await signIn('zhao.min', password);
    expect((await admin.request('/api/admin/users/zhao.min', json('PATCH', { disabled: true }))).status).toBe(200);
    expect((await client!.request('/api/auth/me')).status).toBe(401);
    expect((await signIn('zhao.min', password, '10.9.0.2')).status).toBe(401);
    expect((await accounts()).find((a) => a.username === 'zhao.min')?.disabled).toBe(true);
    expect((await admin.request('/api/admin/users/zhao.min', json('PATCH', { disabled: false }))).status).toBe(200);
    expect((await signIn('zhao.min', password, '10.9.0.2')).status).toBe(200);
  });

  it('keeps a display-name change from ending the session', async () => {
    const { client } = await signIn('zhang.wei', password);
    expect((await admin.request('/api/admin/users/zhang.wei', json('PATCH', { displayName: '张伟（三里坪所）' }))).status).toBe(200);
    const me = (await (await client!.request('/api/auth/me')).json()) as Me;
    expect(me.displayName).toBe('张伟（三里坪所）');
  });

  it.each([
    ['to disable their own account', { disabled: true }, 409, '不能停用自己的账号'],
    ['to give up their own admin role', { role: 'viewer', scope: { kind: 'district', codes: [] } }, 409, '不能停用自己的账号，也不能取消自己的系统管理员身份'],
    ['nothing to change', {}, 400, '没有要修改的内容'],
  ])('refuses an administrator %s, and changes nothing', async (_label, body, status, words) => {
    const before = await accounts();
    const res = await admin.request('/api/admin/users/admin', json('PATCH', body));
    expect(res.status).toBe(status);
    expect(((await res.json()) as { message: string }).message).toContain(words);
    expect(await accounts()).toEqual(before);
    expect((await admin.request('/api/auth/me')).status).toBe(200);
  });

  it('refuses to make an officer an administrator while the beat stays their jurisdiction', async () => {
    const before = await accounts();
    const res = await admin.request('/api/admin/users/zhang.wei', json('PATCH', { role: 'admin' }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toBe('辖区：系统管理员的辖区只能是全区');
    expect(await accounts()).toEqual(before);
  });

  it('answers 404 naming an account that is not there', async () => {
    const res = await admin.request('/api/admin/users/nobody', json('PATCH', { disabled: true }));
    expect(res.status).toBe(404);
    expect(((await res.json()) as { message: string }).message).toBe('没有账号 nobody');
  });
});

describe('resetting and changing passwords', () => {
  it('an administrator’s reset unlocks a locked-out account and ends its sessions; only the new password works', async () => {
    expect((await create(newOfficer('sun.li'))).status).toBe(201);
    const { client } = await signIn('sun.li', password, '10.9.1.1');
    for (let i = 0; i < 5; i++) expect((await signIn('sun.li', 'wrong-password-1', `10.9.1.${10 + i}`)).status).toBe(401);
    expect((await accounts()).find((a) => a.username === 'sun.li')?.lockedUntil).not.toBeNull();
    const res = await admin.request('/api/admin/users/sun.li/password', json('POST', { password: 'Reset-2026-abc' }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as UserListing).lockedUntil).toBeNull();
    expect((await client!.request('/api/auth/me')).status).toBe(401);
    expect((await signIn('sun.li', password, '10.9.1.20')).status).toBe(401);
    expect((await signIn('sun.li', 'Reset-2026-abc', '10.9.1.21')).status).toBe(200);
    expect(await auditActions('sun.li')).toContain('user_password_reset');
  });

  it('a person changes their own password after proving the current one: their other sessions end, this one stays', async () => {
    expect((await create(newOfficer('zhou.qi'))).status).toBe(201);
    const here = (await signIn('zhou.qi', password, '10.9.2.1')).client!;
    const elsewhere = (await signIn('zhou.qi', password, '10.9.2.2')).client!;
    const wrong = await here.request('/api/auth/password', json('POST', { currentPassword: 'not-my-password', newPassword: 'Changed-2026-x' }));
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { message: string }).message).toBe('当前密码：不正确');
    const same = await here.request('/api/auth/password', json('POST', { currentPassword: password, newPassword: password }));
    expect(((await same.json()) as { message: string }).message).toBe('新密码：不能与当前密码相同');
    const ok = await here.request('/api/auth/password', json('POST', { currentPassword: password, newPassword: 'Changed-2026-x' }));
    expect(ok.status).toBe(200);
    expect((await here.request('/api/auth/me')).status).toBe(200);
    expect((await elsewhere.request('/api/auth/me')).status).toBe(401);
    expect((await signIn('zhou.qi', password, '10.9.2.3')).status).toBe(401);
    expect((await signIn('zhou.qi', 'Changed-2026-x', '10.9.2.4')).status).toBe(200);
  });

  it('counts a wrong current password as a failed login, so guessing through an open session is throttled', async () => {
    expect((await create(newOfficer('wu.gang'))).status).toBe(201);
    const client = (await signIn('wu.gang', password, '10.9.3.1')).client!;
    for (let i = 0; i < 5; i++) {
      const res = await client.request('/api/auth/password', json('POST', { currentPassword: `guess-${i}`, newPassword: 'Changed-2026-y' }));
      expect(res.status).toBe(400);
    }
    const res = await client.request('/api/auth/password', json('POST', { currentPassword: password, newPassword: 'Changed-2026-y' }));
    expect(res.status).toBe(429);
    expect(((await res.json()) as { message: string }).message).toContain('请 15 分钟后再试');
    const [held] = await queryRows<{ password_hash: string }>(database.db, sql`SELECT password_hash FROM users WHERE username = 'wu.gang'`);
    expect(await verifyPassword(held.password_hash, password)).toBe(true);
  });
});

describe('linking an account to its staff record (人员)', () => {
  interface Record_ { id: string; name: string; grid_code: string; grid_name: string }
  type Candidate = { id: string; name: string; role: string; isPolice: boolean; placeName: string | null; account: { username: string } | null };
  const message = async (res: Response) => ((await res.json()) as { message: string }).message;
  /** worker001's record: the first grid's worker, with the collection tasks the demo gave them. */
  async function worker001(): Promise<Record_ & { tasks: number }> {
    const [r] = await queryRows<Record_ & { tasks: number }>(database.db, sql`SELECT p.id, p.name, p.grid_code, g.name AS grid_name,
        (SELECT count(*)::int FROM collection_tasks t WHERE t.assignee = p.id AND t.status = 'open') AS tasks
      FROM users u JOIN people p ON p.id = u.person_id JOIN grids g ON g.code = p.grid_code WHERE u.username = 'worker001'`);
    return r;
  }
  const newWorker = (username: string, gridCode: string, personId?: string | null) =>
    ({ username, displayName: '刘洋', role: 'grid_worker', scope: { kind: 'grids', codes: [gridCode] }, password, ...(personId !== undefined && { personId }) });

  it('lists the grid staff of a jurisdiction by name and grid, each linked one with its account, for the form to pick from', async () => {
    const w = await worker001();
    const res = await admin.request(`/api/admin/staff?role=grid_worker&kind=grids&codes=${w.grid_code}`);
    expect(res.status).toBe(200);
    const listed = (await res.json()) as Candidate[];
    expect(listed.length).toBeGreaterThan(1);
    expect(listed.every((c) => c.placeName === w.grid_name && !c.isPolice && ['grid_worker', 'compound_leader', 'building_leader'].includes(c.role))).toBe(true);
    expect(listed.find((c) => c.id === w.id)).toMatchObject({ name: w.name, account: { username: 'worker001' } });
    const named = (await (await admin.request(`/api/admin/staff?role=grid_worker&kind=grids&codes=${w.grid_code}&q=${encodeURIComponent(w.name)}`)).json()) as Candidate[];
    expect(named.map((c) => c.name)).toEqual(expect.arrayContaining([w.name]));
    expect(named.every((c) => c.name.includes(w.name))).toBe(true);
    // An officer's picker over a beat lists police only.
    const police = (await (await admin.request(`/api/admin/staff?role=officer&kind=beat&codes=${beat.code}`)).json()) as Candidate[];
    expect(police.length).toBeGreaterThan(0);
    expect(police.every((c) => c.isPolice)).toBe(true);
    // An officer works in his beat: the record names it, not one of the grids it covers.
    const [officer] = await queryRows<{ name: string }>(database.db, sql`SELECT p.name FROM beats b JOIN people p ON p.id = b.officer_id WHERE b.code = ${beat.code}`);
    expect(police.find((c) => c.name === officer.name)).toMatchObject({ placeName: beat.name });
    const bad = await admin.request('/api/admin/staff?role=grid_worker&kind=grids');
    expect(bad.status).toBe(400);
    expect(await message(bad)).toContain('请至少选择一个');
  });

  it('refuses a record that is not there, has an account, is of another kind or works outside the jurisdiction, in Chinese, adding nothing', async () => {
    const w = await worker001();
    const [police] = await queryRows<{ id: string; name: string; grid_code: string }>(database.db, sql`SELECT id, name, grid_code FROM people WHERE is_police ORDER BY id LIMIT 1`);
    const [elsewhere] = await queryRows<{ id: string; name: string; grid_name: string }>(database.db, sql`SELECT p.id, p.name, g.name AS grid_name FROM people p JOIN grids g ON g.code = p.grid_code
      WHERE p.role = 'grid_worker' AND p.grid_code <> ${w.grid_code} AND p.id NOT IN (SELECT person_id FROM users WHERE person_id IS NOT NULL) ORDER BY p.id LIMIT 1`);
    const cases: [unknown, number, string][] = [
      [newWorker('liu.yang', w.grid_code, 'P999999'), 400, '人员：没有这位工作人员（P999999）'],
      [newWorker('liu.yang', w.grid_code, w.id), 409, `人员：${w.name}已关联账号 worker001（`],
      [newWorker('liu.yang', police.grid_code, police.id), 400, `人员：${police.name}不是网格员、小区长或楼栋长`],
      [{ ...newOfficer('liu.yang'), personId: w.id }, 409, '一人只能有一个账号'],
      [newWorker('liu.yang', w.grid_code, elsewhere.id), 400, `人员：${elsewhere.name}所在的${elsewhere.grid_name}不在该账号的辖区内`],
      [newWorker('liu.yang', w.grid_code, 'W12'), 400, '人员'],
    ];
    for (const [body, status, words] of cases) {
      const before = await accounts();
      const res = await create(body);
      expect(res.status, words).toBe(status);
      expect(await message(res)).toContain(words);
      expect(await accounts()).toEqual(before);
    }
  });

  it('moves a grid worker’s record to a new account: its tasks show in the new account’s field app, and no longer in the old one’s', async () => {
    const w = await worker001();
    expect(w.tasks, 'worker001 has open collection tasks in the demo').toBeGreaterThan(0);
    const today = async (client: TestClient) => ((await (await client.request('/api/field/today')).json()) as { tasks: unknown[] }).tasks.length;
    const old = (await signIn('worker001', 'demo-password-for-tests', '10.9.4.1')).client!;
    expect(await today(old)).toBe(w.tasks);

    const unlinked = await admin.request('/api/admin/users/worker001', json('PATCH', { personId: null }));
    expect(unlinked.status).toBe(200);
    expect(((await unlinked.json()) as UserListing).person).toBeNull();
    const res = await create(newWorker('liu.yang', w.grid_code, w.id));
    expect(res.status).toBe(201);
    expect(((await res.json()) as UserListing).person).toEqual({ id: w.id, name: w.name, placeName: w.grid_name });
    const liu = (await signIn('liu.yang', password, '10.9.4.2')).client!;
    expect((await liu.request('/api/auth/password', json('POST', { currentPassword: password, newPassword: 'Liuyang-2026-x' }))).status).toBe(200);
    expect(await today(liu)).toBe(w.tasks);
    expect(await today(old)).toBe(0);
    expect(await auditActions('worker001')).toContain('user_update');
  });

  it('keeps a linked record only while it fits: a change of role it does not fit is refused, unless the link goes with it', async () => {
    const before = await accounts();
    const toOfficer = { role: 'officer', scope: { kind: 'beat', codes: [beat.code] } };
    const refused = await admin.request('/api/admin/users/liu.yang', json('PATCH', toOfficer));
    expect(refused.status).toBe(400);
    expect(await message(refused)).toMatch(/^人员：.+不是民警，该身份的账号只能关联民警$/);
    expect(await accounts()).toEqual(before);
    const moved = await admin.request('/api/admin/users/liu.yang', json('PATCH', { ...toOfficer, personId: null }));
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as UserListing)).toMatchObject({ role: 'officer', person: null });
  });
});

describe('the password an administrator set', () => {
  const message = async (res: Response) => ((await res.json()) as { message: string }).message;
  const me = async (client: TestClient) => (await (await client.request('/api/auth/me')).json()) as Me;

  it('opens nothing but its own change at the first sign-in; once changed, everything the role opens', async () => {
    expect((await create({ ...newOfficer('he.ping') })).status).toBe(201);
    const client = (await signIn('he.ping', password, '10.9.5.1')).client!;
    expect((await me(client)).mustChangePassword).toBe(true);
    for (const path of ['/api/disputes', '/api/field/today', '/ogc/collections/grids/items?limit=1', `/tiles/incidents/12/3300/1660.mvt`]) {
      const refused = await client.request(path);
      expect(refused.status, path).toBe(403);
      if (!path.startsWith('/tiles')) expect(await message(refused)).toMatch(/^请先修改密码：当前密码由管理员设置/);
    }
    const english = await client.request('/api/disputes', { headers: { 'accept-language': 'en' } });
    expect(await message(english)).toMatch(/^change your password first/);
    expect((await client.request('/api/auth/password', json('POST', { currentPassword: password, newPassword: 'Heping-own-2026' }))).status).toBe(200);
    expect((await me(client)).mustChangePassword).toBe(false);
    expect((await client.request('/api/disputes')).status).toBe(200);
  });

  it('is set again by a reset, whose holder changes it at the next sign-in; a demo account’s is not', async () => {
    expect((await admin.request('/api/admin/users/he.ping/password', json('POST', { password: 'Reset-2026-def' }))).status).toBe(200);
    const client = (await signIn('he.ping', 'Reset-2026-def', '10.9.5.2')).client!;
    expect((await me(client)).mustChangePassword).toBe(true);
    expect((await client.request('/api/disputes')).status).toBe(403);
    expect((await me(admin)).mustChangePassword).toBe(false);
  });
});
