import cluster from 'node:cluster';
import { describeError } from './db/describe-error';
import { relative, resolve } from 'node:path';
import type { BasemapSettings } from '../core/contracts/basemap';
import { ActiveBasemap } from './basemap/active-basemap';
import { BasemapError } from './basemap/basemap-error';
import { basemapSettingsOfEnv } from './basemap/open-basemap';
import { EnvError, readEnv, type Env } from './env';
import { isDroppedTypeFetch } from './db/dropped-type-fetch';

// A PostgreSQL restart must not end the server through postgres.js's one stray rejection (server/db/dropped-type-fetch.ts);
// any other unhandled rejection still ends it, as Node's default does.
process.on('unhandledRejection', (err) => {
  if (isDroppedTypeFetch(err)) {
    console.warn(`数据库连接在建立时中断，已忽略（a database connection was lost while opening: ${err instanceof Error ? err.message : String(err)}）`);
    return;
  }
  throw err;
});

async function main() {
  const started = performance.now();
  const env = readEnv();
  const workerId = cluster.isWorker ? cluster.worker?.id : undefined;
  // Checked before the database opens: a base map that cannot work stops the start at once, naming the setting.
  const basemap = await ActiveBasemap.open(basemapSettingsOfEnv(env));
  if (workerId === undefined) console.log(`底图（base map）：${await basemap.summary()}`);
  if (env.WORKERS > 1 && cluster.isPrimary) {
    // Migrations and demo data once, here, before any worker opens the database.
    await basemap.close();
    const prepared = await openPrepared(env);
    const { startPartitionUpkeep } = await import('./services/partition-schedule');
    startPartitionUpkeep(prepared.db, env.LIVE_EVENTS_RETENTION_DAYS, console.log, env.FIELD_POSITIONS_RETENTION_DAYS);
    if (env.DEMO_REPLAY === 'on') (await import('./services/demo-replay.service')).startDemoReplay(prepared.db);
    const { runWorkers } = await import('./cluster');
    console.log(`starting ${env.WORKERS} API processes on port ${env.PORT}`);
    runWorkers(env.WORKERS);
    return;
  }
  // The rest of the server loads only now (seconds of it), so that a bad setting above is told at once.
  const [{ serve }, { createApp }, opened, { startPartitionUpkeep }] = await Promise.all([
    import('@hono/node-server'),
    import('./app'),
    workerId === undefined ? openPrepared(env) : import('./db/engine').then(({ openDatabase }) => openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, migrated: true })),
    import('./services/partition-schedule'),
  ]);
  let database = opened;
  if (env.DATABASE_REPLICA_URL) {
    const { attachReplica } = await import('./db/replica');
    database = await attachReplica(database, { url: env.DATABASE_REPLICA_URL, maxLagSeconds: env.REPLICA_MAX_LAG_SECONDS });
    console.log(`read replica: ${database.replica!.status().state}, lag bound ${env.REPLICA_MAX_LAG_SECONDS} s`);
  }
  // Months ahead of the partitioned tables and live-event retention (issue 15): now, then daily. Under WORKERS the
  // primary does it (below), not every worker.
  const stopUpkeep = workerId === undefined ? startPartitionUpkeep(database.db, env.LIVE_EVENTS_RETENTION_DAYS, console.log, env.FIELD_POSITIONS_RETENTION_DAYS) : () => {};
  const stopReplay = workerId === undefined && env.DEMO_REPLAY === 'on' ? (await import('./services/demo-replay.service')).startDemoReplay(database.db) : () => {};
  const clientDir = relative(process.cwd(), env.CLIENT_DIR ? resolve(env.CLIENT_DIR) : resolve(import.meta.dirname, '../dist/client')) || '.';
  if (workerId !== undefined) await shareBasemapSwaps(basemap);
  const app = createApp({ database, env, clientDir, basemap, workerId });
  const server = serve({ fetch: app.fetch, port: env.PORT, ...(env.HOST ? { hostname: env.HOST } : {}) }, (info) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const who = workerId === undefined ? '' : ` (worker ${workerId}, pid ${process.pid})`;
    console.log(`Jingwang 警网 ready at http://${env.HOST && env.HOST !== '0.0.0.0' && env.HOST !== '::' ? (env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST) : 'localhost'}:${info.port}${who} (${seconds} s after start)`);
  });
  // Node closes idle keep-alive sockets after 5 s, racing clients (and load balancers, which keep theirs ~60 s)
  // that reuse one just then: their next request dies with ECONNRESET. Keep idle sockets longer than they do.
  if ('keepAliveTimeout' in server) {
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  }
  const stop = () => {
    stopUpkeep();
    stopReplay();
    server.close();
    Promise.allSettled([database.close(), basemap.close()]).finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * An administrator's base-map switch (PUT /api/admin/basemap) lands on one worker; the others hear of it through the
 * primary and switch too. The settings (a token among them) pass between this server's processes only.
 */
async function shareBasemapSwaps(basemap: ActiveBasemap) {
  const { isPeerMessage } = await import('./cluster');
  basemap.announceReplacementsTo((settings) => process.send?.({ type: 'basemap', settings }));
  process.on('message', (message: unknown) => {
    if (!isPeerMessage(message)) return;
    basemap.replace(message.settings as BasemapSettings, true).catch((err: unknown) => {
      console.error(`底图：另一个进程已切换底图，本进程未能跟随（base map: another worker switched, this one could not）：${describeError(err)}`);
    });
  });
}

/** The database migrated, with the demo data loaded when it was empty. */
async function openPrepared(env: Env) {
  const [{ openDatabase }, { describeDemoCredentials, isDatabaseEmpty, loadDemoData }] = await Promise.all([import('./db/engine'), import('./db/seed/demo-data')]);
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  console.log(`数据库：${database.engine}${database.engine === 'pglite' ? `，位于 ${resolve(env.DATA_DIR)}` : ''}，已迁移（database migrated）`);
  if (await isDatabaseEmpty(database.db)) {
    console.log('数据库为空：正在生成并载入达川区演示数据（empty database: generating and loading the Dachuan demo data）…');
    const t = await loadDemoData(database.db, env.DEMO_SEED, undefined, env.DEMO_PASSWORD);
    console.log(`演示数据已载入：生成 ${t.generateMs} 毫秒，写入 ${t.loadMs} 毫秒（demo data loaded）`);
    console.log(describeDemoCredentials(t.credentials));
  }
  return database;
}

main().catch((err) => {
  console.error(err instanceof EnvError || err instanceof BasemapError ? err.message : `警网无法启动（Jingwang could not start）：${describeError(err)}`);
  process.exit(1);
});
