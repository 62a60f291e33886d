/**
 * The streaming read replica (issue 15, item 5): DATABASE_REPLICA_URL names a hot standby of DATABASE_URL's cluster
 * (physical streaming replication, e.g. made with `pg_basebackup -R`). Heavy reads go there while it keeps up;
 * everything else stays on the primary.
 *
 * Who reads where (the call sites pass heavyReadDb(c.var.database) instead of c.var.database.db):
 * - replica: GET /api/analysis/{profile,rates,hotspots,emerging,forecast,repeats} (analysis.router),
 *   GET /api/stats/summary (stats.router), GET /api/wall/{summary,grid-measures} (wall.router),
 *   GET /tiles/{layer}.json and /tiles/{layer}/{z}/{x}/{y}.mvt (tiles.router), every /ogc read: landing,
 *   collections, items, item and export (ogc-request contextOf).
 * - primary: every write and everything read right after one's own write (incidents, registers, disputes, planner,
 *   patrol, workforce, admin, search, live), sessions and API tokens (checked and touched on each request), the
 *   audit of OGC reads, /api/health's counts, the live hub's LISTEN, and the replica probe's own reference position.
 *
 * Lag: every probe (2 s) reads pg_current_wal_lsn() on the primary and pg_last_wal_replay_lsn() on the replica;
 * the seconds are measured from when the primary first stood at a position the replica has not replayed
 * (replica-lag.ts). Past REPLICA_MAX_LAG_SECONDS the replica is `lagging`; not answering (or no longer a standby,
 * e.g. promoted) it is `down`; either way heavy reads fall back to the primary until a probe finds it current again.
 * A heavy read already sent to a replica that stops in the next two seconds fails (500); the one after goes to the primary.
 */
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { ReplicaHealth } from '../../core/contracts/summary';
import type { Database, Db } from './engine';
import { measureReplicaLag, parseLsn, type PrimarySample } from './replica-lag';
import { readPrimaryWalPosition, readStandbyReplay } from './repos/replication.repo';
import * as schema from './schema';

export type ReplicaState = NonNullable<ReplicaHealth['state']>;

export interface ReplicaLink {
  /** The replica's Drizzle instance while it streams within the lag bound; undefined while it lags or is down. */
  readDb(): Db | undefined;
  status(): ReplicaHealth;
  /** Probes now rather than at the next tick (tests, and the first routing decision at start). */
  probe(): Promise<void>;
  close(): Promise<void>;
}

export interface ReplicaOptions {
  url: string;
  maxLagSeconds: number;
  probeEveryMs?: number;
  log?: (line: string) => void;
}

/** Where a heavy read goes: the replica while it keeps up, else the primary. */
export function heavyReadDb(database: Database): Db {
  return database.replica?.readDb() ?? database.db;
}

/** What /api/health says of the replica, configured or not. */
export function replicaHealth(database: Database): ReplicaHealth {
  return (
    database.replica?.status() ?? {
      configured: false,
      state: null,
      lagSeconds: null,
      lagBytes: null,
      maxLagSeconds: null,
      servingReads: false,
      checkedAt: null,
    }
  );
}

/**
 * Connects to the replica, probes it once (so the first request is already routed right) and then every
 * `probeEveryMs`. Returns the database with the replica attached; its close() closes the replica too.
 * A replica that is down at start does not stop the server: reads go to the primary until it answers.
 */
export async function attachReplica(database: Database, opts: ReplicaOptions): Promise<Database> {
  if (database.engine !== 'postgres') throw new Error('DATABASE_REPLICA_URL needs DATABASE_URL: embedded PGlite has no replica');
  const link = openReplicaLink(database.db, opts);
  await link.probe();
  return {
    ...database,
    replica: link,
    close: async () => {
      await link.close();
      await database.close();
    },
  };
}

function openReplicaLink(primary: Db, { url, maxLagSeconds, probeEveryMs = 2000, log = console.log }: ReplicaOptions): ReplicaLink {
  const client = postgres(url, { max: 10, onnotice: () => {}, connect_timeout: 5 });
  const replicaDb = drizzle({ client, schema }) as unknown as Db;
  const probeTimeoutMs = Math.max(1000, Math.min(probeEveryMs, 5000));
  let samples: PrimarySample[] = [];
  let state: ReplicaState = 'down';
  let lag: { seconds: number; bytes: number } | null = null;
  let checkedAt: string | null = null;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const judge = async (): Promise<{ state: ReplicaState; why: string }> => {
    try {
      samples = [...samples, { atMs: Date.now(), lsn: parseLsn(await readPrimaryWalPosition(primary)) }];
    } catch {
      // The primary's own trouble is told by every other request; the replica is judged on the positions seen so far.
    }
    try {
      const standby = await withTimeout(readStandbyReplay(replicaDb), probeTimeoutMs);
      if (!standby.inRecovery || standby.replayLsn === null) {
        lag = null;
        return { state: 'down', why: 'it is not a standby (promoted, or not a replica)' };
      }
      const measured = measureReplicaLag(samples, parseLsn(standby.replayLsn), Date.now());
      samples = measured.samples;
      // Tenths of a second, as health reports them, so that a replica called lagging shows more than the bound.
      lag = { seconds: Math.round(measured.lagSeconds * 10) / 10, bytes: measured.lagBytes };
      return lag.seconds > maxLagSeconds
        ? { state: 'lagging', why: `${lag.seconds} s behind, more than ${maxLagSeconds} s` }
        : { state: 'streaming', why: `${lag.seconds} s behind` };
    } catch (err) {
      lag = null;
      return { state: 'down', why: err instanceof Error ? err.message : String(err) };
    }
  };

  const probe = () => {
    running ??= judge().then((judged) => {
      if (judged.state !== state) {
        log(`read replica: ${judged.state} (${judged.why}); heavy reads go to the ${judged.state === 'streaming' ? 'replica' : 'primary'}`);
      }
      state = judged.state;
      checkedAt = new Date().toISOString();
      running = undefined;
    });
    return running;
  };

  const tick = () => {
    timer = setTimeout(() => {
      void probe().finally(() => {
        if (!closed) tick();
      });
    }, probeEveryMs);
    timer.unref();
  };
  tick();

  return {
    readDb: () => (state === 'streaming' ? replicaDb : undefined),
    status: () => ({
      configured: true,
      state,
      lagSeconds: lag?.seconds ?? null,
      lagBytes: lag?.bytes ?? null,
      maxLagSeconds,
      servingReads: state === 'streaming',
      checkedAt,
    }),
    probe,
    close: async () => {
      closed = true;
      clearTimeout(timer);
      await running;
      await client.end({ timeout: 2 });
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
