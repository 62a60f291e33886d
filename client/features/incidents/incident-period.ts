import { lastDaysRange } from '../../../core/measures';
import type { MessageKey } from '../../i18n/zh-CN';

/** The heatmap periods the dashboard offers, each ending now. */
export const incidentPeriods = ['7d', '30d', '90d', '12m'] as const;
export type IncidentPeriod = (typeof incidentPeriods)[number];
export const defaultIncidentPeriod: IncidentPeriod = '12m';

export const incidentPeriodLabels: Record<IncidentPeriod, MessageKey> = {
  '7d': 'period7d',
  '30d': 'period30d',
  '90d': 'period90d',
  '12m': 'period12m',
};

/**
 * The [from, to] range of a period as ISO instants (UTC), up to now: 7, 30 and 90 days are lastDaysRange's 近 N 天 (so
 * the map's 近7天 counts what the wall's 近7天 counts), 12 months are calendar months back from now.
 */
export function incidentPeriodRange(period: IncidentPeriod, now: Date): { from: string; to: string } {
  if (period !== '12m') return lastDaysRange(Number(period.slice(0, -1)), now);
  const from = new Date(now);
  from.setUTCMonth(from.getUTCMonth() - 12);
  return { from: from.toISOString(), to: now.toISOString() };
}

/**
 * The period's incident count to show. A reload of the same period (new incidents came in) keeps the count it had
 * until the new one arrives, rather than blanking it every few seconds on a busy night; another period shows none
 * until its own arrives, never the last period's under the new one's name.
 */
export function shownIncidentCount(loaded: { status: 'loading' | 'ready' | 'error'; data?: { asked: IncidentPeriod; count: number } }, period: IncidentPeriod): number | undefined {
  return loaded.status !== 'error' && loaded.data?.asked === period ? loaded.data.count : undefined;
}
