import { Hono } from 'hono';
import { allow } from '../../auth/auth.middleware';
import { everyone } from '../../auth/roles';
import { readSummary } from '../../db/repos/stats.repo';
import type { AppEnv } from '../context';

// Counted over the caller's jurisdiction: a grid leader's figures are its grid's (issue 12, item 2).
export const statsRouter = new Hono<AppEnv>().get('/stats/summary', allow(everyone), async (c) =>
  c.json(await readSummary(c.var.database.db, c.var.user!.scope), 200),
);
