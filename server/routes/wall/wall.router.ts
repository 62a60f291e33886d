import { Hono } from 'hono';
import { z } from 'zod';
import { allow } from '../../auth/auth.middleware';
import { everyone } from '../../auth/roles';
import { wholeDistrictOnly } from '../../auth/whole-district-only';
import { ApiErrorSchema } from '../../../core/contracts/api-error';
import { readGridMeasures, readWallSummary } from '../../db/repos/wall.repo';
import type { AppEnv } from '../context';
import { heavyReadDb } from '../../db/replica';
import { GridMeasureSchema, WallSummarySchema } from '../../../core/contracts/wall';
import { describe } from '../../openapi/describe';

// The wall's district-wide summary is for district-wide callers (the wall display first of all); each grid's measures
// (counts only) are read by every role's map, for the grids of the caller's jurisdiction.
export const wallRouter = new Hono<AppEnv>()
  .get('/wall/summary', describe('大屏汇总 / the wall’s aggregates', { 200: WallSummarySchema, 403: ApiErrorSchema }), allow(everyone), wholeDistrictOnly, async (c) => c.json(await readWallSummary(heavyReadDb(c.var.database)), 200))
  .get('/wall/grid-measures', describe('各网格指标 / each grid’s measures', { 200: z.array(GridMeasureSchema) }), allow(everyone), async (c) => c.json(await readGridMeasures(heavyReadDb(c.var.database), c.var.user!.scope), 200));
