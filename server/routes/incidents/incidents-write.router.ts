import { Hono } from 'hono';
import { NewIncidentSchema } from '../../../core/contracts/live';
import { allow, noteAudit } from '../../auth/auth.middleware';
import { incidentWriters } from '../../auth/roles';
import { createIncident } from '../../db/repos/incidents-write.repo';
import type { AppEnv } from '../context';
import { fieldError, thing } from '../../i18n/messages';
import { validate } from '../validate';
import { LiveIncidentSchema } from '../../../core/contracts/live';
import { ApiErrorSchema } from '../../../core/contracts/api-error';
import { describe } from '../../openapi/describe';

const refusals = {
  outside_grids: [400, 'lng/lat', 'outside_grids'],
  outside_scope: [403, 'lng/lat', 'outside_scope'],
  unknown_category: [400, 'categoryCode', 'no_such'],
} as const;

export const incidentsWriteRouter = new Hono<AppEnv>().post('/incidents', describe('登记警情 / register an incident', { 201: LiveIncidentSchema, 400: ApiErrorSchema, 403: ApiErrorSchema }), allow(incidentWriters), validate('json', NewIncidentSchema), async (c) => {
  const result = await createIncident(c.var.database.db, c.req.valid('json'), c.var.user!.scope);
  if (!result.ok) {
    const [status, field, message] = refusals[result.reason];
    return c.json(fieldError(c, result.reason, field, message, thing('incident_category')), status);
  }
  noteAudit(c, { action: 'incident_create', records: [`incident:${result.incident.id}`] });
  return c.json(result.incident, 201);
});
