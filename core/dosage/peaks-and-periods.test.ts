import { describe, expect, it } from 'vitest';
import { localInstant } from '../time/shanghai-time';
import { buildPeriods } from './build-periods';
import { findBusiestHours } from './find-busiest-hours';
import { findOpenPeak } from './find-open-peak';

// 6 March 2026 is a Friday (ISO 5), the 7th a Saturday.
describe('findOpenPeak', () => {
  const nightlife = { weekdays: [5], from: '20:00', to: '02:00' };
  const school = { weekdays: [1, 2, 3, 4, 5], from: '07:00', to: '08:30' };

  it('finds a Friday night window still open at 01:00 on Saturday', () => {
    expect(findOpenPeak([school, nightlife], localInstant(2026, 3, 7, 1, 0))).toEqual({ from: '20:00', to: '02:00', openMs: localInstant(2026, 3, 6, 20), closeMs: localInstant(2026, 3, 7, 2) });
  });

  it('answers null outside every window and on a weekday not listed', () => {
    expect(findOpenPeak([school], localInstant(2026, 3, 6, 9, 0))).toBeNull();
    expect(findOpenPeak([school], localInstant(2026, 3, 7, 7, 30))).toBeNull();
  });
});

describe('findBusiestHours', () => {
  it('takes the two consecutive hours with the most incidents, wrapping past midnight', () => {
    const at = (h: number) => localInstant(2026, 3, 2, h, 10);
    // 23:10 ×2, 00:10 ×2, 14:10 ×3: 23–01 holds 4, 14–16 holds 3.
    expect(findBusiestHours([at(23), at(23), at(24), at(24), at(14), at(14), at(14)])).toEqual({ from: '23:00', to: '01:00' });
    expect(findBusiestHours([])).toBeNull();
  });
});

describe('buildPeriods', () => {
  it('cuts a night window per day to the period, the night before included', () => {
    const from = localInstant(2026, 3, 2, 1, 0);
    const to = localInstant(2026, 3, 3, 23, 0);
    expect(buildPeriods(from, to, { start: '22:00', end: '02:00' })).toEqual([
      { startMs: from, endMs: localInstant(2026, 3, 2, 2) },
      { startMs: localInstant(2026, 3, 2, 22), endMs: localInstant(2026, 3, 3, 2) },
      { startMs: localInstant(2026, 3, 3, 22), endMs: to },
    ]);
    expect(buildPeriods(from, to)).toEqual([{ startMs: from, endMs: to }]);
  });
});
