import { Hono } from 'hono';
import { ChangedResidentSchema, ResidentChangeSchema, ResidentIdSchema, ResidentQuerySchema } from '../../../core/contracts/residents';
import { allow, noteAudit } from '../../auth/auth.middleware';
import { personalDataReaders, registryWriters, unmaskers } from '../../auth/roles';
import { findResidents, findUnmaskedResident } from '../../db/repos/residents.repo';
import { changeResident } from '../../db/repos/resident-changes.repo';
import type { AppEnv } from '../context';
import { auditPeopleSearch } from '../people-search-audit';
import { refuseGridOutside } from '../grid-refusal';
import { isGridInScope } from '../../db/repos/registry.repo';
import { notInJurisdiction } from '../../i18n/messages';
import { validate } from '../validate';
import { ResidentPageSchema, ResidentSchema } from '../../../core/contracts/residents';
import { ApiErrorSchema } from '../../../core/contracts/api-error';
import { describe } from '../../openapi/describe';
import { refuseResidentChange } from './resident-change-refusal';

export const residentsRouter = new Hono<AppEnv>()
  .get('/residents', describe('实有人口（遮蔽）/ residents, masked', { 200: ResidentPageSchema, 403: ApiErrorSchema, 404: ApiErrorSchema }), allow(personalDataReaders), validate('query', ResidentQuerySchema), async (c) => {
    const query = c.req.valid('query');
    const { db } = c.var.database;
    const scope = c.var.user!.scope;
    // A grid outside the jurisdiction is refused as its page is, rather than answered with an empty list.
    if (query.gridCode && !(await isGridInScope(db, query.gridCode, scope))) return refuseGridOutside(c, query.gridCode);
    const page = await findResidents(db, query, scope);
    // Looking a person up by name or number is a people search, audited as one with the ids it showed.
    if (query.q !== undefined) await auditPeopleSearch(c, '/api/residents', [`q:${query.q}`, ...page.rows.map((r) => r.id)], 200);
    return c.json(page, 200);
  })
  // A POST, not a GET: unmasking is an explicit act, audited (auditWrites) with the record's id.
  .post('/residents/:id/unmask', describe('查看完整信息（审计）/ one resident unmasked, audited', { 200: ResidentSchema, 404: ApiErrorSchema }), allow(unmaskers), validate('param', ResidentIdSchema), async (c) => {
    const { id } = c.req.valid('param');
    noteAudit(c, { action: 'unmask', records: [id] });
    const resident = await findUnmaskedResident(c.var.database.db, id, c.var.user!.scope);
    return resident ? c.json(resident, 200) : c.json(notInJurisdiction(c, 'resident', id), 404);
  })
  // 一标三实 upkeep: a correction or a move-out (迁出), by whoever keeps the records. Audited with the record's id and
  // the names of the fields that changed — never their values, so no ID number reaches the log.
  .patch(
    '/residents/:id',
    describe('变更居民信息（更正、迁出；记为已核验，审计）/ change a resident: corrections or moving out; verifies the record, audited', {
      200: ChangedResidentSchema, 400: ApiErrorSchema, 404: ApiErrorSchema,
    }),
    allow(registryWriters),
    validate('param', ResidentIdSchema),
    validate('json', ResidentChangeSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      noteAudit(c, { action: 'resident_change', records: [id] });
      const outcome = await changeResident(c.var.database.db, id, c.req.valid('json'), c.var.user!.scope);
      if (!outcome.ok) return refuseResidentChange(c, id, outcome);
      noteAudit(c, { action: 'resident_change', records: [id, ...outcome.changed] });
      return c.json(outcome.resident, 200);
    },
  );
