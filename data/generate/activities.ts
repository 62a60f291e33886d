/**
 * Work records (工作台账): the counted work of the article — population checks, legal-awareness sessions,
 * disputes helped, public opinions collected — plus the monthly joint meeting and quarterly talk of
 * every grid. The four counted kinds reproduce the article's year exactly.
 */
import type { ActivityKind, ActivityRow } from './dataset';
import { DAY_MS, HOUR_MS, formatLocalMinute, localFields, localInstant, localIsoWeekday, startOfLocalDay } from '../../core/time';
import { createWeightedSampler, type Rng } from './prng';

/** The Dachuan article's figures for one year. */
export const ARTICLE_TOTALS: Record<'population_check' | 'legal_session' | 'dispute_helped' | 'opinion_collected', number> = {
  population_check: 2136,
  legal_session: 386,
  dispute_helped: 163,
  opinion_collected: 118,
};

/** What the work records need to know about one grid. */
export interface ActivityGrid {
  code: string;
  leaderId: string;
  workerIds: string[];
  officerId: string; // the community officer of the grid's beat
  residents: number;
}

/** Who does each counted kind of work: [grid leader, a grid worker, the community officer] weights. */
const DOERS: Record<keyof typeof ARTICLE_TOTALS, [number, number, number]> = {
  population_check: [2, 6, 2],
  legal_session: [3, 1, 6],
  dispute_helped: [2, 2, 6],
  opinion_collected: [5, 5, 0],
};

/**
 * Work records of the year before the anchor, sorted by time: the article's four counted kinds with
 * exactly ARTICLE_TOTALS records each (spread over grids by residents, in weekday office hours), plus
 * 12 monthly joint meetings and 4 quarterly resident talks per grid, led by its grid leader.
 */
export function generateActivities(grids: readonly ActivityGrid[], anchorMs: number, rng: Rng): ActivityRow[] {
  const rows: { ms: number; row: ActivityRow }[] = [];
  const pickGrid = createWeightedSampler(grids.map((g) => g.residents));
  for (const kind of Object.keys(ARTICLE_TOTALS) as (keyof typeof ARTICLE_TOTALS)[]) {
    for (let k = 0; k < ARTICLE_TOTALS[kind]; k++) {
      const g = grids[pickGrid(rng)];
      const who = rng.weighted(DOERS[kind]);
      const personId = who === 0 ? g.leaderId : who === 1 ? rng.pick(g.workerIds) : g.officerId;
      const ms = workingTime(anchorMs, rng.range(0, 364), rng);
      rows.push({ ms, row: { kind, gridCode: g.code, personId, occurredAt: formatLocalMinute(ms) } });
    }
  }
  for (const g of grids) {
    const meetingDay = rng.int(3, 12);
    for (const ms of lastOccurrences(anchorMs, 12, 1, meetingDay, rng)) rows.push(record('joint_meeting', g, ms));
    const talkDay = rng.int(10, 25);
    for (const ms of lastOccurrences(anchorMs, 4, 3, talkDay, rng)) rows.push(record('resident_talk', g, ms));
  }
  rows.sort((a, b) => a.ms - b.ms);
  return rows.map((r) => r.row);
}

function record(kind: ActivityKind, g: ActivityGrid, ms: number): { ms: number; row: ActivityRow } {
  return { ms, row: { kind, gridCode: g.code, personId: g.leaderId, occurredAt: formatLocalMinute(ms) } };
}

/** A weekday working moment (08:30–17:30) about `ageDays` before the anchor, moved off weekends. */
function workingTime(anchorMs: number, ageDays: number, rng: Rng): number {
  let day = startOfLocalDay(anchorMs - ageDays * DAY_MS);
  while (localIsoWeekday(day) > 5 && day - 2 * DAY_MS > anchorMs - 364 * DAY_MS) day -= DAY_MS;
  const ms = day + rng.range(8.5, 17.5) * HOUR_MS;
  return ms < anchorMs ? ms : anchorMs - rng.range(1, 48) * HOUR_MS;
}

/**
 * The `count` most recent occurrences before the anchor of an event held every `everyMonths` months
 * on day `day` of the month (months aligned to the calendar year: monthly, or Jan/Apr/Jul/Oct for
 * quarterly), in the afternoon.
 */
function lastOccurrences(anchorMs: number, count: number, everyMonths: number, day: number, rng: Rng): number[] {
  const { year, month } = localFields(anchorMs);
  const out: number[] = [];
  let m = month - ((month - 1) % everyMonths);
  while (out.length < count) {
    const ms = localInstant(year, m, day, 14) + rng.int(0, 150) * 60_000;
    if (ms < anchorMs) out.push(ms);
    m -= everyMonths;
  }
  return out.reverse();
}
