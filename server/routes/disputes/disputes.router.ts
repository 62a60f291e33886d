import { Hono, type Context } from 'hono';
import {
  DisputeCodeSchema, DisputeMapQuerySchema, DisputeQuerySchema, DisputeTransitionSchema, NewDisputeSchema,
} from '../../../core/contracts/disputes';
import { allow, noteAudit } from '../../auth/auth.middleware';
import { disputeHandlers, disputeWriters, personalDataReaders, staff, unmaskers } from '../../auth/roles';
import { registerDispute, transitionDispute, type RegisterResult } from '../../db/repos/dispute-workflow.repo';
import { findDispute, findDisputeMap, findDisputeReminders, findDisputes } from '../../db/repos/disputes.repo';
import type { AppEnv } from '../context';
import { refuseGridOutside } from '../grid-refusal';
import { isGridInScope } from '../../db/repos/registry.repo';
import { validate } from '../validate';
import { apiError, fieldError, notInJurisdiction, thing } from '../../i18n/messages';
import { requestLanguage } from '../../i18n/language';
import { remitWord, statusWord } from '../../i18n/interface-words';
import { remitRoute, type TransitionRefusal } from '../../../core/disputes';
import { DisputeDetailSchema, DisputeMapSchema, DisputePageSchema, DisputeRemindersSchema } from '../../../core/contracts/disputes';
import { ApiErrorSchema } from '../../../core/contracts/api-error';
import { describe } from '../../openapi/describe';

const notFound = (c: Context, code: string) => notInJurisdiction(c, 'dispute', code);

/** A workflow refusal (core checkTransition) in the caller's language, naming the states as the interface does. */
function transitionRefused(c: Context, r: TransitionRefusal) {
  const language = requestLanguage(c);
  const state = (s: Parameters<typeof statusWord>[1]) => statusWord(language, s);
  switch (r.rule) {
    case 'not_next': return apiError(c, 'transition_refused', 'dispute_not_next', { from: state(r.from), to: state(r.to), allowed: r.allowed.map(state) });
    case 'final': return apiError(c, 'transition_refused', 'dispute_final', { from: state(r.from) });
    case 'needs_responsible_body': return apiError(c, 'transition_refused', 'dispute_needs_responsible_body');
    case 'remit_routes_elsewhere': return apiError(c, 'transition_refused', 'dispute_remit_routes_elsewhere', { remit: remitWord(language, r.remit), routesTo: state(r.routesTo), to: state(r.to) });
    case 'remit_not_routing': return apiError(c, 'transition_refused', 'dispute_remit_not_routing', { routes: Object.values(remitRoute).map(state), to: state(r.to) });
  }
}

function refusal(c: Context, r: Exclude<RegisterResult, { ok: true }>) {
  switch (r.reason) {
    case 'outside_grids': return [422, fieldError(c, r.reason, 'lngLat', 'outside_grids')] as const;
    case 'outside_scope': return [403, fieldError(c, r.reason, 'lngLat', 'outside_scope')] as const;
    case 'unknown_building': return [404, fieldError(c, r.reason, 'buildingCode', 'no_such', thing('building'))] as const;
    case 'unknown_address': return [404, fieldError(c, r.reason, 'addressCode', 'no_such', thing('address'))] as const;
    case 'unknown_incidents': return [404, fieldError(c, r.reason, 'linkedIncidents', 'no_such_code', { ...thing('incident'), code: r.missing!.map(String) })] as const;
  }
}

// Lists and details carry the parties (personal data, masked), so they follow the residents' readers; the map
// layer carries none and is open to all staff. Static paths come before /disputes/:code.
export const disputesRouter = new Hono<AppEnv>()
  .get('/disputes', describe('矛盾纠纷列表 / disputes, parties masked', { 200: DisputePageSchema, 403: ApiErrorSchema, 404: ApiErrorSchema }), allow(personalDataReaders), validate('query', DisputeQuerySchema), async (c) => {
    const query = c.req.valid('query');
    const { db } = c.var.database;
    // A grid outside the jurisdiction is refused as its page and the residents list refuse it, not answered empty.
    if (query.grid && !(await isGridInScope(db, query.grid, c.var.user!.scope))) return refuseGridOutside(c, query.grid);
    return c.json(await findDisputes(db, query, c.var.user!.scope), 200);
  })
  .get('/disputes/map', describe('矛盾纠纷地图点位 / disputes as map points', { 200: { media: 'application/json', description: 'GeoJSON FeatureCollection', schema: DisputeMapSchema } }), allow(staff), validate('query', DisputeMapQuerySchema), async (c) =>
    c.json(await findDisputeMap(c.var.database.db, c.req.valid('query'), c.var.user!.scope), 200),
  )
  .get('/disputes/reminders', describe('待办提醒 / disputes that need the caller', { 200: DisputeRemindersSchema }), allow(personalDataReaders), async (c) => c.json(await findDisputeReminders(c.var.database.db, c.var.user!), 200))
  .get('/disputes/:code', describe('矛盾纠纷详情 / one dispute with its history', { 200: DisputeDetailSchema, 404: ApiErrorSchema }), allow(personalDataReaders), validate('param', DisputeCodeSchema), async (c) => {
    const { code } = c.req.valid('param');
    const dispute = await findDispute(c.var.database.db, code, c.var.user!.scope, { language: requestLanguage(c) });
    return dispute ? c.json(dispute, 200) : c.json(notFound(c, code), 404);
  })
  .post('/disputes', describe('登记矛盾纠纷 / register a dispute', { 201: DisputeDetailSchema, 403: ApiErrorSchema, 404: ApiErrorSchema, 422: ApiErrorSchema }), allow(disputeWriters), validate('json', NewDisputeSchema), async (c) => {
    const user = c.var.user!;
    noteAudit(c, { action: 'dispute_register' });
    const result = await registerDispute(c.var.database.db, c.req.valid('json'), user);
    if (!result.ok) {
      const [status, body] = refusal(c, result);
      return c.json(body, status);
    }
    noteAudit(c, { action: 'dispute_register', records: [result.code] });
    return c.json((await findDispute(c.var.database.db, result.code, user.scope, { language: requestLanguage(c) }))!, 201);
  })
  .post('/disputes/:code/transitions', describe('流转矛盾纠纷 / move a dispute through its workflow', { 200: DisputeDetailSchema, 404: ApiErrorSchema, 409: ApiErrorSchema }), allow(disputeHandlers), validate('param', DisputeCodeSchema), validate('json', DisputeTransitionSchema), async (c) => {
    const { code } = c.req.valid('param');
    const input = c.req.valid('json');
    const user = c.var.user!;
    noteAudit(c, { action: `dispute_${input.to}`, records: [code] });
    const result = await transitionDispute(c.var.database.db, code, input, user);
    if (!result.ok) {
      return result.reason === 'not_found' ? c.json(notFound(c, code), 404) : c.json(transitionRefused(c, result.refusal), 409);
    }
    return c.json((await findDispute(c.var.database.db, code, user.scope, { language: requestLanguage(c) }))!, 200);
  })
  // A POST, not a GET: seeing the parties in full is an explicit act, audited with the dispute's code.
  .post('/disputes/:code/unmask', describe('查看当事人完整信息（审计）/ the parties unmasked, audited', { 200: DisputeDetailSchema, 404: ApiErrorSchema }), allow(unmaskers), validate('param', DisputeCodeSchema), async (c) => {
    const { code } = c.req.valid('param');
    noteAudit(c, { action: 'unmask', records: [code] });
    const dispute = await findDispute(c.var.database.db, code, c.var.user!.scope, { unmasked: true, language: requestLanguage(c) });
    return dispute ? c.json(dispute, 200) : c.json(notFound(c, code), 404);
  });
