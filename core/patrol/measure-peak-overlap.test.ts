import { describe, expect, it } from 'vitest';
import { measurePeakOverlap, type PeakWindowInput } from './measure-peak-overlap';
import { PatrolInputError } from './types';

const WEEKDAYS = [1, 2, 3, 4, 5];
const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7];
// The demo's peak windows (data/generate/key-places.ts).
const mall: PeakWindowInput[] = [{ weekdays: ALL_DAYS, from: '18:00', to: '22:00' }, { weekdays: [6, 7], from: '14:00', to: '21:00' }];
const nightlife: PeakWindowInput[] = [{ weekdays: ALL_DAYS, from: '20:00', to: '02:00' }];
const school: PeakWindowInput[] = [{ weekdays: WEEKDAYS, from: '07:20', to: '08:20' }, { weekdays: WEEKDAYS, from: '16:30', to: '17:40' }];
const evening = { startMin: 19 * 60, durationMin: 240 }; // 19:00–23:00

describe('measurePeakOverlap', () => {
  it('measures a mall open 18:00–22:00 against a 19:00–23:00 patrol: 3 h from the start', () => {
    expect(measurePeakOverlap(evening, WEEKDAYS, mall)).toEqual({ meanMin: 180, window: { openMin: 0, closeMin: 180 } });
  });

  it('opens the visit window when a peak begins after the start', () => {
    expect(measurePeakOverlap(evening, WEEKDAYS, nightlife)).toEqual({ meanMin: 180, window: { openMin: 60, closeMin: 240 } });
  });

  it('follows a patrol and a peak past midnight', () => {
    expect(measurePeakOverlap({ startMin: 22 * 60, durationMin: 240 }, [5], nightlife)).toEqual({ meanMin: 240, window: { openMin: 0, closeMin: 240 } });
  });

  it('carries Sunday night into Monday', () => {
    const mondayEarly: PeakWindowInput[] = [{ weekdays: [1], from: '00:00', to: '02:00' }];
    expect(measurePeakOverlap({ startMin: 23 * 60, durationMin: 120 }, [7], mondayEarly)).toEqual({ meanMin: 60, window: { openMin: 60, closeMin: 120 } });
  });

  it('counts overlapping peak windows of one place once, and averages over the weekdays', () => {
    // Saturday 13:00–15:00 meets the weekend window 14:00–21:00 only; Monday meets nothing.
    expect(measurePeakOverlap({ startMin: 13 * 60, durationMin: 120 }, [1, 6], mall)).toEqual({ meanMin: 30, window: { openMin: 60, closeMin: 120 } });
    // Saturday 17:00–23:00 meets 14:00–21:00 and 18:00–22:00: 17:00–22:00 once.
    expect(measurePeakOverlap({ startMin: 17 * 60, durationMin: 360 }, [6], mall).meanMin).toBe(300);
  });

  it('answers no overlap as 0 and no window', () => {
    expect(measurePeakOverlap(evening, ALL_DAYS, school)).toEqual({ meanMin: 0, window: null });
    expect(measurePeakOverlap(evening, [], mall)).toEqual({ meanMin: 0, window: null });
  });

  it('refuses a time that is not HH:MM', () => {
    expect(() => measurePeakOverlap(evening, WEEKDAYS, [{ weekdays: [1], from: '7:00', to: '09:00' }])).toThrow(PatrolInputError);
  });
});
