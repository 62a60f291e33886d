import { parseArgs } from 'node:util';
import type { IncidentColumns } from '../../core/contracts/incidents';
import type { LiveIncident } from '../../core/contracts/live';
import { localHour } from '../../core/time';
import { openDatabase } from '../db/engine';
import { readEnv } from '../env';
import { simulateField } from './simulate-field';

// `npm run simulate -- [--url http://localhost:8787] [--user commander] [--password P] [--rate 6] [--count N]`
// Registers realistic new incidents through the API in real time, for demonstrations of the wall:
// each is drawn from the incidents of the last 30 days at this hour of day (place and category),
// moved a few tens of metres, at Poisson-distributed moments averaging `rate` a minute.
// With PostgreSQL (DATABASE_URL) it also walks `--field-units` demo officers and as many grid workers along their
// routes (simulate-field.ts); `--field-only` runs that alone. The embedded PGlite belongs to the server process, so
// without DATABASE_URL only the incidents are simulated.

function fail(message: string): never {
  console.error(`simulate: ${message}`);
  process.exit(2);
}

function readOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        url: { type: 'string', default: `http://localhost:${process.env.PORT ?? 8787}` },
        user: { type: 'string', default: 'commander' },
        password: { type: 'string', default: process.env.DEMO_PASSWORD },
        rate: { type: 'string', default: '6' },
        count: { type: 'string' },
        'field-units': { type: 'string', default: '8' },
        'field-only': { type: 'boolean', default: false },
      },
    }));
  } catch (err) {
    fail(err instanceof Error ? err.message : String(err));
  }
  const rate = Number(values.rate);
  if (!(rate > 0 && rate <= 6000)) fail(`--rate must be incidents per minute, between 0 and 6000 (got "${values.rate}")`);
  const count = values.count === undefined ? Infinity : Number(values.count);
  if (!(count > 0)) fail(`--count must be a positive number (got "${values.count}")`);
  const fieldUnits = Number(values['field-units']);
  if (!(fieldUnits >= 0 && fieldUnits <= 500)) fail(`--field-units must be 0–500 (got "${values['field-units']}")`);
  const fieldOnly = values['field-only'] === true;
  if (!values.password && !fieldOnly) fail('give the demo password with --password or DEMO_PASSWORD');
  return { url: values.url!.replace(/\/$/, ''), user: values.user!, password: values.password ?? '', rate, count, fieldUnits, fieldOnly };
}

async function logIn(url: string, username: string, password: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }),
  }).catch(() => fail(`no Jingwang server answers at ${url} (start it with npm start)`));
  if (res.status !== 200) fail(`login as ${username} failed: ${res.status} ${(await res.json().catch(() => ({}))).message ?? ''}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** The field units, straight through the services on PostgreSQL; nothing (said once) on the embedded database. */
async function runField(units: number): Promise<void> {
  const env = readEnv();
  if (units === 0) return;
  if (!env.DATABASE_URL) {
    console.log('simulate: 巡逻单位模拟需要 PostgreSQL（DATABASE_URL）：内嵌数据库归服务进程所有（field units need DATABASE_URL: the embedded database belongs to the server process）');
    return;
  }
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, migrated: true });
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  try {
    await simulateField(database.db, env, units, stop.signal);
  } finally {
    await database.close();
  }
}

async function main() {
  const o = readOptions();
  const field = runField(o.fieldUnits);
  if (o.fieldOnly) return field;
  const session = await logIn(o.url, o.user, o.password);
  const hour = localHour(Date.now());
  const from = new Date(Date.now() - 30 * 86_400_000).toISOString();
  const hours = [(hour + 23) % 24, hour, (hour + 1) % 24].join(',');
  const pool = (await (await fetch(`${o.url}/api/incidents?from=${encodeURIComponent(from)}&hours=${hours}`, {
    headers: { cookie: session.cookie },
  })).json()) as IncidentColumns;
  if (pool.count === 0) fail('no incidents of the last 30 days to draw from');
  console.log(`simulating ~${o.rate}/min as ${o.user}, drawn from ${pool.count} recent incidents around ${hour}:00 (Ctrl-C stops)`);
  let sent = 0;
  while (sent < o.count) {
    await new Promise((r) => setTimeout(r, (-Math.log(1 - Math.random()) * 60_000) / o.rate));
    const i = Math.floor(Math.random() * pool.count);
    // ~30 m of jitter: a new incident near, not on, an old one.
    const body = {
      categoryCode: pool.categoryCodes[pool.categories[i]],
      source: Math.random() < 0.8 ? '110' : 'patrol',
      lng: pool.positions[2 * i] + (Math.random() - 0.5) * 0.0006,
      lat: pool.positions[2 * i + 1] + (Math.random() - 0.5) * 0.0005,
    };
    const res = await fetch(`${o.url}/api/incidents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrfToken },
      body: JSON.stringify(body),
    });
    if (res.status === 201) {
      const incident = (await res.json()) as LiveIncident;
      sent++;
      console.log(`#${incident.id} ${incident.categoryCode} in ${incident.gridCode} at ${incident.occurredAt}`);
    } else if (res.status === 401) {
      fail('the session ended; run again');
    }
  }
}

main().catch((err) => fail(err instanceof Error ? err.message : String(err)));
