import { randomUUID } from 'node:crypto';
import { RouteRecorder, type RouteStats } from './latency-stats';
import { sessionHeaders, type LoadSession } from './load-session';

export interface FieldLoadInput {
  baseUrl: string;
  /** Units are spread over these sessions round-robin: a station's patrol account may carry several units. */
  sessions: LoadSession[];
  units: number;
  seconds: number;
  /** Seconds between a unit's batches, and pings in a batch (taken batchEveryS / pingsPerBatch apart). */
  batchEveryS: number;
  pingsPerBatch: number;
  nextPoint: () => [number, number];
  /** A read polled once a second while the pings run (GET /api/dosage when it exists), or none. */
  pollPath?: string;
  timeoutMs?: number;
}

export interface FieldLoadReport {
  pings: RouteStats;
  poll?: RouteStats;
  batchesOffered: number;
  pingsStored: number;
  startRefusals: number;
}

// ~1.4 m/s on foot, as [lng, lat] degrees per second near 31° N: the units walk, so their pings move.
const stepDeg = 1.4 / 111_320;

/**
 * Issue 16's ping load: `units` phones, each on its own started patrol, sending a batch of `pingsPerBatch` pings
 * every `batchEveryS` seconds for `seconds` (open loop: a slow server does not slow the offer). The units start at
 * random phases so that the batches spread over the interval, as real phones do.
 */
export async function runFieldPingLoad(input: FieldLoadInput): Promise<FieldLoadReport> {
  const timeoutMs = input.timeoutMs ?? 30_000;
  const recorder = new RouteRecorder('POST /api/field/pings');
  const poller = input.pollPath ? new RouteRecorder(`GET ${input.pollPath}`) : undefined;
  const runStart = Date.now();
  let startRefusals = 0;
  const units = await Promise.all(Array.from({ length: input.units }, async (_, i) => {
    const session = input.sessions[i % input.sessions.length];
    const id = randomUUID();
    const res = await fetch(`${input.baseUrl}/api/field/patrols`, {
      method: 'POST', headers: sessionHeaders(session, true), body: JSON.stringify({ id, startedAt: new Date(runStart - 60_000).toISOString() }),
    });
    if (res.status !== 201) startRefusals++;
    await res.arrayBuffer();
    return { id, session, at: input.nextPoint(), heading: Math.random() * 2 * Math.PI };
  }));
  let stored = 0;
  let offered = 0;
  const pending: Promise<void>[] = [];
  const send = async (u: (typeof units)[number]) => {
    const now = Date.now();
    const gapMs = (input.batchEveryS * 1000) / input.pingsPerBatch;
    const pings = Array.from({ length: input.pingsPerBatch }, (_, k) => {
      const back = (input.pingsPerBatch - 1 - k) * gapMs;
      u.heading += (Math.random() - 0.5) * 0.6;
      u.at = [u.at[0] + Math.cos(u.heading) * stepDeg * (gapMs / 1000), u.at[1] + Math.sin(u.heading) * stepDeg * (gapMs / 1000)];
      return { at: new Date(now - back).toISOString(), position: u.at, accuracyM: 5 + Math.random() * 10 };
    });
    offered++;
    const t0 = performance.now();
    try {
      const res = await fetch(`${input.baseUrl}/api/field/pings`, {
        method: 'POST', headers: sessionHeaders(u.session, true), body: JSON.stringify({ patrolId: u.id, pings }), signal: AbortSignal.timeout(timeoutMs),
      });
      const body = res.ok ? ((await res.json()) as { stored: number }) : (await res.arrayBuffer(), undefined);
      recorder.response(res.status, performance.now() - t0);
      stored += body?.stored ?? 0;
    } catch {
      recorder.error();
    }
  };
  const began = performance.now();
  const endAt = began + input.seconds * 1000;
  const timers = units.map((u) => {
    const phaseMs = Math.random() * input.batchEveryS * 1000;
    return new Promise<void>((resolve) => {
      const tick = () => {
        if (performance.now() >= endAt) return resolve();
        pending.push(send(u));
        setTimeout(tick, input.batchEveryS * 1000);
      };
      setTimeout(tick, phaseMs);
    });
  });
  const polling = (async () => {
    if (!input.pollPath || !poller) return;
    while (performance.now() < endAt) {
      const t0 = performance.now();
      try {
        const res = await fetch(`${input.baseUrl}${input.pollPath}`, { headers: sessionHeaders(input.sessions[0]), signal: AbortSignal.timeout(timeoutMs) });
        await res.arrayBuffer();
        poller.response(res.status, performance.now() - t0);
      } catch {
        poller.error();
      }
      await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (performance.now() - t0))));
    }
  })();
  await Promise.all([...timers, polling]);
  await Promise.all(pending);
  return { pings: recorder.stats(), poll: poller?.stats(), batchesOffered: offered, pingsStored: stored, startRefusals };
}
