import { DAY_MS } from '../time';

/**
 * 近 N 天: the N × 24 hours up to now, [now − N days, now]. Every "last N days" figure counts this window: the map's
 * period, the wall's 近7天 and each grid's 30-day measures; isWithinDays (server/db/repos/measures.repo.ts) is the same
 * window in SQL. The analysis view's presets are calendar days instead (自然日, midnight to midnight, today included) and
 * are named so.
 */
export function lastDaysRange(days: number, now: Date): { from: string; to: string } {
  return { from: new Date(now.getTime() - days * DAY_MS).toISOString(), to: now.toISOString() };
}
