import { RouteRecorder, type RouteStats } from './latency-stats';
import { sessionHeaders, type LoadSession } from './load-session';

export interface WriteOutcome {
  offered: number;
  accepted: number;
  /** Ids of the incidents the server answered 201 for: what every stream should receive. */
  acknowledged: Set<number>;
  stats: RouteStats;
}

const categories = ['THEFT_RES', 'FRAUD', 'FIGHT', 'DISPUTE_NEIGHBOUR', 'TRAFFIC_ACCIDENT'];

/**
 * Registers incidents at `ratePerSecond` for `seconds` (a timer, not a closed loop: a slow server does not slow
 * the offer), each at a point from `nextPoint` and with a unique externalId, then waits for the answers still
 * out (each bounded by `timeoutMs`).
 */
export async function runWriteWorkload(
  baseUrl: string,
  session: LoadSession,
  nextPoint: () => [number, number],
  ratePerSecond: number,
  seconds: number,
  timeoutMs = 30_000,
): Promise<WriteOutcome> {
  const recorder = new RouteRecorder('POST incident write');
  const acknowledged = new Set<number>();
  const pending: Promise<void>[] = [];
  const runId = Date.now().toString(36);
  const total = Math.round(ratePerSecond * seconds);
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    // Paced against the start, not the previous tick, so timer drift does not lower the rate.
    const dueMs = (i * 1000) / ratePerSecond - (performance.now() - started);
    if (dueMs > 0) await new Promise((r) => setTimeout(r, dueMs));
    pending.push(writeOne(baseUrl, session, nextPoint(), `load-${runId}-${i}`, timeoutMs, recorder, acknowledged));
  }
  await Promise.all(pending);
  return { offered: total, accepted: acknowledged.size, acknowledged, stats: recorder.stats() };
}

async function writeOne(baseUrl: string, session: LoadSession, [lng, lat]: [number, number], externalId: string, timeoutMs: number, recorder: RouteRecorder, acknowledged: Set<number>) {
  const body = { categoryCode: categories[Math.floor(Math.random() * categories.length)], source: '110', lng, lat, externalId };
  const t0 = performance.now();
  try {
    const res = await fetch(`${baseUrl}/api/incidents`, { method: 'POST', headers: sessionHeaders(session, true), body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
    // 201 registered; 200 is an idempotent replay of the same externalId (issue 15, item 2): acknowledged either way.
    const answer = res.status === 201 || res.status === 200 ? ((await res.json()) as { id: number }) : (await res.arrayBuffer(), undefined);
    recorder.response(res.status, performance.now() - t0);
    if (answer) acknowledged.add(answer.id);
  } catch {
    recorder.error();
  }
}
