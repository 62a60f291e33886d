import { describe, expect, it } from 'vitest';
import { createRandom } from '../redistrict/create-random';
import { createUtmFrame } from '../hotspots/index';
import { findRepeats } from './find-repeats';

function randomIncidents(n: number, seed: number) {
  const random = createRandom(seed);
  const lng = Float64Array.from({ length: n }, () => 107.49 + random() * 0.02);
  const lat = Float64Array.from({ length: n }, () => 31.19 + random() * 0.02);
  const timesS = Array.from({ length: n }, () => 1_790_000_000 + Math.floor(random() * 60 * 86_400));
  const categories = Array.from({ length: n }, () => (random() < 0.5 ? 'THEFT' : 'FIGHT'));
  return { lng, lat, timesS, categories };
}

describe('findRepeats', () => {
  it('finds exactly the near-repeat pairs an all-pairs loop finds', () => {
    const input = randomIncidents(600, 3);
    const answer = findRepeats(input, 150, 5);
    const frame = createUtmFrame([107.5, 31.2]);
    let expected = 0;
    for (let i = 0; i < 600; i++) {
      for (let j = i + 1; j < 600; j++) {
        const [xi, yi] = frame.toXY([input.lng[i], input.lat[i]]);
        const [xj, yj] = frame.toXY([input.lng[j], input.lat[j]]);
        if (input.categories[i] === input.categories[j] && Math.hypot(xi - xj, yi - yj) <= 150 && Math.abs(input.timesS[i] - input.timesS[j]) <= 5 * 86_400 && input.timesS[i] !== input.timesS[j]) expected++;
      }
    }
    expect(expected).toBeGreaterThan(0);
    expect(answer.meta.pairsFound).toBe(expected);
    expect(answer.pairs.features.every((f) => f.properties.distanceM <= 150 && f.properties.days <= 5)).toBe(true);
  });

  it('reports a place with three incidents as a repeat location, and two as none', () => {
    const at = (lng: number, lat: number, k: number) => ({ lng: Array(k).fill(lng), lat: Array(k).fill(lat) });
    const a = at(107.5, 31.2, 3);
    const b = at(107.51, 31.21, 2);
    const answer = findRepeats(
      { lng: Float64Array.from([...a.lng, ...b.lng]), lat: Float64Array.from([...a.lat, ...b.lat]), timesS: [1, 2, 3, 4, 5].map((d) => 1_790_000_000 + d * 86_400), categories: ['A', 'B', 'A', 'A', 'A'] },
      100,
      7,
    );
    expect(answer.locations.features).toHaveLength(1);
    expect(answer.locations.features[0].properties).toMatchObject({ count: 3, categories: ['A', 'B'] });
  });

  it('counts an exact duplicate (same category, point and time) once, in pairs and in locations', () => {
    const t0 = 1_790_000_000;
    const answer = findRepeats(
      { lng: Float64Array.from([107.5, 107.5, 107.5]), lat: Float64Array.from([31.2, 31.2, 31.2]), timesS: [t0, t0, t0 + 3 * 86_400], categories: ['THEFT', 'THEFT', 'THEFT'] },
      200,
      7,
    );
    expect(answer.meta.duplicates).toBe(1);
    expect(answer.meta.pairsFound).toBe(1);
    expect(answer.pairs.features[0].properties.days).toBe(3);
    expect(answer.locations.features).toHaveLength(0); // two incidents at a place are no repeat location
  });

  it('pairs no two incidents at the same instant, however close, and keeps one a minute later', () => {
    const t0 = 1_790_000_000;
    const answer = findRepeats(
      { lng: Float64Array.from([107.5, 107.5004, 107.5008]), lat: Float64Array.from([31.2, 31.2, 31.2]), timesS: [t0, t0, t0 + 60], categories: ['FIGHT', 'FIGHT', 'FIGHT'] },
      200,
      7,
    );
    expect(answer.meta.duplicates).toBe(0);
    expect(answer.pairs.features.map((f) => f.properties.firstAt !== f.properties.secondAt)).toEqual([true, true]);
    expect(answer.meta.pairsFound).toBe(2);
  });

  it('does not mutate its input', () => {
    const input = randomIncidents(50, 7);
    const copy = { lng: Float64Array.from(input.lng), timesS: [...input.timesS], categories: [...input.categories] };
    findRepeats({ ...input, lng: input.lng }, 150, 5);
    expect(input.lng).toEqual(copy.lng);
    expect(input.timesS).toEqual(copy.timesS);
    expect(input.categories).toEqual(copy.categories);
  });
});
