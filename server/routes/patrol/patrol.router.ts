import { Hono } from 'hono';
import {
  PatrolCandidatesQuerySchema,
  PatrolPlanRequestSchema,
  PatrolRouteIdSchema,
  SavePatrolRouteSchema,
} from '../../../core/contracts/patrol';
import { allow, noteAudit } from '../../auth/auth.middleware';
import { patrolPlanners } from '../../auth/roles';
import { listPatrolAssignees } from '../../db/repos/patrol-assignees.repo';
import { deletePatrolRoute, findPatrolRoute, listPatrolRoutes } from '../../db/repos/patrol-routes.repo';
import type { AppEnv } from '../context';
import { validate } from '../validate';
import { requestLanguage } from '../../i18n/language';
import { notInJurisdiction } from '../../i18n/messages';
import { answerPatrolCandidates } from '../../services/patrol-candidates.service';
import { planPatrol } from '../../services/patrol-plan.service';
import { savePatrolRoute } from '../../services/patrol-route-save.service';
import { PatrolAssigneeSchema, PatrolCandidatesSchema, PatrolPlanAnswerSchema, SavedPatrolRouteSchema } from '../../../core/contracts/patrol';
import { z } from 'zod';
import { ApiErrorSchema } from '../../../core/contracts/api-error';
import { describe } from '../../openapi/describe';

/** The patrol route planner (issue 6, part 4): candidates for a window, plans, and saved routes, all within the caller's scope. */
export const patrolRouter = new Hono<AppEnv>()
  .get('/patrol/candidates', describe('巡逻候选点 / candidate stops for a window', { 200: PatrolCandidatesSchema, 404: ApiErrorSchema, 422: ApiErrorSchema }), allow(patrolPlanners), validate('query', PatrolCandidatesQuerySchema), async (c) => {
    const r = await answerPatrolCandidates(c.var.database.db, c.req.valid('query'), c.var.user!.scope, requestLanguage(c));
    return r.ok ? c.json(r.answer, 200) : c.json(r.body, r.status);
  })
  .post('/patrol/plan', describe('规划巡逻路线 / plan a patrol route', { 200: PatrolPlanAnswerSchema, 404: ApiErrorSchema, 422: ApiErrorSchema }), allow(patrolPlanners), validate('json', PatrolPlanRequestSchema), async (c) => {
    const req = c.req.valid('json');
    noteAudit(c, { action: 'plan_patrol_route', records: req.stationCode ? [`station:${req.stationCode}`] : [] });
    const r = await planPatrol(c.var.database, req, c.var.user!.scope, requestLanguage(c));
    return r.ok ? c.json(r.answer, 200) : c.json(r.body, r.status);
  })
  .post('/patrol/routes', describe('保存巡逻路线 / save a patrol route', { 201: SavedPatrolRouteSchema, 403: ApiErrorSchema, 404: ApiErrorSchema, 422: ApiErrorSchema }), allow(patrolPlanners), validate('json', SavePatrolRouteSchema), async (c) => {
    const r = await savePatrolRoute(c.var.database.db, c.req.valid('json'), c.var.user!.scope, c.var.user!.username, requestLanguage(c));
    if (!r.ok) return c.json(r.body, r.status);
    noteAudit(c, { action: 'save_patrol_route', records: [`patrol_route:${r.route.id}`] });
    return c.json(r.route, 201);
  })
  .get('/patrol/assignees', describe('可指派对象 / whom a route may be assigned to', { 200: z.array(PatrolAssigneeSchema) }), allow(patrolPlanners), async (c) => c.json(await listPatrolAssignees(c.var.database.db, c.var.user!.scope), 200))
  .get('/patrol/routes', describe('已保存的巡逻路线 / saved routes, without their plans', { 200: z.array(SavedPatrolRouteSchema) }), allow(patrolPlanners), async (c) => c.json(await listPatrolRoutes(c.var.database.db, c.var.user!.scope), 200))
  .get('/patrol/routes/:id', describe('巡逻路线详情 / one saved route', { 200: SavedPatrolRouteSchema, 404: ApiErrorSchema }), allow(patrolPlanners), validate('param', PatrolRouteIdSchema), async (c) => {
    const { id } = c.req.valid('param');
    const route = await findPatrolRoute(c.var.database.db, id, c.var.user!.scope);
    return route ? c.json(route, 200) : c.json(notInJurisdiction(c, 'patrol_route', id), 404);
  })
  .delete('/patrol/routes/:id', describe('删除巡逻路线 / delete a saved route', { 204: null, 404: ApiErrorSchema }), allow(patrolPlanners), validate('param', PatrolRouteIdSchema), async (c) => {
    const { id } = c.req.valid('param');
    noteAudit(c, { action: 'delete_patrol_route', records: [`patrol_route:${id}`] });
    const deleted = await deletePatrolRoute(c.var.database.db, id, c.var.user!.scope);
    return deleted ? c.body(null, 204) : c.json(notInJurisdiction(c, 'patrol_route', id), 404);
  });
