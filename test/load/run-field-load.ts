import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { FeatureCollection } from 'geojson';
import { runFieldPingLoad } from './field-ping-workload';
import { gridPointSource } from './grid-points';
import { startLoadServer, type StartedServer } from './load-server';
import { logInDemoUser, sessionHeaders } from './load-session';
import { isLoopbackUrl, notLoopbackMessage } from './loopback-url';

// `npm run load:field -- [--minutes 10] [--units 300] [--every 10] [--pings 2] [--url http://127.0.0.1:8787]`
// Issue 16's ping load on the server this starts (PostgreSQL from DATABASE_URL, else a fresh PGlite) or on --url:
// p50/p95/p99 of POST /api/field/pings, and of GET /api/dosage while it runs when the server has that route.

async function main(): Promise<number> {
  const { values } = parseArgs({ options: {
    minutes: { type: 'string', default: '10' }, units: { type: 'string', default: '300' }, every: { type: 'string', default: '10' },
    pings: { type: 'string', default: '2' }, url: { type: 'string' },
  } });
  const minutes = Number(values.minutes);
  const units = Number(values.units);
  if (!(minutes > 0 && minutes <= 60) || !(units >= 1 && units <= 5000)) throw new Error('--minutes 须在 0–60 之间，--units 在 1–5000 之间（--minutes 0–60, --units 1–5000）');
  // Held to this machine as `npm run load` is (load-options.ts): a flood of pings must never reach a shared host by a slip.
  if (values.url !== undefined && !isLoopbackUrl(values.url)) throw new Error(notLoopbackMessage(values.url));
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const password = process.env.DEMO_PASSWORD || (values.url ? undefined : randomBytes(12).toString('base64url'));
  if (!password) throw new Error('使用 --url 时须设置 DEMO_PASSWORD（with --url, set DEMO_PASSWORD）');
  let server: StartedServer | undefined;
  if (!values.url) {
    console.log(`启动服务（starting the server on ${databaseUrl ? 'PostgreSQL from DATABASE_URL' : 'a fresh embedded PGlite'}）…`);
    server = await startLoadServer({ password, databaseUrl });
  }
  const baseUrl = values.url?.replace(/\/$/, '') ?? server!.baseUrl;
  try {
    // The accounts that may carry several units at once carry them between them: a person's account (an officer's, a
    // grid worker's) walks one patrol at a time (onePatrolAtATime), so its second start would be refused.
    const sessions = await Promise.all(['patrol', 'commander', 'admin'].map((u) => logInDemoUser(baseUrl, u, password)));
    const grids = (await (await fetch(`${baseUrl}/api/grids`, { headers: sessionHeaders(sessions[0]) })).json()) as FeatureCollection;
    // The units walk among the grids the station's account sees.
    const nextPoint = gridPointSource(grids);
    const dosage = await fetch(`${baseUrl}/api/dosage`, { headers: sessionHeaders(sessions[1]) });
    await dosage.arrayBuffer();
    const pollPath = dosage.status === 200 ? '/api/dosage' : undefined;
    console.log(`${baseUrl}: ${units} units, a batch of ${values.pings} pings every ${values.every} s each, ${minutes} min${pollPath ? ', polling GET /api/dosage once a second' : ' (no GET /api/dosage on this server: pings only)'}…`);
    const r = await runFieldPingLoad({
      baseUrl, sessions, units, seconds: minutes * 60, batchEveryS: Number(values.every), pingsPerBatch: Number(values.pings), nextPoint, pollPath,
    });
    const row = (s: typeof r.pings) => `${s.route}: answered ${s.requests}, p50 ${s.p50Ms.toFixed(1)} ms, p95 ${s.p95Ms.toFixed(1)} ms, p99 ${s.p99Ms.toFixed(1)} ms, non-2xx ${s.non2xx}, errors ${s.errors}`;
    console.log(`巡逻定位负载结果（field ping load, ${minutes} min）`);
    console.log(row(r.pings));
    if (r.poll) console.log(row(r.poll));
    console.log(`batches offered ${r.batchesOffered}, pings stored ${r.pingsStored}, patrol starts refused ${r.startRefusals}`);
    return r.pings.non2xx + r.pings.errors + r.startRefusals > 0 ? 1 : 0;
  } finally {
    await server?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`负载测试失败（the field load run failed）：${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
