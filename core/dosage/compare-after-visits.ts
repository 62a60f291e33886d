import { HOUR_MS, localHour, localIsoWeekday, startOfLocalDay } from '../time/shanghai-time';
import { DosageInputError, type DosagePeriod, type DosageVisit } from './types';

export interface AfterVisitComparison {
  /** Clock hours (of the period) that overlap a visit or the `hoursAfter` hours after its end, and their incidents. */
  visitHours: number;
  visitIncidents: number;
  /** Incidents per visit-hour; null without visit-hours. */
  visitRate: number | null;
  /** The other clock hours of the same hour of day and weekday type (workday or weekend) as some visit-hour. */
  otherHours: number;
  otherIncidents: number;
  /** Incidents per such other hour; null without them. */
  otherRate: number | null;
  /** Incidents the visit-hours would have seen at the other hours' rate of their own hour of day and weekday type. */
  expectedIncidents: number | null;
  /** Visit-hours whose hour of day and weekday type has no other hour to compare with (left out of expected). */
  unmatchedVisitHours: number;
}

/**
 * Incidents at a hot spot in the hours after a visit against the same hours of day without one — a comparison with its
 * sample sizes, not a causal estimate (patrols go where and when incidents are expected, and a few hours are a small
 * sample). The period is cut into the local clock hours that lie wholly inside it; an hour is a visit-hour when it overlaps [visit start, visit end +
 * hoursAfter); the other hours are those of a stratum (hour of day × workday/weekend) that holds a visit-hour.
 * `incidentsMs` are the times of the incidents inside the hot spot. Throws DosageInputError for hoursAfter < 1 or a
 * period that does not end after it starts. Pure.
 */
export function compareAfterVisits(visits: readonly DosageVisit[], incidentsMs: readonly number[], period: DosagePeriod, hoursAfter: number): AfterVisitComparison {
  if (!(hoursAfter >= 1)) throw new DosageInputError('hoursAfter must be at least 1');
  if (!(period.endMs > period.startMs)) throw new DosageInputError('the period must end after it starts');
  const first = startOfLocalDay(period.startMs) + localHour(period.startMs) * HOUR_MS;
  const hours: { startMs: number; stratum: string; afterVisit: boolean; incidents: number }[] = [];
  // Whole clock hours only: an hour still running (or to come, in a period that ends tonight) has not had its incidents.
  for (let t = first; t + HOUR_MS <= period.endMs; t += HOUR_MS) {
    if (t < period.startMs) continue;
    const weekday = localIsoWeekday(t);
    const afterVisit = visits.some((v) => t < v.endMs + hoursAfter * HOUR_MS && t + HOUR_MS > v.startMs);
    hours.push({ startMs: t, stratum: `${localHour(t)}-${weekday >= 6 ? 'weekend' : 'workday'}`, afterVisit, incidents: 0 });
  }
  for (const ms of incidentsMs) {
    const i = Math.floor((ms - (hours[0]?.startMs ?? 0)) / HOUR_MS);
    if (hours[i] && ms >= hours[i].startMs) hours[i].incidents++;
  }
  const visitHours = hours.filter((h) => h.afterVisit);
  const strata = new Set(visitHours.map((h) => h.stratum));
  const other = hours.filter((h) => !h.afterVisit && strata.has(h.stratum));
  const otherByStratum = new Map<string, { hours: number; incidents: number }>();
  for (const h of other) {
    const s = otherByStratum.get(h.stratum) ?? { hours: 0, incidents: 0 };
    s.hours++;
    s.incidents += h.incidents;
    otherByStratum.set(h.stratum, s);
  }
  let expected = 0;
  let unmatched = 0;
  for (const h of visitHours) {
    const s = otherByStratum.get(h.stratum);
    if (s) expected += s.incidents / s.hours;
    else unmatched++;
  }
  const sum = (xs: typeof hours) => xs.reduce((n, h) => n + h.incidents, 0);
  return {
    visitHours: visitHours.length,
    visitIncidents: sum(visitHours),
    visitRate: visitHours.length > 0 ? sum(visitHours) / visitHours.length : null,
    otherHours: other.length,
    otherIncidents: sum(other),
    otherRate: other.length > 0 ? sum(other) / other.length : null,
    expectedIncidents: visitHours.length > unmatched ? expected : null,
    unmatchedVisitHours: unmatched,
  };
}
