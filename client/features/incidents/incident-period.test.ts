import { describe, expect, it } from 'vitest';
import { IncidentQuerySchema } from '../../../core/contracts/incidents';
import { incidentPeriodRange, incidentPeriods } from './incident-period';

const now = new Date('2026-11-27T03:20:15Z');

describe('incidentPeriodRange', () => {
  it('ends at the start of the next hour, so the newest incidents are in', () => {
    expect(incidentPeriodRange('7d', now).to).toBe('2026-11-27T04:00:00.000Z');
  });

  it('goes back whole days for 7, 30 and 90 days', () => {
    expect(incidentPeriodRange('7d', now).from).toBe('2026-11-20T04:00:00.000Z');
    expect(incidentPeriodRange('30d', now).from).toBe('2026-10-28T04:00:00.000Z');
    expect(incidentPeriodRange('90d', now).from).toBe('2026-08-29T04:00:00.000Z');
  });

  it('goes back twelve calendar months for 12 months', () => {
    expect(incidentPeriodRange('12m', now).from).toBe('2025-11-27T04:00:00.000Z');
  });

  it('answers the same range all through one hour', () => {
    expect(incidentPeriodRange('30d', new Date('2026-11-27T03:59:59Z'))).toEqual(incidentPeriodRange('30d', now));
  });

  it('gives a range the API accepts for every period', () => {
    for (const period of incidentPeriods) expect(IncidentQuerySchema.safeParse(incidentPeriodRange(period, now)).success).toBe(true);
  });
});
