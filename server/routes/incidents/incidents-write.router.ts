import { Hono } from 'hono';
import { NewIncidentSchema } from '../../../core/contracts/live';
import { allow, noteAudit } from '../../auth/auth.middleware';
import { incidentWriters } from '../../auth/roles';
import { createIncident } from '../../db/repos/incidents-write.repo';
import type { AppEnv } from '../context';
import { validate } from '../validate';

const refusals = {
  outside_grids: [400, 'lng/lat: the point lies outside every grid of the published plan'],
  outside_scope: [403, 'lng/lat: the point lies outside your jurisdiction'],
  unknown_category: [400, 'categoryCode: no such incident category'],
} as const;

export const incidentsWriteRouter = new Hono<AppEnv>().post('/incidents', allow(incidentWriters), validate('json', NewIncidentSchema), async (c) => {
  const result = await createIncident(c.var.database.db, c.req.valid('json'), c.var.user!.scope);
  if (!result.ok) {
    const [status, message] = refusals[result.reason];
    return c.json({ error: result.reason, message }, status);
  }
  noteAudit(c, { action: 'incident_create', records: [`incident:${result.incident.id}`] });
  return c.json(result.incident, 201);
});
