import { Hono } from 'hono';
import { allow } from '../../auth/auth.middleware';
import { everyone } from '../../auth/roles';
import { encodeIncidentColumns, IncidentQuerySchema, incidentColumnsMediaType } from '../../../core/contracts/incidents';
import { findIncidentColumnArrays, findIncidentColumns, listIncidentCategories } from '../../db/repos/incidents.repo';
import type { AppEnv } from '../context';
import { validate } from '../validate';

export const incidentsRouter = new Hono<AppEnv>()
  .get('/incidents', allow(everyone), validate('query', IncidentQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const { db } = c.var.database;
    const scope = c.var.user!.scope;
    // format=binary skips JSON.stringify of tens of megabytes for a city-wide heatmap (see the contract's layout).
    if (q.format === 'binary') {
      return c.body(encodeIncidentColumns(await findIncidentColumnArrays(db, q, scope)), 200, { 'content-type': incidentColumnsMediaType });
    }
    return c.json(await findIncidentColumns(db, q, scope), 200);
  })
  .get('/incident-categories', allow(everyone), async (c) => c.json(await listIncidentCategories(c.var.database.db), 200));
