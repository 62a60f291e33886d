import { Hono } from 'hono';
import { z } from 'zod';
import { PlanDraftInputSchema, PlanIdSchema, PlannerAreaQuerySchema } from '../../../core/contracts/planner';
import { allow, noteAudit } from '../../auth/auth.middleware';
import { planners } from '../../auth/roles';
import { createDraft, deleteDraft, findPlan, listPlans, updateDraft } from '../../db/repos/planner-drafts.repo';
import { previewPublish, publishPlan } from '../../db/repos/planner-publish.repo';
import { findPlannerArea, findPlannerAreas, findPlannerUnits } from '../../db/repos/planner-units.repo';
import type { AppEnv } from '../context';
import { validate } from '../validate';

const AreaCodeQuerySchema = z.object({ area: z.string().regex(/^\d{9}$|^\d{12}$/, 'area must be a street code (9 digits) or community code (12 digits)') });
const notFound = (id: string) => ({ error: 'not_found', message: `no grid plan ${id}` });
const notDraft = (id: string) => ({ error: 'not_draft', message: `plan ${id} is published or archived: history cannot change; save a new draft instead` });

export const plannerRouter = new Hono<AppEnv>()
  .get('/planner/areas', allow(planners), async (c) => c.json(await findPlannerAreas(c.var.database.db), 200))
  .get('/planner/units', allow(planners), validate('query', PlannerAreaQuerySchema), async (c) => {
    const query = c.req.valid('query');
    const area = await findPlannerArea(c.var.database.db, query);
    if (!area) return c.json({ error: 'not_found', message: `no street or community ${query.street ?? query.community} with grids` }, 404);
    return c.json(await findPlannerUnits(c.var.database.db, area), 200);
  })
  .get('/planner/drafts', allow(planners), validate('query', AreaCodeQuerySchema), async (c) =>
    c.json(await listPlans(c.var.database.db, c.req.valid('query').area), 200),
  )
  .post('/planner/drafts', allow(planners), validate('json', PlanDraftInputSchema), async (c) => {
    const draft = await createDraft(c.var.database.db, c.req.valid('json'), c.var.user!.username);
    noteAudit(c, { action: 'save_grid_draft', records: [draft.id] });
    return c.json(draft, 201);
  })
  .get('/planner/drafts/:id', allow(planners), validate('param', PlanIdSchema), async (c) => {
    const { id } = c.req.valid('param');
    const plan = await findPlan(c.var.database.db, id);
    return plan ? c.json(plan, 200) : c.json(notFound(id), 404);
  })
  .put('/planner/drafts/:id', allow(planners), validate('param', PlanIdSchema), validate('json', PlanDraftInputSchema), async (c) => {
    const { id } = c.req.valid('param');
    const r = await updateDraft(c.var.database.db, id, c.req.valid('json'));
    noteAudit(c, { action: 'save_grid_draft', records: [id] });
    if (r.ok) return c.json(r.draft, 200);
    return r.reason === 'not_found' ? c.json(notFound(id), 404) : c.json(notDraft(id), 409);
  })
  .delete('/planner/drafts/:id', allow(planners), validate('param', PlanIdSchema), async (c) => {
    const { id } = c.req.valid('param');
    const r = await deleteDraft(c.var.database.db, id);
    noteAudit(c, { action: 'delete_grid_draft', records: [id] });
    if (r === 'deleted') return c.body(null, 204);
    return r === 'not_found' ? c.json(notFound(id), 404) : c.json(notDraft(id), 409);
  })
  // What publishing this plan would change, before anything is saved: the publish dialog shows it above its button.
  .post('/planner/preview', allow(planners), validate('json', PlanDraftInputSchema), async (c) => {
    const r = await previewPublish(c.var.database.db, c.req.valid('json'));
    if (r.ok) return c.json(r.preview, 200);
    return c.json({ error: 'invalid_plan', message: r.problems.map((p) => p.message).join('; '), problems: r.problems }, 422);
  })
  .post('/planner/drafts/:id/publish', allow(planners), validate('param', PlanIdSchema), async (c) => {
    const { id } = c.req.valid('param');
    noteAudit(c, { action: 'publish_grid_plan', records: [id] });
    const r = await publishPlan(c.var.database.db, id, c.var.user!.username);
    if (r.ok) return c.json(r.result, 200);
    if (r.reason === 'invalid_plan') {
      return c.json({ error: 'invalid_plan', message: r.problems.map((p) => p.message).join('; '), problems: r.problems }, 422);
    }
    return r.reason === 'not_found' ? c.json(notFound(id), 404) : c.json(notDraft(id), 409);
  });
