import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileAnswer } from '../../core/contracts/analysis';
import type { Health } from '../../core/contracts/summary';
import { generateDemoDataset } from '../../data/generate/generate-demo-dataset';
import { loadRealInputs } from '../../data/generate/load-real-inputs';
import { createApp } from '../../server/app';
import { openDatabase, type Database } from '../../server/db/engine';
import { attachReplica, heavyReadDb } from '../../server/db/replica';
import { seedDemoData } from '../../server/db/seed/seed-demo-data';
import { EnvError, readEnv } from '../../server/env';
import { loginTo, testAnchor, testPassword, testSeed, type TestClient } from '../support/test-database';
import { makeClusterHome, startPrimaryCluster, startStandbyCluster, type ThrowawayCluster } from '../support/throwaway-cluster';

// Issue 15, item 5. The environment checks run on both engines; the replica itself needs PostgreSQL's binaries and
// runs with DATABASE_URL (it builds clusters of its own and leaves DATABASE_URL's database alone).

function envRefusal(source: NodeJS.ProcessEnv): string {
  try {
    readEnv(source);
  } catch (err) {
    expect(err).toBeInstanceOf(EnvError);
    return (err as Error).message;
  }
  throw new Error('readEnv accepted the environment');
}

describe('DATABASE_REPLICA_URL in the environment', () => {
  it('is refused without DATABASE_URL, in Chinese first, naming the variable', () => {
    const message = envRefusal({ DATABASE_REPLICA_URL: 'postgres://postgres@127.0.0.1:5433/jingwang' });
    expect(message).toMatch(/^环境变量有误/);
    expect(message).toContain('DATABASE_REPLICA_URL：只能与 DATABASE_URL 一起使用');
  });

  it('is refused when it is not a postgres:// address', () => {
    const message = envRefusal({ DATABASE_URL: 'postgres://a@127.0.0.1/x', DATABASE_REPLICA_URL: 'mysql://127.0.0.1/x' });
    expect(message).toContain('DATABASE_REPLICA_URL：必须以 postgres:// 或 postgresql:// 开头');
  });

  it('refuses a lag bound that is not a positive number of seconds', () => {
    expect(envRefusal({ REPLICA_MAX_LAG_SECONDS: '0' })).toContain('REPLICA_MAX_LAG_SECONDS：必须大于 0');
    expect(envRefusal({ REPLICA_MAX_LAG_SECONDS: 'soon' })).toContain('REPLICA_MAX_LAG_SECONDS');
  });

  it('takes both addresses with a lag bound of 10 seconds unless told', () => {
    const env = readEnv({ DATABASE_URL: 'postgres://a@127.0.0.1/x', DATABASE_REPLICA_URL: 'postgresql://a@127.0.0.1:5433/x' });
    expect(env.DATABASE_REPLICA_URL).toBe('postgresql://a@127.0.0.1:5433/x');
    expect(env.REPLICA_MAX_LAG_SECONDS).toBe(10);
  });
});

if (readEnv().DATABASE_URL) {
  describe('a streaming read replica built with pg_basebackup -R', () => {
    const home = makeClusterHome('replica');
    const opened: Database[] = [];
    let primary: ThrowawayCluster;
    let standby: ThrowawayCluster;
    let standbySql: postgres.Sql;
    let primarySql: postgres.Sql;
    // Two app processes over the same pair: `patient` tolerates an hour of lag, `strict` one second.
    let patient: TestClient;
    let strict: TestClient;
    let strictDatabase: Database;
    let incidentsBefore: number;
    let profileBefore: unknown;
    let newIncidentId: number;
    let place: { lng: number; lat: number; categoryCode: string };

    beforeAll(async () => {
      primary = await startPrimaryCluster(home.dir);
      const admin = postgres(primary.url('postgres'), { max: 1, onnotice: () => {} });
      await admin.unsafe('CREATE DATABASE jingwang_replica');
      await admin.end();
      // A slice of the demo data: the accounts and the map, a few incidents (the whole year takes half a minute).
      const seeding = await openDatabase({ databaseUrl: primary.url('jingwang_replica'), dataDir: '' });
      const data = generateDemoDataset(loadRealInputs(), { seed: testSeed, anchor: testAnchor });
      await seedDemoData(seeding.db, { ...data, incidents: data.incidents.slice(-1000), activities: data.activities.slice(-200) }, [], testPassword);
      await seeding.close();
      const first = data.incidents.at(-1)!;
      place = { lng: first.geom.coordinates[0], lat: first.geom.coordinates[1], categoryCode: first.categoryCode };

      standby = await startStandbyCluster(home.dir, primary);
      primarySql = postgres(primary.url('jingwang_replica'), { max: 1, onnotice: () => {} });
      standbySql = postgres(standby.url('jingwang_replica'), { max: 1, onnotice: () => {} });
      const env = readEnv({ ...process.env, DATABASE_URL: primary.url('jingwang_replica'), PORT: '8787', TRUST_PROXY: 'true' });
      const appOver = async (maxLagSeconds: number) => {
        const plain = await openDatabase({ databaseUrl: primary.url('jingwang_replica'), dataDir: '' });
        const database = await attachReplica(plain, { url: standby.url('jingwang_replica'), maxLagSeconds, probeEveryMs: 200, log: () => {} });
        opened.push(database);
        return { database, client: await loginTo(createApp({ database, env }), 'admin') };
      };
      patient = (await appOver(3600)).client;
      ({ client: strict, database: strictDatabase } = await appOver(1));
    }, 120_000);

    afterAll(async () => {
      await Promise.allSettled(opened.map((d) => d.close()));
      await Promise.allSettled([primarySql?.end(), standbySql?.end()]);
      await Promise.allSettled([standby?.stop('immediate'), primary?.stop('immediate')]);
      home.remove();
    });

    const health = async (client: TestClient) => (await (await client.request('/api/health')).json()) as Health;
    const summaryIncidents = async (client: TestClient) => {
      const res = await client.request('/api/stats/summary');
      expect(res.status).toBe(200);
      return ((await res.json()) as { incidentsLast7d: number }).incidentsLast7d;
    };
    const ogcItemStatus = async (client: TestClient, id: number) => (await client.request(`/ogc/collections/incidents/items/${id}`)).status;
    const wallRecentIds = async (client: TestClient) => {
      const res = await client.request('/api/wall/summary');
      expect(res.status).toBe(200);
      return ((await res.json()) as { recent: { id: number }[] }).recent.map((r) => r.id);
    };
    // The incidents layer's data version starts with the highest incident id (tiles.repo findDataVersion).
    const tileVersionMaxId = async (client: TestClient) => {
      const res = await client.request('/tiles/incidents.json');
      expect(res.status).toBe(200);
      return Number(/\?v=(\d+)-/.exec(((await res.json()) as { tiles: string[] }).tiles[0])![1]);
    };
    // A fixed period, so that two answers over the same rows are equal: the last 28 days and the next hour.
    const period = new URLSearchParams({ from: new Date(Date.now() - 28 * 86_400_000).toISOString(), to: new Date(Date.now() + 3_600_000).toISOString() });
    const profile = async (client: TestClient) => {
      const res = await client.request(`/api/analysis/profile?${period}`);
      expect(res.status).toBe(200);
      // What was counted: a period still running also says up to when (now), which moves between two reads.
      const { total, previousTotal, matrix, series } = (await res.json()) as ProfileAnswer;
      return { total, previousTotal, matrix, series };
    };
    async function until(what: string, check: () => Promise<boolean>, withinMs = 15_000) {
      const deadline = Date.now() + withinMs;
      while (!(await check())) {
        if (Date.now() > deadline) throw new Error(`not within ${withinMs} ms: ${what}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const standbyHasReplayedPrimary = async () => {
      const [{ lsn }] = await primarySql`SELECT pg_current_wal_lsn()::text AS lsn`;
      const [{ behind }] = await standbySql`SELECT pg_wal_lsn_diff(${lsn}::pg_lsn, pg_last_wal_replay_lsn()) > 0 AS behind`;
      return !behind;
    };

    it('streams: health names the replica, within its bound and serving reads', async () => {
      await until('the standby replays the primary', standbyHasReplayedPrimary);
      await until('the probe finds it current', async () => (await health(patient)).replica.lagBytes === 0);
      const { replica } = await health(patient);
      expect(replica).toMatchObject({ configured: true, state: 'streaming', maxLagSeconds: 3600, servingReads: true });
      expect(replica.lagSeconds).toBeLessThan(1);
      incidentsBefore = await summaryIncidents(patient);
      expect(incidentsBefore).toBeGreaterThan(0);
      profileBefore = await profile(patient);
    });

    it('serves heavy reads from the replica: a write it has not replayed yet is missing from them', async () => {
      // With replay paused the standby keeps answering from the past: only it can miss a row the primary has.
      await standbySql`SELECT pg_wal_replay_pause()`;
      await until('replay pauses', async () => (await standbySql`SELECT pg_get_wal_replay_pause_state() AS s`)[0].s === 'paused');
      const res = await patient.request('/api/incidents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...place, source: '110' }) });
      expect(res.status).toBe(201);
      newIncidentId = ((await res.json()) as { id: number }).id;
      expect(await primarySql`SELECT 1 FROM incidents WHERE id = ${newIncidentId}`).toHaveLength(1);
      expect(await standbySql`SELECT 1 FROM incidents WHERE id = ${newIncidentId}`).toHaveLength(0);

      expect(await ogcItemStatus(patient, newIncidentId)).toBe(404);
      expect(await summaryIncidents(patient)).toBe(incidentsBefore);
      expect(await wallRecentIds(patient)).not.toContain(newIncidentId);
      expect(await tileVersionMaxId(patient)).toBeLessThan(newIncidentId);
      expect(await profile(patient)).toEqual(profileBefore);
      // The probe runs every few seconds: wait for the one that sees the write the standby has not replayed.
      await until('the probe sees the standby behind', async () => ((await health(patient)).replica.lagBytes ?? 0) > 0);
      const { replica } = await health(patient);
      expect(replica.state).toBe('streaming');
      expect(replica.lagBytes).toBeGreaterThan(0);
    });

    it('falls back to the primary while the replica lags past the bound, and health says lagging', async () => {
      await until('the strict app sees the replica lagging', async () => (await health(strict)).replica.state === 'lagging');
      const { replica } = await health(strict);
      expect(replica.lagSeconds).toBeGreaterThan(replica.maxLagSeconds!);
      expect(replica.servingReads).toBe(false);
      expect(await ogcItemStatus(strict, newIncidentId)).toBe(200);
      expect(await summaryIncidents(strict)).toBe(incidentsBefore + 1);
      expect(await wallRecentIds(strict)).toContain(newIncidentId);
      expect(await tileVersionMaxId(strict)).toBe(newIncidentId);
      expect(await profile(strict)).not.toEqual(profileBefore);
    });

    it('returns to the replica once it has caught up', async () => {
      await standbySql`SELECT pg_wal_replay_resume()`;
      await until('the strict app sees the replica streaming', async () => (await health(strict)).replica.state === 'streaming');
      expect((await health(strict)).replica.servingReads).toBe(true);
      expect(heavyReadDb(strictDatabase)).not.toBe(strictDatabase.db);
      expect(await ogcItemStatus(patient, newIncidentId)).toBe(200);
      expect(await summaryIncidents(patient)).toBe(incidentsBefore + 1);
    });

    it('falls back to the primary when the replica is down, and health says down', async () => {
      await standby.stop('fast');
      await until('the patient app sees the replica down', async () => (await health(patient)).replica.state === 'down');
      const { replica } = await health(patient);
      expect(replica).toMatchObject({ configured: true, lagSeconds: null, lagBytes: null, servingReads: false });
      expect(await ogcItemStatus(patient, newIncidentId)).toBe(200);
      expect(await summaryIncidents(patient)).toBe(incidentsBefore + 1);
      expect((await patient.request('/api/analysis/profile')).status).toBe(200);
    });
  });
}
