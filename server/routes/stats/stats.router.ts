import { Hono } from 'hono';
import { allow } from '../../auth/auth.middleware';
import { everyone } from '../../auth/roles';
import { readSummary } from '../../db/repos/stats.repo';
import type { AppEnv } from '../context';
import { heavyReadDb } from '../../db/replica';
import { SummarySchema } from '../../../core/contracts/summary';
import { describe } from '../../openapi/describe';

// Counted over the caller's jurisdiction: a grid leader's figures are its grid's (issue 12, item 2).
export const statsRouter = new Hono<AppEnv>().get('/stats/summary', describe('辖区概况 / headline figures of the caller’s jurisdiction', { 200: SummarySchema }), allow(everyone), async (c) =>
  c.json(await readSummary(heavyReadDb(c.var.database), c.var.user!.scope), 200),
);
