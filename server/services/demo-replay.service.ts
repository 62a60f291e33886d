import type { Scope } from '../../core/contracts/auth';
import type { NewIncident } from '../../core/contracts/live';
import { DAY_MS, localDateKey, MINUTE_MS } from '../../core/time';
import { describeError } from '../db/describe-error';
import type { Db } from '../db/engine';
import { findDemoReplayStart, listDemoIncidents, markDemoReplayedTo } from '../db/repos/demo-replay.repo';
import { writeIncidents } from '../db/repos/incidents-write.repo';

// The demo data is a year of calls up to the moment it was generated; a wall left running on it would go quiet after
// that (今日警情 0 from the next midnight on, an empty 实时警情). So while the server runs on the demo data, the calls
// of 52 weeks ago (the same weekday and hour, the same season) happen again now, as demo rows: generated data replayed,
// deterministic for a given database and clock, never mistaken for real calls. A database without the demo dataset
// (datasets.is_demo) is never touched. DEMO_REPLAY=off turns it off (the browser tests do, to count what they seeded).

/** How far back the replayed calls come from: 52 weeks, so that a Monday evening replays a Monday evening. */
export const demoReplayLagDays = 364;
/** A call replayed this long after it happens again (the server was stopped) is filled in quietly, not announced live. */
export const demoReplayAnnounceMinutes = 10;
const district: Scope = { kind: 'district', codes: [] };

export interface DemoReplayResult {
  written: number;
  announced: number;
}

/**
 * Writes the demo calls of (latest demo call, now] again, each taken from 52 weeks earlier and moved on by that much,
 * into the grid the published plan now puts its point in; those of the last demoReplayAnnounceMinutes go to the live
 * stream, older ones (a server that was stopped) are filled in without. At most 52 weeks are filled. Null when the
 * database holds no demo data. Running it again for the same `now` writes nothing: the replay's mark moved on. Calls that
 * demo accounts enter meanwhile (npm run simulate) are demo rows too, but do not move the mark.
 */
export async function replayDemoIncidents(db: Db, now: Date): Promise<DemoReplayResult | null> {
  const { demo, latest } = await findDemoReplayStart(db);
  if (!demo || latest === null) return null;
  const lagMs = demoReplayLagDays * DAY_MS;
  const from = new Date(Math.max(latest.getTime(), now.getTime() - lagMs) - lagMs);
  const to = new Date(now.getTime() - lagMs);
  if (!(to > from)) return { written: 0, announced: 0 };
  const source = await listDemoIncidents(db, from, to);
  const items = source.map(({ sourceId, ...s }): NewIncident & { occurredAt: string } => {
    const occurredAt = new Date(Date.parse(s.occurredAt) + lagMs).toISOString();
    return { ...s, occurredAt, externalId: demoCallNumber(occurredAt, sourceId) };
  });
  const quietBefore = now.getTime() - demoReplayAnnounceMinutes * MINUTE_MS;
  const quiet = items.filter((i) => Date.parse(i.occurredAt) < quietBefore);
  const live = items.filter((i) => Date.parse(i.occurredAt) >= quietBefore);
  // The calls and the mark commit together: a round that fails leaves neither, and the next one writes the same calls.
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const filled = await writeReplayed(t, quiet, false);
    const announced = await writeReplayed(t, live, true);
    await markDemoReplayedTo(t, now);
    return { written: filled + announced, announced };
  });
}

/**
 * Writes a batch as demo rows and answers how many were written. A call whose point no grid covers any more (a plan
 * published since moved the boundary) is left out rather than holding up the rest.
 */
async function writeReplayed(db: Db, batch: NewIncident[], announce: boolean): Promise<number> {
  if (batch.length === 0) return 0;
  const r = await writeIncidents(db, batch, district, { announce, demo: true });
  if (r.ok) return r.created;
  const refused = new Set(r.refusals.map((x) => x.index));
  const kept = batch.filter((_, n) => !refused.has(n));
  if (kept.length === 0) return 0;
  const again = await writeIncidents(db, kept, district, { announce, demo: true });
  return again.ok ? again.created : 0;
}

/**
 * A replayed call's 接警单号, as a dispatch system would give it: DEMO, its local day and the number of the call it
 * replays (DEMO-1207-54321), so the wall's feed shows a number the room can read as demo data, unique and the same on
 * every replay of that call.
 */
export function demoCallNumber(occurredAt: string, sourceId: number): string {
  return `DEMO-${localDateKey(Date.parse(occurredAt)).slice(5).replace('-', '')}-${sourceId}`;
}

/** Replays now and then every minute; answers a function that stops it. Errors are logged and retried next minute. */
export function startDemoReplay(db: Db, log: (line: string) => void = console.log): () => void {
  let running = false;
  const round = () => {
    if (running) return;
    running = true;
    replayDemoIncidents(db, new Date())
      .then((r) => {
        const quiet = r ? r.written - r.announced : 0;
        if (quiet > 0) log(`演示数据回放：补齐最后一起演示警情之后的 ${quiet} 起（demo replay filled in ${quiet} call${quiet === 1 ? '' : 's'} since the last demo call）`);
      })
      .catch((err) => log(`演示数据回放未完成，一分钟后重试（demo replay failed, retried in a minute）: ${describeError(err)}`))
      .finally(() => (running = false));
  };
  round();
  const timer = setInterval(round, MINUTE_MS);
  timer.unref();
  return () => clearInterval(timer);
}
