import { Hono } from 'hono';
import { z } from 'zod';
import { allow } from '../../auth/auth.middleware';
import { everyone } from '../../auth/roles';
import { encodeIncidentColumns, IncidentQuerySchema, incidentColumnsMediaType } from '../../../core/contracts/incidents';
import { findIncidentColumnArrays, findIncidentColumns, listIncidentCategories } from '../../db/repos/incidents.repo';
import type { AppEnv } from '../context';
import { validate } from '../validate';
import { IncidentCategorySchema, IncidentColumnsSchema } from '../../../core/contracts/incidents';
import { describe } from '../../openapi/describe';

export const incidentsRouter = new Hono<AppEnv>()
  .get('/incidents', describe('警情（列式）/ incidents as columns; format=binary answers the packed binary layout', { 200: [IncidentColumnsSchema, { media: incidentColumnsMediaType, description: 'format=binary：见 core/contracts/incidents.ts 的二进制布局 / the binary layout of core/contracts/incidents.ts' }] }), allow(everyone), validate('query', IncidentQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const { db } = c.var.database;
    const scope = c.var.user!.scope;
    // format=binary skips JSON.stringify of tens of megabytes for a city-wide heatmap (see the contract's layout).
    if (q.format === 'binary') {
      return c.body(encodeIncidentColumns(await findIncidentColumnArrays(db, q, scope)), 200, { 'content-type': incidentColumnsMediaType });
    }
    return c.json(await findIncidentColumns(db, q, scope), 200);
  })
  .get('/incident-categories', describe('警情类别 / incident categories', { 200: z.array(IncidentCategorySchema) }), allow(everyone), async (c) => c.json(await listIncidentCategories(c.var.database.db), 200));
