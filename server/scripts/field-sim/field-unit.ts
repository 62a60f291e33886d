/**
 * One simulated field unit (issue 16, item 4): a demo officer walking the route on their 今日 (or their key places),
 * or a grid worker between the buildings they are to verify, through the field API as the phone does — start a
 * patrol, a ping every tick with 5–15 m of GPS noise sent in batches, a geofence check-in on reaching a stop, and the
 * end. Realistic dwell: mostly 5–20 min around the Koper band, one stay in five too short, about one stop in six
 * skipped. Time is given to every call (`nowMs`), so a test walks an hour in a moment and the runner in real time.
 */
import { randomUUID } from 'node:crypto';
import type { FieldCheckIn, FieldCheckInResult, FieldPatrol, FieldPing, FieldPingBatchResult, FieldToday } from '../../../core/contracts/field';
import { refusalOf, type UnitSession } from './unit-session';

/** Seconds between two steps (a ping each); pings go out every `batchEveryTicks` steps, as the phone batches them. */
export const tickS = 5;
const batchEveryTicks = 2;
const walkMps = 1.3;
const metresPerDegLat = 111_320;

export interface SimStop {
  name: string;
  position: [number, number];
  keyPlaceCode: string | null;
  /** The stop's index on the unit's route; null for a place off any route. */
  stopIndex: number | null;
}

export interface UnitPlan {
  routeId: string | null;
  stops: SimStop[];
}

type Phase = { kind: 'walk'; to: number } | { kind: 'dwell'; at: number; untilMs: number };

/** What the unit walks, from its 今日: a route's stops, else its key places; a grid worker's buildings to verify. */
export function planUnit(today: FieldToday, force: 'police' | 'grid'): UnitPlan {
  const places = (today.keyPlaces ?? []).map((k) => ({ name: k.name, position: k.position, keyPlaceCode: k.code, stopIndex: null }));
  if (force === 'grid') {
    const homes = today.buildingsToVerify.flatMap((b) => (b.position ? [{ name: b.place, position: b.position, keyPlaceCode: null, stopIndex: null }] : []));
    return { routeId: null, stops: [...homes.slice(0, 5), ...places.slice(0, 2)] };
  }
  const route = today.routes.find((r) => r.stops.some((s) => s.position));
  if (route) {
    const stops = route.stops.flatMap((s) => (s.position ? [{ name: s.name, position: s.position, keyPlaceCode: s.keyPlaceCode, stopIndex: s.index }] : []));
    return { routeId: route.id, stops };
  }
  return { routeId: null, stops: places.slice(0, 6) };
}

/** A point `m` metres from `p` in a random direction (GPS noise). */
function jitter(p: [number, number], m: number, random: () => number): [number, number] {
  const a = random() * 2 * Math.PI;
  const dLat = (Math.sin(a) * m) / metresPerDegLat;
  const dLng = (Math.cos(a) * m) / (metresPerDegLat * Math.cos((p[1] * Math.PI) / 180));
  return [p[0] + dLng, p[1] + dLat];
}

function metresBetween(a: [number, number], b: [number, number]): number {
  const dx = (b[0] - a[0]) * metresPerDegLat * Math.cos((a[1] * Math.PI) / 180);
  const dy = (b[1] - a[1]) * metresPerDegLat;
  return Math.hypot(dx, dy);
}

/** Ends the account's open patrols (a run stopped with kill -9 left them open), so each unit walks one. */
export async function endOpenPatrols(session: UnitSession, nowMs: number): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const current = await session.get<{ patrol: FieldPatrol | null }>('/api/field/patrols/current');
    const open = current.status === 200 ? current.body.patrol : null;
    if (!open) return;
    const endedAt = new Date(Math.max(nowMs, Date.parse(open.startedAt))).toISOString();
    const ended = await session.post(`/api/field/patrols/${open.id}/end`, { endedAt });
    if (ended.status !== 200) return;
  }
}

export class FieldUnit {
  private at: [number, number];
  private phase: Phase;
  private pending: FieldPing[] = [];
  private ticks = 0;
  /** What the server stored for this unit: pings and check-ins. */
  readonly sent = { pings: 0, checkIns: 0 };

  private constructor(
    readonly session: UnitSession,
    readonly plan: UnitPlan,
    readonly patrolId: string,
    private readonly random: () => number,
  ) {
    const first = Math.floor(random() * plan.stops.length);
    // A short walk from the first stop: the wall shows the unit there within a minute or two of the start.
    this.at = jitter(plan.stops[first].position, 40, random);
    this.phase = { kind: 'walk', to: first };
  }

  /** Starts the patrol (on the route, when the plan has one) a second before `nowMs`; the unit, or the server's refusal. */
  static async start(session: UnitSession, plan: UnitPlan, nowMs: number, random: () => number = Math.random): Promise<FieldUnit | { refused: string }> {
    if (plan.stops.length === 0) return { refused: 'no stops' };
    const id = randomUUID();
    const r = await session.post<FieldPatrol>('/api/field/patrols', { id, startedAt: new Date(nowMs - 1000).toISOString(), ...(plan.routeId ? { routeId: plan.routeId } : {}) });
    if (r.status !== 201 && r.status !== 200) return { refused: refusalOf(r) };
    return new FieldUnit(session, plan, id, random);
  }

  /** The unit's position now (before GPS noise). */
  get position(): [number, number] {
    return this.at;
  }

  /** One tick at `nowMs`: walk or stay, check in on reaching a stop, take a ping; every second tick send the pings. */
  async step(nowMs: number, log: (line: string) => void = () => {}): Promise<void> {
    const stops = this.plan.stops;
    if (this.phase.kind === 'walk') {
      const target = stops[this.phase.to].position;
      const left = metresBetween(this.at, target);
      const stride = walkMps * tickS;
      if (left <= stride) {
        this.at = target;
        const at = this.phase.to;
        this.phase = { kind: 'dwell', at, untilMs: nowMs + this.dwellMs() };
        await this.checkIn(stops[at], nowMs, log);
      } else {
        const f = stride / left;
        this.at = [this.at[0] + (target[0] - this.at[0]) * f, this.at[1] + (target[1] - this.at[1]) * f];
      }
    } else if (nowMs >= this.phase.untilMs) {
      this.phase = { kind: 'walk', to: this.nextStop(this.phase.at) };
    }
    this.pending.push({ at: new Date(nowMs).toISOString(), position: jitter(this.at, 5 + this.random() * 10, this.random), accuracyM: Math.round(5 + this.random() * 10) });
    if (++this.ticks % batchEveryTicks === 0) await this.flush(log);
  }

  /** Sends the pings taken since the last batch; a refused batch is dropped (and said), as a phone would show it. */
  async flush(log: (line: string) => void = () => {}): Promise<void> {
    const pings = this.pending.splice(0);
    if (pings.length === 0) return;
    const r = await this.session.post<FieldPingBatchResult>('/api/field/pings', { patrolId: this.patrolId, pings });
    if (r.status === 200) this.sent.pings += r.body.stored;
    else log(`${this.session.username} 定位上传被拒（pings refused）: ${refusalOf(r)}`);
  }

  /** Sends the last pings and ends the patrol at `nowMs`. */
  async end(nowMs: number): Promise<void> {
    await this.flush();
    await this.session.post(`/api/field/patrols/${this.patrolId}/end`, { endedAt: new Date(nowMs).toISOString() });
  }

  /** A geofence check-in at a route's stop or a key place; a building (no target on the server) is a visit without one. */
  private async checkIn(stop: SimStop, nowMs: number, log: (line: string) => void): Promise<void> {
    const onRoute = stop.stopIndex !== null && this.plan.routeId !== null;
    if (!onRoute && !stop.keyPlaceCode) {
      log(`${this.session.username} 到达 ${stop.name}`);
      return;
    }
    const body: FieldCheckIn = {
      id: randomUUID(), patrolId: this.patrolId, method: 'geofence', at: new Date(nowMs).toISOString(),
      position: jitter(stop.position, 5, this.random), accuracyM: 8,
      ...(onRoute ? { stopIndex: stop.stopIndex! } : {}), ...(stop.keyPlaceCode ? { keyPlaceCode: stop.keyPlaceCode } : {}),
    };
    const r = await this.session.post<FieldCheckInResult>('/api/field/check-ins', body);
    if (r.status === 201) this.sent.checkIns++;
    log(`${this.session.username} 到达 ${stop.name}${r.status === 201 ? '，已签到' : `，签到未成（check-in refused: ${refusalOf(r)}）`}`);
  }

  /** The next stop to walk to: about one stop in six is skipped, as real patrols skip some. */
  private nextStop(from: number): number {
    const n = this.plan.stops.length;
    let to = (from + 1) % n;
    if (n > 2 && this.random() < 0.17) to = (to + 1) % n;
    return to;
  }

  /** Dwell: mostly 5–20 min (around the Koper band), one stay in five too short (1–4 min). */
  private dwellMs(): number {
    return (this.random() < 0.2 ? 1 + this.random() * 3 : 5 + this.random() * 15) * 60_000;
  }
}
