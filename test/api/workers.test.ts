import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../server/db/engine';
import { readEnv } from '../../server/env';
import { externalIdMaker } from '../support/incident-points';
import { freePort, freshRequest, openEventStream, spawnServer, type SpawnedServer } from '../support/spawned-server';
import { getTestDatabase, testPassword } from '../support/test-database';

// WORKERS=N (issue 15): N processes behind one port must agree on sessions, login throttling and live events.
const databaseUrl = readEnv().DATABASE_URL;
const emptyClientDir = mkdtempSync(join(tmpdir(), 'jingwang-workers-client-'));
afterAll(() => rmSync(emptyClientDir, { recursive: true, force: true }));

if (!databaseUrl) {
  describe('WORKERS=2 on PGlite', () => {
    it('refuses to start, saying in Chinese first that several processes need PostgreSQL', async () => {
      const server = spawnServer({ WORKERS: '2', PORT: String(await freePort()), CLIENT_DIR: emptyClientDir, DATA_DIR: emptyClientDir });
      expect(await server.exited).toBe(1);
      expect(server.output()).toMatch(/^环境变量有误.*WORKERS：多个进程须使用 PostgreSQL：请设置 DATABASE_URL/m);
    });
  });
} else {
  describe('WORKERS=2 on PostgreSQL', () => {
    let server: SpawnedServer;
    let origin = '';
    let point: { lng: number; lat: number };
    beforeAll(async () => {
      // The shared test database, seeded with the test password: the workers find it full and load nothing.
      const { db } = await getTestDatabase();
      const [p] = await queryRows<{ lng: number; lat: number }>(
        db,
        sql`SELECT ST_X(ST_PointOnSurface(g.geom)) AS lng, ST_Y(ST_PointOnSurface(g.geom)) AS lat
            FROM grids g JOIN users u ON u.username = 'grid001' WHERE g.code = u.scope_codes->>0`,
      );
      point = { lng: Number(p.lng), lat: Number(p.lat) };
      const port = await freePort();
      origin = `http://127.0.0.1:${port}`;
      server = spawnServer({ WORKERS: '2', PORT: String(port), DATABASE_URL: databaseUrl, CLIENT_DIR: emptyClientDir, TRUST_PROXY: 'true' });
      await server.waitFor(/ready at .*\(worker \d+/, 2);
    });
    afterAll(async () => {
      await server?.stop();
    });

    const login = (username: string, password: string, address: string) =>
      freshRequest(origin, '/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ username, password }),
      });

    it('spreads connections over both workers, and a session opened on one is good on the other', async () => {
      const res = await login('viewer', testPassword, '10.7.0.1');
      expect(res.status).toBe(200);
      const cookie = String(res.headers['set-cookie']).split(';')[0];
      const answers = await Promise.all(Array.from({ length: 6 }, () => freshRequest(origin, '/api/auth/me', { headers: { cookie } })));
      expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
      const workers = new Set([res.headers['x-worker'], ...answers.map((a) => a.headers['x-worker'])]);
      expect([...workers].sort()).toHaveLength(2);
      expect(answers.some((a) => a.headers['x-worker'] !== res.headers['x-worker'])).toBe(true);
    });

    it('counts failed logins across processes: the sixth is refused whichever worker takes it', async () => {
      const username = `nobody${Date.now()}`;
      // An address of its own each run: twenty failures from one address lock it for every name.
      const address = `10.8.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
      const tries: { status: number; worker: string }[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await login(username, 'wrong-password-here', address);
        tries.push({ status: res.status, worker: String(res.headers['x-worker']) });
      }
      expect(tries.map((t) => t.status)).toEqual([401, 401, 401, 401, 401, 429]);
      // Five failures were enough although neither worker saw five of them.
      expect(new Set(tries.slice(0, 5).map((t) => t.worker)).size).toBe(2);
    });

    it('switches the base map in every worker when an administrator switches it through one', async () => {
      const res = await login('admin', testPassword, '10.7.3.1');
      expect(res.status).toBe(200);
      const cookie = String(res.headers['set-cookie']).split(';')[0];
      const { csrfToken } = JSON.parse(res.body) as { csrfToken: string };
      const shown = JSON.parse((await freshRequest(origin, '/api/admin/basemap', { headers: { cookie } })).body) as { settings: Record<string, unknown> };
      const attribution = `测试署名 ${Date.now()}`;
      const put = await freshRequest(origin, '/api/admin/basemap', {
        method: 'PUT',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify({ ...shown.settings, attribution }),
      });
      expect(put.status).toBe(200);
      // The other worker hears of it through the primary, a moment later.
      let answers: { worker: string; attribution: string }[];
      const deadline = Date.now() + 5000;
      do {
        answers = await Promise.all(
          Array.from({ length: 6 }, async () => {
            const r = await freshRequest(origin, '/api/basemap', { headers: { cookie } });
            return { worker: String(r.headers['x-worker']), attribution: (JSON.parse(r.body) as { attribution: string }).attribution };
          }),
        );
      } while (answers.some((a) => a.attribution !== attribution) && Date.now() < deadline);
      expect(new Set(answers.map((a) => a.worker)).size).toBe(2);
      expect(answers.map((a) => a.attribution)).toEqual(answers.map(() => attribution));
    });

    it('delivers an incident written through one worker to a stream held by the other', async () => {
      const res = await login('commander', testPassword, '10.7.2.1');
      const cookie = String(res.headers['set-cookie']).split(';')[0];
      const { csrfToken } = JSON.parse(res.body) as { csrfToken: string };
      const stream = await openEventStream(origin, '/api/live', { cookie });
      try {
        expect(stream.status).toBe(200);
        const streamWorker = stream.headers['x-worker'];
        const posted: { id: number; worker: string }[] = [];
        // Each connection may land on either worker: write until one write went through the other.
        while (posted.length < 8 && !posted.some((p) => p.worker !== streamWorker)) {
          const r = await freshRequest(origin, '/api/incidents', {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
            body: JSON.stringify({ categoryCode: 'THEFT_RES', source: '110', ...point }),
          });
          expect(r.status).toBe(201);
          posted.push({ id: (JSON.parse(r.body) as { id: number }).id, worker: String(r.headers['x-worker']) });
        }
        const elsewhere = posted.filter((p) => p.worker !== streamWorker);
        expect(elsewhere.length).toBeGreaterThan(0);
        const deadline = Date.now() + 5000;
        while (Date.now() < deadline && !posted.every((p) => stream.ids().includes(p.id))) await new Promise((r) => setTimeout(r, 50));
        expect(stream.ids()).toEqual(expect.arrayContaining(posted.map((p) => p.id)));
      } finally {
        stream.close();
      }
    });

    it('replaces a worker killed with -9, the other answering meanwhile', async () => {
      const pids = [...server.output().matchAll(/\(worker \d+, pid (\d+)\)/g)].map((m) => Number(m[1]));
      expect(pids).toHaveLength(2);
      process.kill(pids[0], 'SIGKILL');
      await server.waitFor(new RegExp(`worker ${pids[0]} exited \\(SIGKILL\\)`), 1, 10_000);
      // While the new one starts, every connection goes to the survivor.
      const meanwhile = await Promise.all(Array.from({ length: 4 }, () => freshRequest(origin, '/api/config')));
      expect(meanwhile.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      await server.waitFor(/ready at .*\(worker \d+/, 3, 60_000);
      const after = await Promise.all(Array.from({ length: 6 }, () => freshRequest(origin, '/api/config')));
      expect(after.map((r) => r.status)).toEqual(after.map(() => 200));
      expect(new Set(after.map((r) => r.headers['x-worker'])).size).toBe(2);
    }, 75_000);

    it('keeps every write it acknowledged, once, when a worker is killed with -9 mid-burst; retries get the originals', async () => {
      const res = await login('commander', testPassword, '10.7.3.1');
      const cookie = String(res.headers['set-cookie']).split(';')[0];
      const { csrfToken } = JSON.parse(res.body) as { csrfToken: string };
      const externalId = externalIdMaker('kill9');
      const total = 160;
      const write = (n: number) =>
        freshRequest(origin, '/api/incidents', {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
          body: JSON.stringify({ categoryCode: 'THEFT_RES', source: '110', ...point, externalId: externalId(n) }),
          timeoutMs: 10_000,
        });
      const acked = new Map<number, number>(); // write number → incident id, for every 2xx answer
      const lost: number[] = []; // writes whose answer never came (the connection died with its worker)
      const alive = [...server.output().matchAll(/\(worker \d+, pid (\d+)\)/g)].map((m) => Number(m[1])).filter((pid) => !server.output().includes(`worker ${pid} exited`));
      const readyBefore = [...server.output().matchAll(/ready at .*\(worker \d+/g)].length;
      let next = 0;
      let killed = false;
      // Sixteen clients at once, so that the killed worker has writes in flight.
      await Promise.all(Array.from({ length: 16 }, async () => {
        while (next < total) {
          const n = next++;
          if (n === 50 && !killed) {
            killed = true;
            process.kill(alive[0], 'SIGKILL');
          }
          try {
            const r = await write(n);
            if (r.status === 201 || r.status === 200) acked.set(n, (JSON.parse(r.body) as { id: number }).id);
            else lost.push(n);
          } catch {
            lost.push(n);
          }
        }
      }));
      expect(killed).toBe(true);
      expect(lost.length).toBeGreaterThan(0); // else the kill missed the burst and this proves nothing
      expect(acked.size + lost.length).toBe(total);
      const { db } = await getTestDatabase();
      const stored = async () =>
        new Map((await queryRows<{ key: string; ids: number[] }>(
          db,
          sql`SELECT k.external_id AS key, array_agg(i.id::int) AS ids FROM incident_external_ids k JOIN incidents i ON i.id = k.incident_id
              WHERE k.external_id LIKE ${externalId('%')} GROUP BY k.external_id`,
        )).map((r) => [r.key, r.ids.map(Number)]));
      const before = await stored();
      // Every acknowledged write is there, as the incident it was answered with, and only once.
      for (const [n, id] of acked) expect(before.get(externalId(n))).toEqual([id]);
      // The dispatch system retries what got no answer, and anything else: the same numbers give the same incidents.
      await server.waitFor(/ready at .*\(worker \d+/, readyBefore + 1, 60_000);
      for (let n = 0; n < total; n += 1) {
        const r = await write(n);
        expect([200, 201]).toContain(r.status);
        const id = (JSON.parse(r.body) as { id: number }).id;
        if (acked.has(n)) {
          expect(r.status).toBe(200);
          expect(id).toBe(acked.get(n));
        }
      }
      const after = await stored();
      expect(after.size).toBe(total);
      expect([...after.values()].every((ids) => ids.length === 1)).toBe(true);
    }, 120_000);
  });
}
