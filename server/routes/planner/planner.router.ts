import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { PlanDraftInputSchema, PlanDraftUpdateSchema, PlanIdSchema, PlannerAreaQuerySchema } from '../../../core/contracts/planner';
import { allow, auditAs, noteAudit } from '../../auth/auth.middleware';
import { planAuditRecords, storedPlanAuditRecords } from '../../audit/plan-audit.repo';
import { planners } from '../../auth/roles';
import { createDraft, deleteDraft, findPlan, listPlans, updateDraft } from '../../db/repos/planner-drafts.repo';
import { previewPublish, publishPlan } from '../../services/plan-publish.service';
import { findPlannerAreas } from '../../db/repos/planner-units.repo';
import { readJurisdiction } from '../../db/repos/jurisdiction.repo';
import { findAreaUnits } from '../../services/planner-units.service';
import type { AppEnv } from '../context';
import { planFileRouter } from './plan-file.router';
import { refuseAreaOutside, refusePlanOutside } from './planner-area-guard';
import { validate } from '../validate';
import { apiError, thing } from '../../i18n/messages';
import { requestLanguage } from '../../i18n/language';
import { PlanDraftSchema, PlanDraftSummarySchema, PlannerAreasSchema, PlannerUnitsSchema, PublishPreviewSchema, PublishResultSchema } from '../../../core/contracts/planner';
import { ApiErrorSchema } from '../../../core/contracts/api-error';
import { describe } from '../../openapi/describe';

const AreaCodeQuerySchema = z.object({ area: z.string().regex(/^\d{9}$|^\d{12}$/, 'area must be a street code (9 digits) or community code (12 digits)') });
const areaOfCode = (code: string) => ({ kind: code.length === 9 ? ('street' as const) : ('community' as const), code });
const notFound = (c: Context, id: string) => apiError(c, 'not_found', 'no_such_code', { ...thing('grid_plan'), code: id });
const notDraft = (c: Context, id: string) => apiError(c, 'not_draft', 'plan_not_draft', { id });
// A 422 as the plan's other refusals, with no problem to list: the dialog shows the sentence and disables publishing.
const unchanged = (c: Context) => apiError(c, 'plan_unchanged', 'plan_unchanged', {}, { problems: [] });

export const plannerRouter = new Hono<AppEnv>()
  .get('/planner/areas', describe('可规划的街道与社区 / streets and communities to plan', { 200: PlannerAreasSchema }), allow(planners), async (c) => {
    const { db } = c.var.database;
    const scope = c.var.user!.scope;
    const streets = await findPlannerAreas(db, scope);
    return c.json({ jurisdiction: scope.kind === 'district' ? null : (await readJurisdiction(db, scope)).names, streets }, 200);
  })
  .get('/planner/units', describe('规划单元（楼栋辖区）/ the planning units of an area', { 200: PlannerUnitsSchema, 403: ApiErrorSchema, 404: ApiErrorSchema }), allow(planners), validate('query', PlannerAreaQuerySchema), async (c) => {
    const query = c.req.valid('query');
    const refused = await refuseAreaOutside(c, query.street ? { kind: 'street', code: query.street } : { kind: 'community', code: query.community! });
    if (refused) return refused;
    const units = await findAreaUnits(c.var.database.db, query);
    return units ? c.json(units, 200) : c.json(apiError(c, 'not_found', 'no_planning_area', { code: query.street ?? query.community ?? '' }), 404);
  })
  .get('/planner/drafts', describe('区域的方案 / the area’s plans', { 200: z.array(PlanDraftSummarySchema), 403: ApiErrorSchema }), allow(planners), validate('query', AreaCodeQuerySchema), async (c) => {
    const { area } = c.req.valid('query');
    return (await refuseAreaOutside(c, areaOfCode(area))) ?? c.json(await listPlans(c.var.database.db, area), 200);
  })
  .post('/planner/drafts', describe('保存草案 / save a draft', { 201: PlanDraftSchema, 403: ApiErrorSchema }), allow(planners), validate('json', PlanDraftInputSchema), async (c) => {
    const input = c.req.valid('json');
    const refused = await refuseAreaOutside(c, { kind: input.areaKind, code: input.areaCode });
    if (refused) return refused;
    const draft = await createDraft(c.var.database.db, input, c.var.user!.username);
    noteAudit(c, { action: 'save_grid_draft', records: await planAuditRecords(c.var.database.db, draft) });
    return c.json(draft, 201);
  })
  .get('/planner/drafts/:id', describe('方案详情 / one plan', { 200: PlanDraftSchema, 403: ApiErrorSchema, 404: ApiErrorSchema }), allow(planners), validate('param', PlanIdSchema), async (c) => {
    const { id } = c.req.valid('param');
    const refused = await refusePlanOutside(c, id);
    if (refused) return refused;
    const plan = await findPlan(c.var.database.db, id);
    return plan ? c.json(plan, 200) : c.json(notFound(c, id), 404);
  })
  .put('/planner/drafts/:id', describe('更新草案 / update a draft', { 200: PlanDraftSchema, 403: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema }), allow(planners), validate('param', PlanIdSchema), validate('json', PlanDraftUpdateSchema), async (c) => {
    const { id } = c.req.valid('param');
    const { baseUpdatedAt, ...input } = c.req.valid('json');
    const refused = (await refusePlanOutside(c, id)) ?? (await refuseAreaOutside(c, { kind: input.areaKind, code: input.areaCode }));
    if (refused) return refused;
    const r = await updateDraft(c.var.database.db, id, input, baseUpdatedAt);
    // Named as the request would save it: the name and area it sends, saved or refused.
    noteAudit(c, { action: 'save_grid_draft', records: await planAuditRecords(c.var.database.db, { ...input, id }) });
    if (r.ok) return c.json(r.draft, 200);
    if (r.reason === 'changed') return c.json(apiError(c, 'draft_changed', 'plan_draft_changed', { id }), 409);
    return r.reason === 'not_found' ? c.json(notFound(c, id), 404) : c.json(notDraft(c, id), 409);
  })
  .delete('/planner/drafts/:id', describe('删除草案 / delete a draft', { 204: null, 403: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema }), allow(planners), validate('param', PlanIdSchema), async (c) => {
    const { id } = c.req.valid('param');
    const refused = await refusePlanOutside(c, id);
    if (refused) return refused;
    // Named before it is deleted: afterwards nothing holds its name.
    noteAudit(c, { action: 'delete_grid_draft', records: await storedPlanAuditRecords(c.var.database.db, id) });
    const r = await deleteDraft(c.var.database.db, id);
    if (r === 'deleted') return c.body(null, 204);
    return r === 'not_found' ? c.json(notFound(c, id), 404) : c.json(notDraft(c, id), 409);
  })
  // What publishing this plan would change, before anything is saved: the publish dialog shows it above its button.
  // Reads and computes only: audited as a preview, not as a write (auditAs names it before allow can refuse it).
  .post('/planner/preview', describe('发布预览 / what publishing would change', { 200: PublishPreviewSchema, 403: ApiErrorSchema, 422: ApiErrorSchema }), auditAs('preview_grid_plan'), allow(planners), validate('json', PlanDraftInputSchema), async (c) => {
    const input = c.req.valid('json');
    noteAudit(c, { action: 'preview_grid_plan', records: await planAuditRecords(c.var.database.db, input) });
    const refused = await refuseAreaOutside(c, { kind: input.areaKind, code: input.areaCode });
    if (refused) return refused;
    const r = await previewPublish(c.var.database.db, input, requestLanguage(c));
    if (r.ok) return c.json(r.preview, 200);
    if (r.reason === 'unchanged') return c.json(unchanged(c), 422);
    return c.json({ error: 'invalid_plan', message: r.problems.map((p) => p.message).join(requestLanguage(c) === 'zh-CN' ? '；' : '; '), problems: r.problems }, 422);
  })
  .post('/planner/drafts/:id/publish', describe('发布方案 / publish a plan', { 200: PublishResultSchema, 403: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema, 422: ApiErrorSchema }), allow(planners), validate('param', PlanIdSchema), async (c) => {
    const { id } = c.req.valid('param');
    const refused = await refusePlanOutside(c, id);
    if (refused) return refused;
    noteAudit(c, { action: 'publish_grid_plan', records: await storedPlanAuditRecords(c.var.database.db, id) });
    const r = await publishPlan(c.var.database.db, id, c.var.user!.username, requestLanguage(c));
    if (r.ok) return c.json(r.result, 200);
    if (r.reason === 'unchanged') return c.json(unchanged(c), 422);
    if (r.reason === 'invalid_plan') {
      return c.json({ error: 'invalid_plan', message: r.problems.map((p) => p.message).join(requestLanguage(c) === 'zh-CN' ? '；' : '; '), problems: r.problems }, 422);
    }
    return r.reason === 'not_found' ? c.json(notFound(c, id), 404) : c.json(notDraft(c, id), 409);
  })
  .route('/', planFileRouter);
