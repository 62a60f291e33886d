import { buildCellGrid } from '../build-cell-grid';
import { createUtmFrame } from '../create-utm-frame';
import type { CellGrid, IncidentColumns } from '../types';

/** A seeded uniform random source in [0, 1) (mulberry32), for test data only. */
export function createSeededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const testFrame = createUtmFrame([-122.65, 45.52]);
const origin = [500_000, 5_040_000];

/** A 3 × 3 km box of 100 m cells (900 cells). */
export function buildTestGrid(): CellGrid {
  return buildCellGrid({ bboxXY: [origin[0], origin[1], origin[0] + 2999, origin[1] + 2999], frame: testFrame, cellSizeM: 100 });
}

/**
 * `days` days of incidents from day `firstDay`: 30 steady places (a Gaussian of 80 m around each, 0.3–3 a day) and a
 * scatter of 20 a day, in lng/lat with fractional days. Deterministic for a seed.
 */
export function generateTestIncidents(seed: number, firstDay: number, days: number): IncidentColumns {
  const random = createSeededRandom(seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const places = Array.from({ length: 30 }, () => ({ x: 200 + random() * 2600, y: 200 + random() * 2600, rate: 0.3 + random() * 2.7 }));
  const rows: number[][] = [];
  for (let d = 0; d < days; d++) {
    for (const p of places) {
      let budget = p.rate;
      while (random() < budget) {
        budget -= 1;
        rows.push([p.x + gaussian() * 80, p.y + gaussian() * 80, firstDay + d + random()]);
      }
    }
    for (let k = 0; k < 20; k++) rows.push([random() * 3000, random() * 3000, firstDay + d + random()]);
  }
  const lngLat = rows.map(([x, y]) => testFrame.toLngLat([origin[0] + x, origin[1] + y]));
  return { lng: Float64Array.from(lngLat, (p) => p[0]), lat: Float64Array.from(lngLat, (p) => p[1]), day: Float64Array.from(rows, (r) => r[2]) };
}
