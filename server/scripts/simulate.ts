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
// moved a few tens of metres, at Poisson-distributed moments averaging `rate` a minute. The server labels the calls of a
// demo account (commander by default) as demo rows (is_demo).
// It also walks `--field-units` demo officers and as many grid workers along their routes through the field API, as
// phones do (simulate-field.ts), on either database engine; `--field-only` runs that alone. Ctrl-C or `--minutes`
// stops it, and the units' patrols are ended. `--help` or `-h` prints the usage (Chinese first).

const usage = `用法（usage）：npm run simulate -- [--url http://localhost:8787] [--user commander] [--password 密码] [--rate 6]
  [--count 条数] [--field-units 8] [--field-only] [--minutes 分钟]
  通过 API 实时登记新警情，供大屏演示：每起取自近 30 天同一时段的警情（地点与类别），偏移几十米，平均每分钟 --rate 起。
  同时让 --field-units 名演示民警和同样多的网格员沿路线巡逻、上传定位并签到；--field-only 只做巡逻模拟。
  密码取 --password 或 DEMO_PASSWORD。Ctrl-C 或 --minutes 到时结束，各单位的巡逻随之结束。退出码：2 输入有误或无法连接。`;

function fail(message: string): never {
  console.error(`simulate: ${message}`);
  process.exit(2);
}

const noServer = (url: string) => `${url} 没有警网服务应答，请先用 npm start 启动（no Jingwang server answers at ${url}, start it with npm start）`;

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
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    fail(`参数有误：${err instanceof Error ? err.message : String(err)}（bad arguments）`);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const rate = Number(values.rate);
  if (!(rate > 0 && rate <= 6000)) fail(`--rate 须为每分钟警情数，大于 0、不超过 6000，收到 "${values.rate}"（--rate must be incidents per minute, between 0 and 6000）`);
  const count = values.count === undefined ? Infinity : Number(values.count);
  if (!(count > 0)) fail(`--count 须为正数，收到 "${values.count}"（--count must be a positive number）`);
  const fieldUnits = Number(values['field-units']);
  if (!(Number.isInteger(fieldUnits) && fieldUnits >= 0 && fieldUnits <= 99)) fail(`--field-units 须为 0–99 的整数，收到 "${values['field-units']}"（--field-units must be a whole number 0–99）`);
  const minutes = values.minutes === undefined ? Infinity : Number(values.minutes);
  if (!(minutes > 0)) fail(`--minutes 须为正数，收到 "${values.minutes}"（--minutes must be a positive number）`);
  const fieldOnly = values['field-only'] === true;
  if (!values.password) fail('请用 --password 或 DEMO_PASSWORD 给出演示密码（give the demo password with --password or DEMO_PASSWORD）');
  return { url: values.url!.replace(/\/$/, ''), user: values.user!, password: values.password!, rate, count, fieldUnits, fieldOnly, minutes };
}

async function logIn(url: string, username: string, password: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }),
  }).catch(() => fail(noServer(url)));
  if (res.status !== 200) fail(`以 ${username} 登录未成：${res.status} ${(await res.json().catch(() => ({}))).message ?? ''}（login as ${username} failed）`);
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
    fetch(`${o.url}${path}`, init).catch(() => fail(noServer(o.url)));
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
  if (pool.count === 0) fail('近 30 天没有可供抽取的警情（no incidents of the last 30 days to draw from）');
  console.log(`警情模拟：以 ${o.user} 登记，平均每分钟约 ${o.rate} 起，取自 ${hour}:00 前后的 ${pool.count} 起近期警情，Ctrl-C 结束（simulating ~${o.rate}/min）`);
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
      console.log(`新警情 #${incident.id} ${incident.categoryCode}，网格 ${incident.gridCode}，${incident.occurredAt}`);
    } else if (res.status === 401) {
      fail('会话已结束，请重新运行（the session ended; run again）');
    }
  }
}

main().catch((err) => fail(`意外失败（unexpected failure）：${err instanceof Error ? err.message : String(err)}`));
