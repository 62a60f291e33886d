import { kinks } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRandom } from './create-random';
import { findFirstKink } from './find-first-kink';

/** A closed ring of n random vertices around (cx, cy): random angles make some rings cross themselves. */
function randomRing(random: () => number, n: number, cx: number, cy: number, sorted: boolean): Position[] {
  const angles = Array.from({ length: n }, () => random() * 2 * Math.PI);
  if (sorted) angles.sort((a, b) => a - b);
  const ring = angles.map((t) => {
    const r = 0.5 + random();
    return [+(cx + r * Math.cos(t)).toFixed(3), +(cy + r * Math.sin(t)).toFixed(3)];
  });
  return [...ring, ring[0]];
}

function turfFirst(geometry: Polygon | MultiPolygon): Position | null {
  const found = kinks(geometry).features;
  return found.length ? found[0].geometry.coordinates : null;
}

describe('findFirstKink', () => {
  it('finds the same first self-intersection as turf.kinks on random polygons, multipolygons and holes', () => {
    const random = createRandom(9);
    let crossing = 0;
    for (let trial = 0; trial < 300; trial++) {
      const sorted = random() < 0.5;
      const n = 4 + Math.floor(random() * 12);
      const geometry: Polygon | MultiPolygon = random() < 0.5
        ? { type: 'Polygon', coordinates: [randomRing(random, n, 0, 0, sorted), randomRing(random, 5, 0, 0, true)] }
        : { type: 'MultiPolygon', coordinates: [[randomRing(random, n, 0, 0, sorted)], [randomRing(random, 6, 1.5 * random(), 0, sorted)]] };
      const ours = findFirstKink(geometry);
      const theirs = turfFirst(geometry);
      if (theirs) crossing++;
      expect(ours === null).toBe(theirs === null);
      if (ours && theirs) {
        expect(ours[0]).toBeCloseTo(theirs[0], 9);
        expect(ours[1]).toBeCloseTo(theirs[1], 9);
      }
    }
    expect(crossing).toBeGreaterThan(30);
    expect(crossing).toBeLessThan(300);
  });

  it('finds none in the Iowa counties, as turf.kinks does', () => {
    const iowa = JSON.parse(readFileSync(new URL('../../test/fixtures/iowa/IA_counties.geojson', import.meta.url), 'utf8')) as {
      features: { geometry: Polygon | MultiPolygon }[];
    };
    for (const f of iowa.features.slice(0, 12)) expect(findFirstKink(f.geometry)).toEqual(turfFirst(f.geometry));
  });

  it('finds the crossing of a bow tie and none in a square', () => {
    expect(findFirstKink({ type: 'Polygon', coordinates: [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]] })).toEqual([0.5, 0.5]);
    expect(findFirstKink({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] })).toBeNull();
  });
});
