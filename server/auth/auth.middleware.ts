import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { uniqueSymbol } from 'hono-openapi';
import { ApiErrorSchema } from '../../core/contracts/api-error';
import { answerSchema } from '../openapi/describe';
import { guardsKey } from '../openapi/openapi-document';
import type { AuditAction } from '../../core/contracts/audit';
import type { Role } from '../../core/contracts/auth';
import { writeAudit } from '../audit/audit.repo';
import { apiError, type ApiMessageCode, type MessageParams } from '../i18n/messages';
import type { AppEnv, AuditNote } from '../routes/context';
import { apiTokenReach } from './api-token-reach';
import { checkApiToken, type ApiTokenRefusal } from './api-tokens.repo';
import { clientAddress } from './client-address';
import type { FixedWindowLimiter } from './fixed-window-limiter';
import { touchSession } from './sessions.repo';

export const sessionCookie = 'jw_session';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const refusalMessage: Record<ApiTokenRefusal, 'api_token_unknown' | 'api_token_revoked' | 'api_token_expired' | 'api_token_disabled'> = {
  unknown: 'api_token_unknown', revoked: 'api_token_revoked', expired: 'api_token_expired', disabled: 'api_token_disabled',
};

/** How a refusal is written: `error` is the API's stable code, `message` its words; /ogc writes an OGC exception instead. */
export type RefusalWriter = (c: Context<AppEnv>, status: 401 | 403 | 429, error: string, message: ApiMessageCode, params?: MessageParams) => Response;
const apiRefusal: RefusalWriter = (c, status, error, message, params) => c.json(apiError(c, error, message, params), status);

/**
 * A machine token (`Authorization: Bearer …`, issue 14) reads as its account: a refused token answers 401 saying why,
 * a write or an account/admin route 403, and a token past `limiter`'s rate 429, each written by `refuse`. Without a
 * Bearer header, nothing.
 */
export function loadApiToken(limiter: FixedWindowLimiter, refuse: RefusalWriter = apiRefusal): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    if (!bearer) return next();
    // Read-only but for the dispatch intake, and kept off account management, whatever the token: refused before the
    // token is even looked up.
    const reach = apiTokenReach(c.req.method, c.req.path);
    if (reach === 'write_refused') return refuse(c, 403, 'forbidden', 'api_token_read_only', { method: c.req.method, path: c.req.path });
    if (reach === 'route_refused') return refuse(c, 403, 'forbidden', 'api_token_not_here', { path: c.req.path });
    const token = bearer[1];
    const check = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await checkApiToken(c.var.database.db, token) : ({ ok: false, refusal: 'unknown' } as const);
    if (!check.ok) return refuse(c, 401, `token_${check.refusal}`, refusalMessage[check.refusal]);
    const rate = limiter.hit(check.tokenId);
    if (!rate.allowed) {
      c.header('Retry-After', String(rate.retryAfterS));
      return refuse(c, 429, 'too_many_requests', 'api_token_rate', { limit: limiter.limit, seconds: rate.retryAfterS });
    }
    c.set('user', check.user);
    c.set('viaApiToken', true);
    await next();
  };
}

/** Loads the caller's session, if any, into c.var.user (unless a machine token already has). */
export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.var.user) return next();
  const token = getCookie(c, sessionCookie);
  if (token && /^[A-Za-z0-9_-]{20,100}$/.test(token)) {
    const { SESSION_IDLE_MINUTES: idleMinutes, SESSION_MAX_HOURS: maxHours } = c.var.env;
    const user = await touchSession(c.var.database.db, token, { idleMinutes, maxHours });
    if (user) c.set('user', user);
  }
  await next();
};

// What a person may do while the password an administrator set waits to be changed: see who they are, change it, sign out.
const openBeforePasswordChange = new Set(['/api/auth/me', '/api/auth/password', '/api/auth/logout']);

/**
 * A session whose password an administrator set (a new account's first one, or a reset) opens nothing but the change
 * of that password: the administrator knows it, so until its holder has chosen their own, the account is not theirs
 * alone. A machine token never signs in with the password and is not held up.
 */
export const passwordChangeFirst: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.var.user?.mustChangePassword && !c.var.viaApiToken && !openBeforePasswordChange.has(c.req.path)) {
    return c.json(apiError(c, 'forbidden', 'password_change_required'), 403);
  }
  await next();
};

/** The route may be called by these roles only: 401 without a session, 403 with another role. */
export function allow(roles: readonly Role[], refusal?: ApiMessageCode): MiddlewareHandler<AppEnv> {
  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    const user = c.var.user;
    if (!user) return c.json(apiError(c, 'unauthenticated', 'unauthenticated'), 401);
    if (!roles.includes(user.role)) {
      // A route may say in its own words why a role is refused (the positions of other units, say).
      return c.json(apiError(c, 'forbidden', refusal ?? 'forbidden_route', { role: user.role, method: c.req.method, path: c.req.path }), 403);
    }
    await next();
  };
  // The roles this guard lets through are the ones /api/openapi.json lists for the route (x-roles, intersected with
  // any other guard of the route), so the document says what the code enforces rather than keeping a second list.
  const refused = { content: { 'application/json': { schema: answerSchema(ApiErrorSchema) } } };
  const spec = {
    [guardsKey]: { [roles.join(',')]: [...roles] },
    responses: { 401: { description: '未登录 / not signed in', ...refused }, 403: { description: '角色无权调用 / role not allowed', ...refused } },
  };
  return Object.assign(middleware, { [uniqueSymbol]: { spec } });
}

/**
 * Cross-site request forgery: a state-changing request must carry the session's token in X-CSRF-Token
 * (a cross-site page cannot read it); before a session exists (login), the Origin must be this site.
 */
export const csrfProtection: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (unsafeMethods.has(c.req.method)) {
    const user = c.var.user;
    // A Bearer token is sent by the program holding it, never attached by a browser to a forged request.
    if (user && c.var.viaApiToken) {
      // nothing to compare
    } else if (user) {
      if (c.req.header('x-csrf-token') !== user.csrfToken) {
        return c.json(apiError(c, 'csrf', 'csrf_token'), 403);
      }
    } else {
      const origin = c.req.header('origin');
      if (origin && new URL(c.req.url).origin !== origin) {
        return c.json(apiError(c, 'csrf', 'csrf_origin'), 403);
      }
    }
  }
  await next();
};

/** One audit row for every state-changing request (login, logout, writes, unmasking), after it is answered. */
export const auditWrites: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (!unsafeMethods.has(c.req.method)) return;
  const note = c.var.audit;
  const user = c.var.user;
  await writeAudit(c.var.database.db, {
    username: note?.username ?? user?.username ?? null,
    role: note?.role ?? user?.role ?? null,
    ip: clientAddress(c),
    method: c.req.method,
    route: c.req.routePath && c.req.routePath !== '/*' ? c.req.routePath : c.req.path,
    action: note?.action ?? 'write',
    records: note?.records ?? [],
    outcome: c.res.status < 400 ? 'success' : c.res.status === 401 || c.res.status === 403 || c.res.status === 429 ? 'denied' : 'failed',
    status: c.res.status,
    requestId: c.get('requestId') ?? null,
  });
};

/** Lets a handler name what its request did, for the audit row. */
export function noteAudit(c: Context<AppEnv>, note: AuditNote) {
  c.set('audit', note);
}

/**
 * Names a route's audit action before its guard and validation run, so a request they refuse is logged as what was
 * asked: a POST that only reads or computes (the publish preview) would otherwise read 写入数据 when refused.
 * The handler may still note the action again, with its records.
 */
export function auditAs(action: AuditAction): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    noteAudit(c, { action });
    await next();
  };
}
