import { Hono } from 'hono';
import { readHealth } from '../../db/repos/stats.repo';
import type { AppEnv } from '../context';

export const healthRouter = new Hono<AppEnv>()
  .get('/health', async (c) => c.json(await readHealth(c.var.database.db, c.var.database.engine), 200))
  .get('/config', (c) => c.json({ basemapStyleUrl: c.var.env.BASEMAP_STYLE_URL ?? null }, 200));
