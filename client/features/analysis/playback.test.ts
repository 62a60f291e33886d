import { describe, expect, it } from 'vitest';
import { frameAt, frameCount, isAscending, nextFrameIndex, positionsInWindow, type PlaybackSpec } from './playback';

const day = 86_400_000;
const from = Date.parse('2026-03-01T00:00:00+08:00');
const spec: PlaybackSpec = { fromMs: from, toMs: from + 10 * day, step: 'day', windowSteps: 3 };

describe('playback frames', () => {
  it('has one frame a day (or hour) of the period, counting a partial last step', () => {
    expect(frameCount(spec)).toBe(10);
    expect(frameCount({ ...spec, step: 'hour' })).toBe(240);
    expect(frameCount({ ...spec, toMs: from + 10 * day + 1 })).toBe(11);
    expect(frameCount({ ...spec, toMs: from })).toBe(0);
  });

  it('ends a frame with its step and starts it a window earlier, clipped to the period', () => {
    expect(frameAt(spec, 5)).toEqual({ index: 5, startMs: from + 3 * day, endMs: from + 6 * day });
    expect(frameAt(spec, 0)).toEqual({ index: 0, startMs: from, endMs: from + day });
  });

  it('clamps an index out of range and has no frame for an empty period', () => {
    expect(frameAt(spec, 99)?.index).toBe(9);
    expect(frameAt(spec, -3)?.index).toBe(0);
    expect(frameAt({ ...spec, toMs: from }, 0)).toBeNull();
  });

  it('goes back to the first frame after the last', () => {
    expect(nextFrameIndex(3, 10)).toBe(4);
    expect(nextFrameIndex(9, 10)).toBe(0);
    expect(nextFrameIndex(0, 0)).toBe(0);
  });
});

describe('the incidents of a frame', () => {
  // Four incidents, one a day at noon, at lng 1…4.
  const times = Uint32Array.from([0, 1, 2, 3], (d) => (from + d * day + day / 2) / 1000);
  const positions = Float64Array.from([1, 10, 2, 20, 3, 30, 4, 40]);

  it('selects the incidents whose time falls in [start, end), as a view without a copy', () => {
    const out = positionsInWindow({ positions, times }, from + day, from + 3 * day, true);
    expect(Array.from(out)).toEqual([2, 20, 3, 30]);
    expect(out.buffer).toBe(positions.buffer);
  });

  it('gives an empty selection for a window without incidents', () => {
    expect(positionsInWindow({ positions, times }, from + 5 * day, from + 6 * day, true).length).toBe(0);
    expect(positionsInWindow({ positions: new Float64Array(0), times: new Uint32Array(0) }, from, from + day, true).length).toBe(0);
  });

  it('selects the same incidents from times out of order, by scanning', () => {
    const shuffledTimes = Uint32Array.from([times[2], times[0], times[3], times[1]]);
    const shuffled = Float64Array.from([3, 30, 1, 10, 4, 40, 2, 20]);
    expect(isAscending(shuffledTimes)).toBe(false);
    expect(Array.from(positionsInWindow({ positions: shuffled, times: shuffledTimes }, from + day, from + 3 * day, false))).toEqual([3, 30, 2, 20]);
  });

  it('does not mutate its input', () => {
    const before = Array.from(positions);
    positionsInWindow({ positions, times }, from, from + 2 * day, true);
    expect(Array.from(positions)).toEqual(before);
    expect(isAscending(times)).toBe(true);
  });
});
