import { Hono } from 'hono';
import { readHealth } from '../../db/repos/stats.repo';
import type { AppEnv } from '../context';
import { replicaHealth } from '../../db/replica';
import { HealthSchema } from '../../../core/contracts/summary';
import { ClientConfigSchema } from '../../../core/contracts/basemap';
import { describe } from '../../openapi/describe';

// Public, so that monitoring probes need no account; the row counts say how much the district holds, which is the
// administrators' business only.
export const healthRouter = new Hono<AppEnv>()
  .get('/health', describe('数据库、只读副本，管理员另见数据量 / database engine and the read replica; row counts for administrators', { 200: HealthSchema }), async (c) =>
    c.json({ ...(await readHealth(c.var.database.db, c.var.database.engine, c.var.user?.role === 'admin')), replica: replicaHealth(c.var.database) }, 200),
  )
  .get('/config', describe('登录前页面所需的配置 / settings the page needs before signing in', { 200: ClientConfigSchema }), (c) => c.json({ basemapStyleUrl: c.var.env.BASEMAP_STYLE_URL ?? null }, 200));
