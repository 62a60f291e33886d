import { describe, expect, it } from 'vitest';
import { parseDayNumber } from '../parse-day-number';
import { HotspotInputError } from '../types';
import { isInShift, pickShiftIncidents } from './pick-shift-incidents';

const evening = { startMin: 19 * 60, durationMin: 4 * 60, weekdays: [1, 2, 3, 4, 5] };
const at = (text: string) => parseDayNumber(text)!;

describe('isInShift', () => {
  it('keeps weekday evenings 19:00–23:00 and nothing else', () => {
    expect(isInShift(at('2016-08-10T19:00'), evening)).toBe(true); // Wednesday
    expect(isInShift(at('2016-08-10T22:59'), evening)).toBe(true);
    expect(isInShift(at('2016-08-10T23:00'), evening)).toBe(false);
    expect(isInShift(at('2016-08-10T18:59'), evening)).toBe(false);
    expect(isInShift(at('2016-08-13T20:00'), evening)).toBe(false); // Saturday
  });

  it('counts the hours past midnight to the weekday the shift began on', () => {
    const night = { startMin: 22 * 60, durationMin: 6 * 60, weekdays: [5] }; // Friday 22:00 – Saturday 04:00
    expect(isInShift(at('2016-08-13T01:30'), night)).toBe(true); // Saturday 01:30, a Friday night
    expect(isInShift(at('2016-08-12T01:30'), night)).toBe(false); // Friday 01:30 belongs to Thursday night
  });
});

describe('pickShiftIncidents', () => {
  it('reads UTC day numbers in local time with the offset', () => {
    const utc = at('2016-08-10T11:30'); // 19:30 in Asia/Shanghai
    const picked = pickShiftIncidents({ lng: Float64Array.of(1, 2), lat: Float64Array.of(3, 4), day: Float64Array.of(utc, utc + 0.25) }, evening, 480);
    expect(Array.from(picked.lng)).toEqual([1]);
  });

  it('refuses incidents that carry dates only', () => {
    const dates = { lng: Float64Array.of(1), lat: Float64Array.of(2), day: Float64Array.of(at('2016-08-10')) };
    expect(() => pickShiftIncidents(dates, evening)).toThrow(HotspotInputError);
  });
});
