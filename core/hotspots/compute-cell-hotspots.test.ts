import { describe, expect, it } from 'vitest';
import { computeCellHotspots } from './compute-cell-hotspots';
import { createUtmFrame } from './create-utm-frame';
import { HotspotInputError } from './types';

// A 1.5 km square around a point of Dachuan district, in 150 m cells: an 11 × 11 lattice.
const frame = createUtmFrame([107.5, 31.2]);
const [x0, y0] = frame.toXY([107.5, 31.2]);
const area = { cellSizeM: 150, bboxXY: [x0, y0, x0 + 1500, y0 + 1500] as const, frame };

/** n points in the middle of the lattice square (row, col), and one point far outside the box. */
function pointsIn(cluster: { row: number; col: number; n: number }[]) {
  const lngLat = cluster.flatMap(({ row, col, n }) => Array.from({ length: n }, () => frame.toLngLat([x0 + col * 150 + 75, y0 + row * 150 + 75])));
  lngLat.push([108.5, 32.2]);
  return { lng: Float64Array.from(lngLat, (p) => p[0]), lat: Float64Array.from(lngLat, (p) => p[1]) };
}

describe('computeCellHotspots', () => {
  it('classes a dense block of cells hot and counts the point outside the area apart', () => {
    const block = [4, 5, 6].flatMap((row) => [4, 5, 6].map((col) => ({ row, col, n: 12 })));
    const spread = [{ row: 0, col: 0, n: 1 }, { row: 10, col: 10, n: 1 }, { row: 0, col: 10, n: 1 }];
    const r = computeCellHotspots(area, pointsIn([...block, ...spread]));
    const centre = r.grid.cellAt[5 * r.grid.cols + 5];
    expect(r.grid.cells).toHaveLength(121);
    expect(r.counts[centre]).toBe(12);
    expect(r.outside).toBe(1);
    expect(r.classes[centre]).toBe('hot-99');
    expect(r.gi.z[centre]).toBeGreaterThan(3);
    expect(r.classes[r.grid.cellAt[0]]).not.toMatch(/^hot-/);
  });

  it('finds no spot when every cell holds the same count', () => {
    const even = Array.from({ length: 121 }, (_, i) => ({ row: Math.floor(i / 11), col: i % 11, n: 2 }));
    const r = computeCellHotspots(area, pointsIn(even));
    expect(new Set(r.classes)).toEqual(new Set(['none']));
  });

  it('classes no cell when fewer than 30 points fall in the cells, and says how many it counted', () => {
    // 27 points in a 3 × 3 block: Gi* alone would call its centre a 99 % hot spot; the point outside is not counted.
    const r = computeCellHotspots(area, pointsIn([4, 5, 6].flatMap((row) => [4, 5, 6].map((col) => ({ row, col, n: 3 })))));
    const centre = r.grid.cellAt[5 * r.grid.cols + 5];
    expect(r.gi.z[centre]).toBeGreaterThan(3);
    expect(r.tooFew).toEqual({ incidents: 27, minimum: 30 });
    expect(new Set(r.classes)).toEqual(new Set(['none']));
  });

  it('classes the cells from 30 points in them on', () => {
    const block = [4, 5, 6].flatMap((row) => [4, 5, 6].map((col) => ({ row, col, n: 3 })));
    const r = computeCellHotspots(area, pointsIn([...block, { row: 0, col: 0, n: 1 }, { row: 10, col: 10, n: 1 }, { row: 0, col: 10, n: 1 }]));
    expect(r.tooFew).toBeNull();
    expect(r.classes[r.grid.cellAt[5 * r.grid.cols + 5]]).toBe('hot-99');
  });

  it('refuses a cell size that is not a positive number, as buildCellGrid does', () => {
    expect(() => computeCellHotspots({ ...area, cellSizeM: 0 }, pointsIn([]))).toThrow(HotspotInputError);
  });

  it('does not mutate the points', () => {
    const points = pointsIn([{ row: 1, col: 1, n: 3 }]);
    const copy = { lng: Float64Array.from(points.lng), lat: Float64Array.from(points.lat) };
    computeCellHotspots(area, points);
    expect(points).toEqual(copy);
  });
});
