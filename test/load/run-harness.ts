import type { FeatureCollection } from 'geojson';
import { tallyDelivery, type DeliveryTally } from './delivery-tally';
import { gridPointSource } from './grid-points';
import type { RouteStats } from './latency-stats';
import { openLiveStream, type LiveStream } from './live-streams';
import { sessionHeaders, type LoadSession } from './load-session';
import { readRoutes, type ReadRoute } from './read-routes';
import { runReadWorkload } from './read-workload';
import { runWriteWorkload } from './write-workload';

export interface HarnessInput {
  baseUrl: string;
  /** Reads (and the grids the writes are placed in) as this user; it must be allowed every read route. */
  reader: LoadSession;
  /** Registers the incidents; must be allowed to write anywhere in the district. */
  writer: LoadSession;
  /** The streams are opened round-robin in these sessions. */
  watchers: LoadSession[];
  seconds: number;
  streams: number;
  connections: number;
  writeRate: number;
  drainSeconds: number;
  /** The read workload; issue 15's mix (readRoutes) unless given. */
  routes?: ReadRoute[];
}

export interface LoadReport {
  seconds: number;
  routes: RouteStats[];
  writes: { offered: number; accepted: number; stats: RouteStats };
  delivery: DeliveryTally;
  /** What the tally was made of, so that a caller may tally again. */
  acknowledged: Set<number>;
  streamsReceived: Set<number>[];
  streamFailures: string[];
}

/**
 * One bounded run: opens the streams, runs the reads and the writes together for `seconds`, gives the streams
 * up to `drainSeconds` to receive every acknowledged incident, closes them, and counts.
 */
export async function runLoad(input: HarnessInput): Promise<LoadReport> {
  const { baseUrl } = input;
  const gridsRes = await fetch(`${baseUrl}/api/grids`, { headers: sessionHeaders(input.reader) });
  if (!gridsRes.ok) throw new Error(`读取网格失败（GET /api/grids answered ${gridsRes.status}）`);
  const nextPoint = gridPointSource((await gridsRes.json()) as FeatureCollection);

  const streams = await openStreams(baseUrl, input.watchers, input.streams);
  try {
    const [routes, writes] = await Promise.all([
      runReadWorkload(baseUrl, input.routes ?? readRoutes(input.reader), input.seconds, input.connections),
      input.writeRate > 0 ? runWriteWorkload(baseUrl, input.writer, nextPoint, input.writeRate, input.seconds) : undefined,
    ]);
    const acknowledged = writes?.acknowledged ?? new Set<number>();
    await drain(streams, acknowledged, input.drainSeconds * 1000);
    const streamsReceived = streams.map((s) => new Set(s.received));
    return {
      seconds: input.seconds,
      routes,
      writes: writes ? { offered: writes.offered, accepted: writes.accepted, stats: writes.stats } : { offered: 0, accepted: 0, stats: { route: 'POST incident write', requests: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0, non2xx: 0, errors: 0, unfinished: 0 } },
      delivery: tallyDelivery(acknowledged, streamsReceived),
      acknowledged,
      streamsReceived,
      streamFailures: streams.flatMap((s, i) => (s.failure ? [`stream ${i}: ${s.failure}`] : [])),
    };
  } finally {
    for (const s of streams) s.close();
  }
}

// Opened a few at a time: hundreds of simultaneous logins-and-replays would measure the opening, not the run.
async function openStreams(baseUrl: string, sessions: LoadSession[], count: number): Promise<LiveStream[]> {
  const streams: LiveStream[] = [];
  for (let i = 0; i < count; i += 20) {
    const batch = Array.from({ length: Math.min(20, count - i) }, (_, j) => openLiveStream(baseUrl, sessions[(i + j) % sessions.length]));
    const opened = await Promise.allSettled(batch);
    for (const o of opened) if (o.status === 'fulfilled') streams.push(o.value);
    const refused = opened.find((o) => o.status === 'rejected');
    if (refused) {
      for (const s of streams) s.close();
      throw refused.reason;
    }
  }
  return streams;
}

/** Waits until every stream has every acknowledged id, or the time is up. */
async function drain(streams: LiveStream[], acknowledged: ReadonlySet<number>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  const complete = () => streams.every((s) => s.failure !== undefined || [...acknowledged].every((id) => s.received.has(id)));
  while (!complete() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}
