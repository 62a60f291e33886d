/**
 * The field part of `npm run simulate` (issue 16, item 4): demo officers walk their beat's route (or its key places)
 * and grid workers their buildings, in real time, through the services the API calls (startPatrol, receivePings,
 * checkIn), so the wall's dosage moves as it would with phones. Pings every 5 s with 5–15 m of GPS noise, sent in
 * batches every 10 s; a dwell of 5–20 min at a stop, some stops skipped and some stays too short; rows is_demo.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/engine';
import { endFieldPatrol, listOpenDemoPatrols } from '../db/repos/field-patrols.repo';
import { listSimulationUnits, type SimUnit } from '../db/repos/field-simulation.repo';
import type { Env } from '../env';
import { checkIn } from '../services/field-check-in.service';
import { receivePings, startPatrol } from '../services/field-patrol.service';
import { qrSecret } from '../services/field-qr';

const tickS = 5;
const batchEveryTicks = 2;
const walkMps = 1.3;
const metresPerDegLat = 111_320;

type Phase = { kind: 'walk'; to: number } | { kind: 'dwell'; at: number; untilMs: number };

interface Walker {
  unit: SimUnit;
  patrolId: string;
  user: { username: string; role: 'officer' | 'grid_worker'; scope: { kind: 'district'; codes: string[] } };
  at: [number, number];
  phase: Phase;
  pending: { at: string; position: [number, number]; accuracyM: number }[];
}

/** A point `m` metres from `p` in a random direction (GPS noise). */
function jitter(p: [number, number], m: number): [number, number] {
  const a = Math.random() * 2 * Math.PI;
  const dLat = (Math.sin(a) * m) / metresPerDegLat;
  const dLng = (Math.cos(a) * m) / (metresPerDegLat * Math.cos((p[1] * Math.PI) / 180));
  return [p[0] + dLng, p[1] + dLat];
}

function metresBetween(a: [number, number], b: [number, number]): number {
  const dx = (b[0] - a[0]) * metresPerDegLat * Math.cos((a[1] * Math.PI) / 180);
  const dy = (b[1] - a[1]) * metresPerDegLat;
  return Math.hypot(dx, dy);
}

/** The next stop to walk to: about one stop in six is skipped, as real patrols skip some. */
function nextStop(w: Walker, from: number): number {
  let to = (from + 1) % w.unit.stops.length;
  if (w.unit.stops.length > 2 && Math.random() < 0.17) to = (to + 1) % w.unit.stops.length;
  return to;
}

/** Dwell: mostly 5–20 min (around the Koper band), one stay in five too short (1–4 min). */
const dwellMs = () => (Math.random() < 0.2 ? 1 + Math.random() * 3 : 5 + Math.random() * 15) * 60_000;

async function step(db: Db, w: Walker, settings: { radiusM: number; qrSecret: Buffer }, now: number, log: (line: string) => void) {
  const stops = w.unit.stops;
  if (w.phase.kind === 'walk') {
    const target = stops[w.phase.to].position;
    const left = metresBetween(w.at, target);
    const stride = walkMps * tickS;
    if (left <= stride) {
      w.at = target;
      const at = w.phase.to;
      w.phase = { kind: 'dwell', at, untilMs: now + dwellMs() };
      const stop = stops[at];
      const r = await checkIn(db, {
        id: randomUUID(), patrolId: w.patrolId, method: 'geofence', at: new Date(now).toISOString(), position: jitter(stop.position, 5), accuracyM: 8,
        ...(stop.keyPlaceCode ? { keyPlaceCode: stop.keyPlaceCode } : w.unit.routeId ? { stopIndex: at } : {}),
      }, w.user, settings, 'zh-CN', true);
      log(`${w.unit.name} 到达 ${stop.name}${r.ok ? '，已签到' : ''}`);
    } else {
      const f = stride / left;
      w.at = [w.at[0] + (target[0] - w.at[0]) * f, w.at[1] + (target[1] - w.at[1]) * f];
    }
  } else if (now >= w.phase.untilMs) {
    w.phase = { kind: 'walk', to: nextStop(w, w.phase.at) };
  }
  w.pending.push({ at: new Date(now).toISOString(), position: jitter(w.at, 5 + Math.random() * 10), accuracyM: Math.round(5 + Math.random() * 10) });
}

/** Starts the units' patrols and moves them until `signal` aborts; then ends their patrols. */
export async function simulateField(db: Db, env: Env, units: number, signal: AbortSignal, log: (line: string) => void = console.log): Promise<void> {
  for (const id of await listOpenDemoPatrols(db)) await endFieldPatrol(db, id, new Date());
  const settings = { radiusM: env.FIELD_CHECKIN_RADIUS_M, qrSecret: qrSecret(env) };
  const walkers: Walker[] = [];
  for (const unit of await listSimulationUnits(db, units)) {
    const user = { username: unit.personId, role: unit.force === 'police' ? 'officer' as const : 'grid_worker' as const, scope: { kind: 'district' as const, codes: [] } };
    const patrolId = randomUUID();
    // Started a moment ago, so that the first pings lie inside the patrol.
    const r = await startPatrol(db, { id: patrolId, startedAt: new Date(Date.now() - 1000).toISOString(), ...(unit.routeId ? { routeId: unit.routeId } : {}) }, user, 'zh-CN', true);
    if (!r.ok) continue;
    const first = Math.floor(Math.random() * unit.stops.length);
    walkers.push({ unit, patrolId, user, at: jitter(unit.stops[first].position, 150), phase: { kind: 'walk', to: first }, pending: [] });
  }
  log(`巡逻模拟：${walkers.filter((w) => w.unit.force === 'police').length} 名民警、${walkers.filter((w) => w.unit.force === 'grid').length} 名网格员上路（field simulation started）`);
  let tick = 0;
  while (!signal.aborted) {
    const now = Date.now();
    for (const w of walkers) await step(db, w, settings, now, log);
    if (++tick % batchEveryTicks === 0) {
      for (const w of walkers) {
        const batch = w.pending.splice(0);
        if (batch.length > 0) await receivePings(db, { patrolId: w.patrolId, pings: batch }, w.user, 'zh-CN');
      }
    }
    await new Promise((r) => setTimeout(r, tickS * 1000));
  }
  for (const w of walkers) await endFieldPatrol(db, w.patrolId, new Date());
}
