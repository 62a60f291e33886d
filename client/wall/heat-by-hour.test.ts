import { describe, expect, it } from 'vitest';
import { positionsInHour } from './heat-by-hour';

const sec = (iso: string) => Date.parse(iso) / 1000;

describe('positionsInHour', () => {
  const columns = { positions: [1, 2, 3, 4, 5, 6], times: [sec('2026-03-06T08:05:00+08:00'), sec('2026-03-06T23:59:00+08:00'), sec('2026-03-07T08:59:00+08:00')] };
  it('keeps the incidents of one local hour', () => {
    expect(positionsInHour(columns, 8)).toEqual([1, 2, 5, 6]);
    expect(positionsInHour(columns, 23)).toEqual([3, 4]);
    expect(positionsInHour(columns, 3)).toEqual([]);
  });
  it('keeps everything for no hour, in a copy', () => {
    const all = positionsInHour(columns, null);
    expect(all).toEqual(columns.positions);
    expect(all).not.toBe(columns.positions);
  });
  it('keeps only the incidents at or after a moment, of one hour or of all', () => {
    const since = sec('2026-03-06T23:59:00+08:00');
    expect(positionsInHour(columns, null, since)).toEqual([3, 4, 5, 6]);
    expect(positionsInHour(columns, 8, since)).toEqual([5, 6]);
    expect(positionsInHour(columns, null, since + 1)).toEqual([5, 6]);
  });
});
