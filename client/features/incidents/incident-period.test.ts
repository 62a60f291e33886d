import { describe, expect, it } from 'vitest';
import { IncidentQuerySchema } from '../../../core/contracts/incidents';
import { lastDaysRange } from '../../../core/measures';
import { incidentPeriodRange, incidentPeriods, shownIncidentCount } from './incident-period';

const now = new Date('2026-11-27T03:20:15Z');

describe('incidentPeriodRange', () => {
  it('ends now: the wall and the grid measures count up to now too', () => {
    expect(incidentPeriodRange('7d', now).to).toBe('2026-11-27T03:20:15.000Z');
  });

  it('goes back N × 24 hours for 7, 30 and 90 days, as 近 N 天 does everywhere', () => {
    for (const period of ['7d', '30d', '90d'] as const) expect(incidentPeriodRange(period, now)).toEqual(lastDaysRange(Number(period.slice(0, -1)), now));
    expect(incidentPeriodRange('7d', now).from).toBe('2026-11-20T03:20:15.000Z');
  });

  it('goes back twelve calendar months for 12 months', () => {
    expect(incidentPeriodRange('12m', now).from).toBe('2025-11-27T03:20:15.000Z');
  });

  it('gives a range the API accepts for every period', () => {
    for (const period of incidentPeriods) expect(IncidentQuerySchema.safeParse(incidentPeriodRange(period, now)).success).toBe(true);
  });
});

describe('shownIncidentCount', () => {
  const data = { asked: '12m' as const, count: 60_954 };
  it('keeps the count while the same period reloads, and shows the new one once it is in', () => {
    expect(shownIncidentCount({ status: 'loading', data }, '12m')).toBe(60_954);
    expect(shownIncidentCount({ status: 'ready', data: { asked: '12m', count: 60_955 } }, '12m')).toBe(60_955);
  });

  it('shows no count while another period loads, even before the load has begun, nor after a failed load', () => {
    expect(shownIncidentCount({ status: 'loading', data }, '7d')).toBeUndefined();
    expect(shownIncidentCount({ status: 'ready', data }, '7d')).toBeUndefined();
    expect(shownIncidentCount({ status: 'loading' }, '12m')).toBeUndefined();
    expect(shownIncidentCount({ status: 'error', data }, '12m')).toBeUndefined();
  });
});
