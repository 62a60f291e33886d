import type { Hono } from 'hono';
import { generateSpecs } from 'hono-openapi';
import { roles as allRoles, type Role } from '../../core/contracts/auth';
import { ApiErrorSchema } from '../../core/contracts/api-error';
import { apiTokenReach } from '../auth/api-token-reach';
import { answerSchema } from './describe';

type Operation = Record<string, unknown> & { tags?: string[]; description?: string; security?: unknown[] };
export type OpenApiDocument = Awaited<ReturnType<typeof generateSpecs>>;

const unsafeMethods = new Set(['post', 'put', 'patch', 'delete']);
/** Keyed by the guard's roles, so that a router-wide allow() and a route's own stay apart until they are intersected. */
export const guardsKey = 'x-role-guards';

/**
 * The roles that pass every allow() of the route (a request meets each guard in turn), in the roles' own order;
 * undefined when the route has none (public).
 */
function rolesOf(op: Operation): Role[] | undefined {
  const guards = op[guardsKey] as Record<string, Role[]> | undefined;
  if (!guards) return undefined;
  return allRoles.filter((r) => Object.values(guards).every((g) => g.includes(r)));
}

/** The tag of an operation: its first path segment after /api (admin, analysis, …); tiles outside /api are basemap-tiles. */
function tagOf(path: string) {
  return path.startsWith('/api/') ? path.split('/')[2] : `${path.split('/')[1]}-tiles`;
}

/**
 * GET /api/openapi.json: the OpenAPI 3.1 document of every route that carries a describe(), validate() or allow()
 * mark, built from the app's own route table. Each operation names the roles that may call it (x-roles, and a line
 * of its description) as its allow() guards enforce them, and the session (and CSRF token for writes) it needs.
 */
export async function buildOpenApiDocument(app: Hono<never>): Promise<OpenApiDocument> {
  const refused = { description: '请求有误 / bad request', content: { 'application/json': { schema: (await answerSchema(ApiErrorSchema).toOpenAPISchema()).schema } } };
  const doc = await generateSpecs(app as unknown as Hono, {
    excludeStaticFile: false,
    defaultValidationErrorResponse: refused,
    documentation: {
      info: {
        title: '警网 Jingwang API',
        version: '1',
        description:
          '警网（警格网格融合）地图平台的接口。除公开接口外都需要登录会话（Cookie jw_session）；写操作还需带登录时返回的 X-CSRF-Token。' +
          '拒绝时回答 { error, message, issues? }，message 按 Accept-Language 使用中文（默认）或英文。\n\n' +
          'The API of Jingwang. Every route except the public ones needs a session (cookie jw_session); writes also need the ' +
          'X-CSRF-Token the login answered. A refusal answers { error, message, issues? } in the language of Accept-Language.\n\n' +
          '读取接口也接受管理员签发的接口令牌（Authorization: Bearer …），以其账号的角色和辖区读取；接口令牌除登记警情（POST /api/incidents 与 /api/incidents/batch，供接处警系统推送）外不能写，也不能用于账号和管理接口。\n\n' +
          'Read routes also take a machine token an admin issued (Authorization: Bearer …), reading with its account\'s role and ' +
          'jurisdiction; such tokens write nothing but incidents (POST /api/incidents and /api/incidents/batch, for the dispatch system), ' +
          'and never reach the account and admin routes.\n\n' +
          '数据库暂不可用时（重启、切换），任何接口都回答 503 和 Retry-After（秒），请稍后重试；带接警单号的写入可原样重试。\n\n' +
          'While the database is unavailable (a restart, a failover) any route answers 503 with Retry-After (seconds): retry then; ' +
          'a write with an externalId may be retried as it was.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'jw_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
          apiToken: { type: 'http', scheme: 'bearer' },
        },
      },
    },
  });
  const unavailable = {
    description: '数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After',
    headers: { 'Retry-After': { description: '秒 / seconds', schema: { type: 'integer' } } },
    content: refused.content,
  };
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, raw] of Object.entries(item ?? {})) {
      const op = raw as Operation;
      // Any route may meet the database down (server/db/database-unavailable.ts answers for all of them).
      op.responses = { ...(op.responses as Record<string, unknown> | undefined), 503: unavailable };
      const roles = rolesOf(op);
      delete op[guardsKey];
      op.tags = [tagOf(path)];
      const who = roles ? `角色 / roles: ${roles.join(', ')}` : '公开，无需登录 / public, no session';
      op.description = op.description ? `${op.description}\n\n${who}` : who;
      if (roles) {
        op['x-roles'] = roles;
        const reach = apiTokenReach(method, path);
        if (unsafeMethods.has(method)) op.security = reach === 'dispatch_write' ? [{ session: [], csrf: [] }, { apiToken: [] }] : [{ session: [], csrf: [] }];
        else op.security = reach === 'read' ? [{ session: [] }, { apiToken: [] }] : [{ session: [] }];
      } else {
        op['x-public'] = true;
        op.security = [];
      }
    }
  }
  return doc;
}
