import { Hono } from 'hono';
import { z } from 'zod';
import { plainText } from '../../../core/contracts/query-params';
import { allow, noteAudit } from '../../auth/auth.middleware';
import { adminsOnly } from '../../auth/roles';
import { listUsersWithJurisdictions } from '../../services/admin-users.service';
import { changeAccount, createAccount, listStaffCandidates, resetPassword } from '../../services/accounts.service';
import { AccountChangeSchema, NewAccountSchema, PasswordResetSchema, StaffQuerySchema, UsernameParamSchema } from '../../../core/contracts/accounts';
import { answerAccountRefusal } from '../account-refusal';
import { issueWallToken, listWallTokens, revokeWallToken } from '../../auth/wall-tokens.repo';
import { issueApiToken, listApiTokens, revokeApiToken } from '../../auth/api-tokens.repo';
import { searchAudit } from '../../audit/audit.repo';
import type { AppEnv } from '../context';
import { apiError } from '../../i18n/messages';
import { validate } from '../validate';
import { ApiErrorSchema, OkSchema } from '../../../core/contracts/api-error';
import {
  ApiTokenListingSchema, AuditQuerySchema, AuditRowSchema, IssuedApiTokenSchema, IssuedWallTokenSchema, NewApiTokenSchema, StaffCandidateSchema, UserListingSchema, WallTokenListingSchema,
} from '../../../core/contracts/admin';
import { describe } from '../../openapi/describe';

const NewWallTokenSchema = z.object({ name: plainText('name', 80).trim().min(1, 'name is required') });
const IdParamSchema = z.object({ id: z.uuid('id must be a wall token id') });
const ApiTokenIdParamSchema = z.object({ id: z.uuid('id must be an API token id') });

export const adminRouter = new Hono<AppEnv>()
  .use('/admin/*', allow(adminsOnly))
  .get('/admin/audit', describe('审计日志 / the audit log, newest first', { 200: z.array(AuditRowSchema) }), validate('query', AuditQuerySchema), async (c) => c.json(await searchAudit(c.var.database.db, c.req.valid('query')), 200))
  .get('/admin/users', describe('用户列表 / the accounts', { 200: z.array(UserListingSchema) }), async (c) => c.json(await listUsersWithJurisdictions(c.var.database.db), 200))
  .get(
    '/admin/staff',
    describe('可关联的工作人员（按身份与辖区，前 30 位）/ the staff records an account of a role over a jurisdiction may belong to, the first 30', { 200: z.array(StaffCandidateSchema), 400: ApiErrorSchema }),
    validate('query', StaffQuerySchema),
    async (c) => c.json(await listStaffCandidates(c.var.database.db, c.req.valid('query')), 200),
  )
  .post('/admin/users', describe('新建账号 / add an account', { 201: UserListingSchema, 400: ApiErrorSchema, 409: ApiErrorSchema }), validate('json', NewAccountSchema), async (c) => {
    const body = c.req.valid('json');
    noteAudit(c, { action: 'user_create', records: [body.username] });
    const outcome = await createAccount(c.var.database.db, body);
    return outcome.ok ? c.json(outcome.account, 201) : answerAccountRefusal(c, outcome.refusal);
  })
  .patch(
    '/admin/users/:username',
    describe('修改账号（显示名称、身份、辖区、关联的工作人员、停用或启用）/ change an account: name, role, jurisdiction, staff record, disabled', { 200: UserListingSchema, 400: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema }),
    validate('param', UsernameParamSchema),
    validate('json', AccountChangeSchema),
    async (c) => {
      const { username } = c.req.valid('param');
      const change = c.req.valid('json');
      noteAudit(c, { action: 'user_update', records: [username, ...Object.keys(change).filter((k) => change[k as keyof typeof change] !== undefined)] });
      const outcome = await changeAccount(c.var.database.db, username, change, c.var.user!.username);
      return outcome.ok ? c.json(outcome.account, 200) : answerAccountRefusal(c, outcome.refusal);
    },
  )
  .post(
    '/admin/users/:username/password',
    describe('重置密码（解除锁定，结束该账号的会话）/ set a new password: unlocks the account and ends its sessions', { 200: UserListingSchema, 400: ApiErrorSchema, 404: ApiErrorSchema }),
    validate('param', UsernameParamSchema),
    validate('json', PasswordResetSchema),
    async (c) => {
      const { username } = c.req.valid('param');
      noteAudit(c, { action: 'user_password_reset', records: [username] });
      const outcome = await resetPassword(c.var.database.db, username, c.req.valid('json').password);
      return outcome.ok ? c.json(outcome.account, 200) : answerAccountRefusal(c, outcome.refusal);
    },
  )
  .get('/admin/wall-tokens', describe('大屏令牌列表 / the wall-display tokens', { 200: z.array(WallTokenListingSchema) }), async (c) => c.json(await listWallTokens(c.var.database.db), 200))
  .post('/admin/wall-tokens', describe('签发大屏令牌（仅此一次显示）/ issue a wall-display token, shown this once', { 201: IssuedWallTokenSchema }), validate('json', NewWallTokenSchema), async (c) => {
    const issued = await issueWallToken(c.var.database.db, c.req.valid('json').name, c.var.user!.username);
    noteAudit(c, { action: 'wall_token_issue', records: [issued.id] });
    return c.json(issued, 201);
  })
  .delete('/admin/wall-tokens/:id', describe('吊销大屏令牌 / revoke a wall-display token', { 200: OkSchema, 404: ApiErrorSchema }), validate('param', IdParamSchema), async (c) => {
    const { id } = c.req.valid('param');
    noteAudit(c, { action: 'wall_token_revoke', records: [id] });
    const revoked = await revokeWallToken(c.var.database.db, id);
    return revoked ? c.json({ ok: true }, 200) : c.json(apiError(c, 'not_found', 'no_wall_token', { id }), 404);
  })
  .get('/admin/api-tokens', describe('接口令牌列表（不含令牌本身）/ the machine API tokens, never the token itself', { 200: z.array(ApiTokenListingSchema) }), async (c) => c.json(await listApiTokens(c.var.database.db), 200))
  .post('/admin/api-tokens', describe('签发接口令牌（仅此一次显示）/ issue a machine API token reading as an account, shown this once', { 201: IssuedApiTokenSchema, 404: ApiErrorSchema }), validate('json', NewApiTokenSchema), async (c) => {
    const body = c.req.valid('json');
    const issued = await issueApiToken(c.var.database.db, { ...body, createdBy: c.var.user!.username });
    if (!issued) return c.json(apiError(c, 'not_found', 'no_account', { username: body.username }), 404);
    noteAudit(c, { action: 'api_token_issue', records: [issued.id, body.username] });
    return c.json(issued, 201);
  })
  .delete('/admin/api-tokens/:id', describe('吊销接口令牌 / revoke a machine API token', { 200: OkSchema, 404: ApiErrorSchema }), validate('param', ApiTokenIdParamSchema), async (c) => {
    const { id } = c.req.valid('param');
    noteAudit(c, { action: 'api_token_revoke', records: [id] });
    const revoked = await revokeApiToken(c.var.database.db, id);
    return revoked ? c.json({ ok: true }, 200) : c.json(apiError(c, 'not_found', 'no_api_token', { id }), 404);
  });
