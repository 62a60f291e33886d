import { beforeAll, describe, expect, it } from 'vitest';
import type { Health } from '../../core/contracts/summary';
import { getTestApp, getTestDatabase, loginAs, type TestClient } from '../support/test-database';

let app: TestClient;
beforeAll(async () => {
  app = await loginAs('admin');
});

describe('GET /api/health', () => {
  it('names the engine in use and the PostGIS version', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Health;
    const { engine } = await getTestDatabase();
    expect(body.engine).toBe(engine);
    expect(body.engine).toBe(process.env.DATABASE_URL ? 'postgres' : 'pglite');
    expect(body.postgis).toMatch(/^3\.\d+/);
  });

  it('says no read replica is configured, and heavy reads are not served by one', async () => {
    const body = (await (await app.request('/api/health')).json()) as Health;
    expect(body.replica).toEqual({ configured: false, state: null, lagSeconds: null, lagBytes: null, maxLagSeconds: null, servingReads: false, checkedAt: null });
  });

  it('gives no row counts to a caller who is not a signed-in administrator', async () => {
    const anonymous = (await (await (await getTestApp()).request('/api/health')).json()) as Health;
    expect(anonymous.engine).toBe(process.env.DATABASE_URL ? 'postgres' : 'pglite');
    expect(anonymous).not.toHaveProperty('counts');
    const commander = (await (await (await loginAs('commander')).request('/api/health')).json()) as Health;
    expect(commander).not.toHaveProperty('counts');
  });

  it('counts the main tables of the loaded demo data for an administrator', async () => {
    const body = (await (await app.request('/api/health')).json()) as Health;
    expect(body.counts?.grids).toBe(208);
    expect(body.counts?.streets).toBe(33);
    expect(body.counts?.communities).toBe(452);
    expect(body.counts?.incidents).toBeGreaterThanOrEqual(50_000);
  });
});

describe('unknown API routes', () => {
  it('answer 404 with a JSON message', async () => {
    const res = await app.request('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { message: string }).message).toContain('/api/no-such-thing');
  });
});
