import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase, pgliteDurability, queryRows, type Database } from '../../server/db/engine';
import { readEnv } from '../../server/env';
import { loadMinimalFixture } from '../support/minimal-fixture';
import { freshRequest, openEventStream, type FreshResponse } from '../support/spawned-server';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../support/throwaway-postgres';

// Issue 15, faults: nothing acknowledged is lost when the database goes away. The suite's engine decides which
// fault applies: PostgreSQL restarted under the API, or the embedded engine's process killed with -9.
const password = 'outage-password-for-tests';
const root = fileURLToPath(new URL('../..', import.meta.url));
const waitUntil = async (ok: () => boolean, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (!ok() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
};

if (readEnv().DATABASE_URL) {
  describe('PostgreSQL restarted under the API', () => {
    let pg: ThrowawayPostgres;
    let database: Database;
    let server: ServerType | undefined;
    let origin = '';
    let point: { lng: number; lat: number };
    beforeAll(async () => {
      pg = await startThrowawayPostgres();
      database = await openDatabase({ databaseUrl: pg.url, dataDir: '' });
      point = await loadMinimalFixture(database.db, password);
      const app = createApp({ database, env: readEnv({ ...process.env, DATABASE_URL: pg.url, PORT: '8787' }) });
      const port = await new Promise<number>((resolve) => {
        server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
      });
      origin = `http://127.0.0.1:${port}`;
    });
    afterAll(async () => {
      try {
        // Streams a failed assertion left open would keep close() waiting.
        (server as { closeAllConnections?: () => void } | undefined)?.closeAllConnections?.();
        await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
        await database?.close().catch(() => {});
      } finally {
        pg?.destroy(); // a server left running would outlive the test run
      }
    });

    it('answers 503 with Retry-After at once while it is down, recovers within 5 s, and the live streams miss nothing', async () => {
      const login = await freshRequest(origin, '/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'commander', password }) });
      expect(login.status).toBe(200);
      const cookie = String(login.headers['set-cookie']).split(';')[0];
      const { csrfToken } = JSON.parse(login.body) as { csrfToken: string };
      const postIncident = () =>
        freshRequest(origin, '/api/incidents', {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
          body: JSON.stringify({ categoryCode: 'THEFT_RES', source: '110', ...point }),
        });
      const acked: number[] = [];
      const writeAcked = async (n: number) => {
        for (let i = 0; i < n; i++) {
          const res = await postIncident();
          expect(res.status).toBe(201);
          acked.push((JSON.parse(res.body) as { id: number }).id);
        }
      };

      const stream = await openEventStream(origin, '/api/live', { cookie });
      expect(stream.status).toBe(200);
      await writeAcked(3);
      await waitUntil(() => stream.ids().length === 3, 5000);
      expect(stream.ids()).toEqual(acked);
      const lastSeenBeforeOutage = stream.lastEventId()!;

      pg.stop();
      // While it is down: reads, writes and the health check answer 503 quickly, naming the database, in Chinese first.
      const during: { res: FreshResponse; ms: number }[] = [];
      const outageEnds = Date.now() + 3000; // long enough for postgres.js's backoff to grow
      while (Date.now() < outageEnds) {
        for (const ask of [() => freshRequest(origin, '/api/health'), postIncident, () => freshRequest(origin, '/api/auth/me', { headers: { cookie } })]) {
          const t0 = Date.now();
          during.push({ res: await ask(), ms: Date.now() - t0 });
        }
      }
      for (const { res, ms } of during) {
        expect(res.status).toBe(503);
        expect(res.headers['retry-after']).toBe('2');
        expect(JSON.parse(res.body)).toEqual({ error: 'database_unavailable', message: '数据库暂时不可用，请稍后重试' });
        expect(ms).toBeLessThan(5000);
      }
      expect(during.length).toBeGreaterThanOrEqual(3);

      pg.start();
      const started = Date.now();
      let health = await freshRequest(origin, '/api/health');
      while (health.status !== 200 && Date.now() - started < 5000) {
        await new Promise((r) => setTimeout(r, 100));
        health = await freshRequest(origin, '/api/health');
      }
      expect(health.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(5000);

      await writeAcked(3);
      // The stream held through the outage gets what was written after it (the hub listens again and pulls)…
      await waitUntil(() => acked.every((id) => stream.ids().includes(id)), 5000);
      expect(stream.ids()).toEqual(acked);
      stream.close();
      // …and a stream that did die, reconnecting with Last-Event-ID, is given everything after it.
      const resumed = await openEventStream(origin, '/api/live', { cookie, 'last-event-id': lastSeenBeforeOutage });
      await waitUntil(() => resumed.ids().length >= 3, 5000);
      resumed.close();
      expect(resumed.ids()).toEqual(acked.slice(3));
      // What the 503s refused was not written; what was acknowledged is all there.
      const rows = await queryRows<{ id: number }>(database.db, sql`SELECT id FROM incidents ORDER BY id`);
      expect(rows.map((r) => Number(r.id))).toEqual(acked);
    });
  });
} else {
  describe('the embedded engine killed with -9 while writing', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jingwang-kill9-'));
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

    // Two PGlite starts, seconds each on a busy machine.
    it('reopens with every acknowledged write', { timeout: 90_000 }, async () => {
      const writer = spawn(process.execPath, ['--import', 'tsx', 'test/support/pglite-writer.ts', dataDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      writer.stdout.on('data', (d: Buffer) => (out += d.toString()));
      writer.stderr.on('data', (d: Buffer) => (out += d.toString()));
      const exited = new Promise<NodeJS.Signals | null>((resolve) => writer.on('exit', (_code, signal) => resolve(signal)));
      const acks = () => [...out.matchAll(/^ack (\d+)$/gm)].map((m) => Number(m[1]));
      // Killed in the middle of its writes: it goes on writing until the signal lands.
      await waitUntil(() => acks().length >= 40 || writer.exitCode !== null, 75_000);
      expect(acks().length, out.slice(-2000)).toBeGreaterThanOrEqual(40);
      writer.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      const acked = acks();

      const reopened = await PGlite.create({ dataDir, ...pgliteDurability });
      try {
        const { rows } = await reopened.query<{ id: number }>('SELECT id FROM acked_writes ORDER BY id');
        const stored = new Set(rows.map((r) => Number(r.id)));
        expect(acked.filter((id) => !stored.has(id))).toEqual([]);
      } finally {
        await reopened.close();
      }
    });
  });
}
