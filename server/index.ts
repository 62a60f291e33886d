import { describeError } from './db/describe-error';
import { relative, resolve } from 'node:path';
import { ActiveBasemap } from './basemap/active-basemap';
import { BasemapError } from './basemap/basemap-error';
import { basemapSettingsOfEnv } from './basemap/open-basemap';
import { EnvError, readEnv } from './env';

async function main() {
  const started = performance.now();
  const env = readEnv();
  // Checked before the database opens: a base map that cannot work stops the start at once, naming the setting.
  const basemap = await ActiveBasemap.open(basemapSettingsOfEnv(env));
  console.log(`base map: ${await basemap.summary()}`);
  // The rest of the server loads only now (seconds of it), so that a bad setting above is told at once.
  const [{ serve }, { createApp }, { openDatabase }, { describeDemoCredentials, isDatabaseEmpty, loadDemoData }, { startPartitionUpkeep }] = await Promise.all([
    import('@hono/node-server'),
    import('./app'),
    import('./db/engine'),
    import('./db/seed/demo-data'),
    import('./services/partition-schedule'),
  ]);
  let database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  if (env.DATABASE_REPLICA_URL) {
    const { attachReplica } = await import('./db/replica');
    database = await attachReplica(database, { url: env.DATABASE_REPLICA_URL, maxLagSeconds: env.REPLICA_MAX_LAG_SECONDS });
    console.log(`read replica: ${database.replica!.status().state}, lag bound ${env.REPLICA_MAX_LAG_SECONDS} s`);
  }
  console.log(`database: ${database.engine}${database.engine === 'pglite' ? ` in ${resolve(env.DATA_DIR)}` : ''}, migrated`);
  if (await isDatabaseEmpty(database.db)) {
    console.log('empty database: generating and loading the Dachuan demo data (演示数据)…');
    const t = await loadDemoData(database.db, env.DEMO_SEED, undefined, env.DEMO_PASSWORD);
    console.log(`demo data loaded (generated in ${t.generateMs} ms, written in ${t.loadMs} ms)`);
    console.log(describeDemoCredentials(t.credentials));
  }
  // Months ahead of the partitioned tables and live-event retention (issue 15): now, then daily.
  const stopUpkeep = startPartitionUpkeep(database.db, env.LIVE_EVENTS_RETENTION_DAYS);
  const clientDir = relative(process.cwd(), env.CLIENT_DIR ? resolve(env.CLIENT_DIR) : resolve(import.meta.dirname, '../dist/client')) || '.';
  const app = createApp({ database, env, clientDir, basemap });
  const server = serve({ fetch: app.fetch, port: env.PORT }, (info) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Jingwang 警网 ready at http://localhost:${info.port} (${seconds} s after start)`);
  });
  // Node closes idle keep-alive sockets after 5 s, racing clients (and load balancers, which keep theirs ~60 s)
  // that reuse one just then: their next request dies with ECONNRESET. Keep idle sockets longer than they do.
  if ('keepAliveTimeout' in server) {
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  }
  const stop = () => {
    stopUpkeep();
    server.close();
    Promise.allSettled([database.close(), basemap.close()]).finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof EnvError || err instanceof BasemapError ? err.message : `Jingwang could not start: ${describeError(err)}`);
  process.exit(1);
});
