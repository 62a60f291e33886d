import { describe, expect, it } from 'vitest';
import { apportion, createRng, createWeightedSampler } from './prng';

describe('createRng', () => {
  it('repeats a stream for the same seed and name', () => {
    const a = createRng('s', 'x');
    const b = createRng('s', 'x');
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('gives different streams for different names', () => {
    expect(createRng('s', 'x').next()).not.toBe(createRng('s', 'y').next());
  });

  it('keeps int within its inclusive bounds', () => {
    const r = createRng('s', 'int');
    const xs = Array.from({ length: 2000 }, () => r.int(3, 5));
    expect(new Set(xs)).toEqual(new Set([3, 4, 5]));
  });
});

describe('createWeightedSampler', () => {
  it('never draws a zero-weight index and follows the weights', () => {
    const draw = createWeightedSampler([1, 0, 3]);
    const r = createRng('s', 'w');
    const counts = [0, 0, 0];
    for (let k = 0; k < 4000; k++) counts[draw(r)] += 1;
    expect(counts[1]).toBe(0);
    expect(counts[2] / counts[0]).toBeGreaterThan(2.5);
    expect(counts[2] / counts[0]).toBeLessThan(3.5);
  });
});

describe('apportion', () => {
  it('splits a total exactly by largest remainder', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(208, [40, 35, 20, 5])).toEqual([83, 73, 42, 10]);
  });

  it('gives every part at least the minimum and still sums to the total', () => {
    const parts = apportion(20, [100, 1, 1, 1], 2);
    expect(parts.every((p) => p >= 2)).toBe(true);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(20);
  });

  it('throws when the minimum cannot be met', () => {
    expect(() => apportion(3, [1, 1], 2)).toThrow();
  });
});
