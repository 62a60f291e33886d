import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { LoginSchema, WallLoginSchema, type Me } from '../../../core/contracts/auth';
import { allow, noteAudit, sessionCookie } from '../../auth/auth.middleware';
import { clientAddress } from '../../auth/client-address';
import { isLoginThrottled, recordLoginAttempt } from '../../auth/login-throttle.repo';
import { verifyPassword } from '../../auth/passwords';
import { createSession, endSession, touchSession } from '../../auth/sessions.repo';
import { findLoginUser, findLiveWallToken } from '../../auth/users.repo';
import { everyone, staff } from '../../auth/roles';
import { OwnPasswordChangeSchema } from '../../../core/contracts/accounts';
import { changeOwnPassword } from '../../services/accounts.service';
import { answerAccountRefusal } from '../account-refusal';
import type { Db } from '../../db/engine';
import { readJurisdiction } from '../../db/repos/jurisdiction.repo';
import type { AppEnv } from '../context';
import { apiError } from '../../i18n/messages';
import { validate } from '../validate';
import { ApiErrorSchema, OkSchema } from '../../../core/contracts/api-error';
import { MeSchema } from '../../../core/contracts/auth';
import { describe } from '../../openapi/describe';

// One message for an unknown user and a wrong password, so a failure reveals nothing.

function isHttps(c: Context) {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

async function startSession(c: Context<AppEnv>, s: { username: string; role: Me['role']; wallTokenId?: string }): Promise<Me> {
  const { db } = c.var.database;
  const { SESSION_IDLE_MINUTES: idleMinutes, SESSION_MAX_HOURS: maxHours } = c.var.env;
  const token = await createSession(db, { ...s, ip: clientAddress(c), userAgent: c.req.header('user-agent') ?? '', maxHours });
  setCookie(c, sessionCookie, token, { httpOnly: true, sameSite: 'Lax', secure: isHttps(c), path: '/', maxAge: maxHours * 3600 });
  const user = (await touchSession(db, token, { idleMinutes, maxHours }))!;
  return toMe(db, user);
}

async function toMe(db: Db, u: NonNullable<AppEnv['Variables']['user']>): Promise<Me> {
  const { tokenHash: _hidden, ...me } = u;
  const { level, names } = await readJurisdiction(db, u.scope);
  return { ...me, jurisdiction: { level, names } };
}

export const authRouter = new Hono<AppEnv>()
  .post('/auth/login', describe('登录，开启会话 / sign in: opens a session (cookie) and answers the user with its CSRF token', { 200: MeSchema, 401: ApiErrorSchema, 429: ApiErrorSchema }), validate('json', LoginSchema), async (c) => {
    const { username, password } = c.req.valid('json');
    const { db } = c.var.database;
    const ip = clientAddress(c);
    noteAudit(c, { action: 'login', username });
    if (await isLoginThrottled(db, username, ip)) return c.json(apiError(c, 'too_many_attempts', 'too_many_attempts'), 429);
    const user = await findLoginUser(db, username);
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    await recordLoginAttempt(db, username, ip, ok);
    if (!ok || !user) return c.json(apiError(c, 'login_failed', 'login_failed'), 401);
    noteAudit(c, { action: 'login', username, role: user.role });
    return c.json(await startSession(c, { username: user.username, role: user.role }), 200);
  })
  .post('/auth/wall', describe('指挥大屏令牌登录 / sign a wall display in with its token', { 200: MeSchema, 401: ApiErrorSchema }), validate('json', WallLoginSchema), async (c) => {
    const { db } = c.var.database;
    const wall = await findLiveWallToken(db, c.req.valid('json').token);
    noteAudit(c, { action: 'wall_login', username: wall ? `wall:${wall.id}` : 'wall:?', ...(wall ? { role: 'wall_display' } : {}) });
    if (!wall) return c.json(apiError(c, 'login_failed', 'wall_token_refused'), 401);
    return c.json(await startSession(c, { username: `wall:${wall.id}`, role: 'wall_display', wallTokenId: wall.id }), 200);
  })
  .post('/auth/logout', describe('退出登录 / sign out', { 200: OkSchema }), allow(everyone), async (c) => {
    noteAudit(c, { action: 'logout' });
    await endSession(c.var.database.db, getCookie(c, sessionCookie)!);
    deleteCookie(c, sessionCookie, { path: '/' });
    return c.json({ ok: true }, 200);
  })
  .post('/auth/password', describe('修改本人密码（其他会话随之结束）/ change your own password: your other sessions end', { 200: OkSchema, 400: ApiErrorSchema, 429: ApiErrorSchema }), allow(staff), validate('json', OwnPasswordChangeSchema), async (c) => {
    const user = c.var.user!;
    noteAudit(c, { action: 'password_change' });
    const outcome = await changeOwnPassword(c.var.database.db, user.username, c.req.valid('json'), { sessionTokenHash: user.tokenHash, ip: clientAddress(c) });
    return outcome.ok ? c.json({ ok: true } as const, 200) : answerAccountRefusal(c, outcome.refusal);
  })
  .get('/auth/me', describe('当前用户 / the signed-in user', { 200: MeSchema }), allow(everyone), async (c) => c.json(await toMe(c.var.database.db, c.var.user!), 200));
