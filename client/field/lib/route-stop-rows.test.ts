import { describe, expect, it } from 'vitest';
import { routeStopRows } from './route-stop-rows';

// At latitude 31.2° one thousandth of a degree of longitude is about 95 m, of latitude about 111 m.
const stop = (index: number, position: [number, number] | null) => ({ index, name: `站${index}`, keyPlaceCode: null, position, arrival: `19:${10 + index}`, departure: null });

describe('routeStopRows', () => {
  const stops = [stop(0, [107.5, 31.2]), stop(1, [107.502, 31.2]), stop(2, null)];

  it('lists the stops in order with their distance from the phone, to the nearest 10 m, and marks the nearest', () => {
    const rows = routeStopRows(stops, [107.5019, 31.2]);
    expect(rows.map((r) => r.name)).toEqual(['站0', '站1', '站2']);
    expect(rows[0].distanceM).toBeGreaterThan(170);
    expect(rows[0].distanceM).toBeLessThan(190);
    expect(rows[0].distanceM! % 10).toBe(0);
    expect(rows[1].distanceM).toBe(10);
    expect(rows.map((r) => r.nearest)).toEqual([false, true, false]);
    expect(rows[2].distanceM).toBeNull();
  });

  it('gives no distances and no nearest stop before the first fix', () => {
    const rows = routeStopRows(stops, null);
    expect(rows.every((r) => r.distanceM === null && !r.nearest)).toBe(true);
    expect(rows[1].arrival).toBe('19:11');
  });
});
