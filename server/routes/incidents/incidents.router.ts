import { Hono } from 'hono';
import { allow } from '../../auth/auth.middleware';
import { everyone } from '../../auth/roles';
import { IncidentQuerySchema } from '../../../core/contracts/incidents';
import { findIncidentColumns, listIncidentCategories } from '../../db/repos/incidents.repo';
import type { AppEnv } from '../context';
import { validate } from '../validate';

export const incidentsRouter = new Hono<AppEnv>()
  .get('/incidents', allow(everyone), validate('query', IncidentQuerySchema), async (c) => {
    return c.json(await findIncidentColumns(c.var.database.db, c.req.valid('query'), c.var.user!.scope), 200);
  })
  .get('/incident-categories', allow(everyone), async (c) => c.json(await listIncidentCategories(c.var.database.db), 200));
