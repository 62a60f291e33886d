import type { Db } from '../db/engine';
import { addMonths, compareMonths, monthOf, monthStart, type MonthlyTable, type YearMonth } from '../db/partition-months';
import { countDefaultLiveEventsBefore, dropLiveEventsMonth, ensureMonthPartitions, listMonthPartitions, type EnsuredMonths } from '../db/repos/partitions.repo';

export { ensureMonthPartitions };

export const monthlyTables: readonly MonthlyTable[] = ['incidents', 'live_events', 'audit_log'];

/** Months made ahead of the current one, so that writes land in a month's partition, not the default. */
export const MONTHS_AHEAD = 3;

/** The current month and MONTHS_AHEAD after it, for every partitioned table: run at start and daily. */
export async function ensurePartitionsAhead(db: Db, now = new Date()): Promise<EnsuredMonths[]> {
  const current = monthOf(now);
  const out: EnsuredMonths[] = [];
  for (const table of monthlyTables) out.push(await ensureMonthPartitions(db, table, current, addMonths(current, MONTHS_AHEAD)));
  return out;
}

export interface LiveEventsRetention {
  dropped: YearMonth[];
  /** Expired rows left in the DEFAULT partition: retention drops whole months only, so these stay (and are told). */
  expiredInDefault: number;
}

/**
 * Drops the live_events months that ended more than `retentionDays` ago, whole partitions at a time. A month still
 * partly inside the retention window is kept entire, so an event lives at least retentionDays, at most a month more.
 */
export async function dropExpiredLiveEvents(db: Db, retentionDays: number, now = new Date()): Promise<LiveEventsRetention> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const dropped: YearMonth[] = [];
  for (const m of await listMonthPartitions(db, 'live_events')) {
    if (monthStart(addMonths(m, 1)).getTime() > cutoff.getTime()) continue;
    await dropLiveEventsMonth(db, m);
    dropped.push(m);
  }
  return { dropped, expiredInDefault: await countDefaultLiveEventsBefore(db, cutoff) };
}

/** The months of audit_log that may be archived: those that ended more than `onlineMonths` months ago. */
export function lastArchivableAuditMonth(onlineMonths: number, now = new Date()): YearMonth {
  return addMonths(monthOf(now), -onlineMonths - 1);
}

export function isBefore(a: YearMonth, b: YearMonth): boolean {
  return compareMonths(a, b) < 0;
}
