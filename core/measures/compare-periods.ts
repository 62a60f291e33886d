/** A period [from, to) as ISO instants. */
export interface Interval {
  from: string;
  to: string;
}

/** The period's part that has happened, the same part of the period before it, and whether the period is still running. */
export interface PeriodComparison {
  /** [from, until): the period up to now (the whole period once it is over). */
  current: Interval;
  /** [from − L, until − L), L = to − from: the same stretch of the period of equal length just before. */
  previous: Interval;
  /** True while the period runs on past now, so only its first part is compared. */
  partial: boolean;
}

/**
 * 警情环比's two periods. A period that runs on past `now` — 近28天 ends at tonight's midnight, so that today counts —
 * is compared up to the same moment of the period before it, not against the whole of it: today's few hours against
 * a whole day would read as a fall every morning (the wall's 今日警情 compares up to the same time for the same
 * reason). The cut-off is `to` held within [from, now]. Pure.
 */
export function comparePeriods(period: Interval, now: Date): PeriodComparison {
  const from = Date.parse(period.from);
  const to = Date.parse(period.to);
  const until = Math.max(from, Math.min(to, now.getTime()));
  const length = to - from;
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    current: { from: iso(from), to: iso(until) },
    previous: { from: iso(from - length), to: iso(until - length) },
    partial: until < to,
  };
}

/**
 * Whether the period before holds records throughout: not when it starts before the first incident on record (the
 * system went live, or the records were imported from, that day). A change against such a period compares a whole
 * period with a sliver of one (+1216900 % on the demo data), so 警情环比 is not given then. Pure.
 */
export function previousPeriodOnRecord(previous: Interval, recordsFrom: string | null): boolean {
  // A day's leeway: the first record falls some hours into the first day on record, which is still a day of records.
  return recordsFrom !== null && Date.parse(previous.from) >= Date.parse(recordsFrom) - 86_400_000;
}
