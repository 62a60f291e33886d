import { Hono } from 'hono';
import { allow } from '../../auth/auth.middleware';
import { everyone } from '../../auth/roles';
import { readGridMeasures, readWallSummary } from '../../db/repos/wall.repo';
import type { AppEnv } from '../context';

// District-wide aggregates: every role may read them, the wall display first of all.
export const wallRouter = new Hono<AppEnv>()
  .get('/wall/summary', allow(everyone), async (c) => c.json(await readWallSummary(c.var.database.db), 200))
  .get('/wall/grid-measures', allow(everyone), async (c) => c.json(await readGridMeasures(c.var.database.db), 200));
