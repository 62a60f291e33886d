import { Hono } from 'hono';
import { readHealth } from '../../db/repos/stats.repo';
import type { AppEnv } from '../context';
import { replicaHealth } from '../../db/replica';
import { HealthSchema } from '../../../core/contracts/summary';
import { ClientConfigSchema } from '../../../core/contracts/basemap';
import { describe } from '../../openapi/describe';

export const healthRouter = new Hono<AppEnv>()
  .get('/health', describe('数据库、数据量与只读副本 / database engine, row counts and the read replica', { 200: HealthSchema }), async (c) =>
    c.json({ ...(await readHealth(c.var.database.db, c.var.database.engine)), replica: replicaHealth(c.var.database) }, 200),
  )
  .get('/config', describe('登录前页面所需的配置 / settings the page needs before signing in', { 200: ClientConfigSchema }), (c) => c.json({ basemapStyleUrl: c.var.env.BASEMAP_STYLE_URL ?? null }, 200));
