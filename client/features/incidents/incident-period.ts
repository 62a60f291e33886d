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

const hourMs = 3_600_000;

/**
 * The [from, to) range of a period as ISO instants (UTC). `to` is the start of the hour after `now`, so the range
 * includes the latest incidents and stays the same (and cacheable) for the rest of the hour; 12 months are
 * calendar months, the others whole days.
 */
export function incidentPeriodRange(period: IncidentPeriod, now: Date): { from: string; to: string } {
  const to = new Date(Math.floor(now.getTime() / hourMs) * hourMs + hourMs);
  const from = new Date(to);
  if (period === '12m') from.setUTCMonth(from.getUTCMonth() - 12);
  else from.setUTCDate(from.getUTCDate() - Number(period.slice(0, -1)));
  return { from: from.toISOString(), to: to.toISOString() };
}
