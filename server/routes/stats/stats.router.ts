import { Hono } from 'hono';
import { readSummary } from '../../db/repos/stats.repo';
import type { AppEnv } from '../context';

export const statsRouter = new Hono<AppEnv>().get('/stats/summary', async (c) => c.json(await readSummary(c.var.database.db), 200));
