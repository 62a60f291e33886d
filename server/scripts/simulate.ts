import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import type { IncidentColumns } from '../../core/contracts/incidents';
import type { LiveIncident } from '../../core/contracts/live';
import { localHour } from '../../core/time';
import { simulateField } from './simulate-field';

// `npm run simulate -- [--url http://localhost:8787] [--user commander] [--password P] [--rate 6] [--count N]
//   [--field-units 8] [--field-only] [--minutes M]`
// Registers realistic new incidents through the API in real time, for demonstrations of the wall:
// each is drawn from the incidents of the last 30 days at this hour of day (place and category),
// moved a few tens of metres, at Poisson-distributed moments averaging `rate` a minute.
// It also walks `--field-units` demo officers and as many grid workers along their routes through the field API, as
// phones do (simulate-field.ts), on either database engine; `--field-only` runs that alone. Ctrl-C or `--minutes`
// stops it, and the units' patrols are ended.

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
        minutes: { type: 'string' },
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
  if (!(Number.isInteger(fieldUnits) && fieldUnits >= 0 && fieldUnits <= 99)) fail(`--field-units must be a whole number 0–99 (got "${values['field-units']}")`);
  const minutes = values.minutes === undefined ? Infinity : Number(values.minutes);
  if (!(minutes > 0)) fail(`--minutes must be a positive number (got "${values.minutes}")`);
  const fieldOnly = values['field-only'] === true;
  if (!values.password) fail('give the demo password with --password or DEMO_PASSWORD');
  return { url: values.url!.replace(/\/$/, ''), user: values.user!, password: values.password!, rate, count, fieldUnits, fieldOnly, minutes };
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

async function main() {
  const o = readOptions();
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  if (Number.isFinite(o.minutes)) setTimeout(() => stop.abort(), o.minutes * 60_000).unref();
  const fetcher = (path: string, init?: RequestInit) =>
    fetch(`${o.url}${path}`, init).catch(() => fail(`no Jingwang server answers at ${o.url} (start it with npm start)`));
  const field = o.fieldUnits > 0 ? simulateField(fetcher, o.password, o.fieldUnits, stop.signal) : Promise.resolve();
  if (o.fieldOnly) return field;
  await runIncidents(o, stop.signal);
  await field;
}

async function runIncidents(o: ReturnType<typeof readOptions>, signal: AbortSignal) {
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
  while (sent < o.count && !signal.aborted) {
    // Rejects (AbortError) when Ctrl-C or --minutes cuts the wait short.
    await sleep((-Math.log(1 - Math.random()) * 60_000) / o.rate, undefined, { signal }).catch(() => {});
    if (signal.aborted) break;
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
