import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildCellGrid } from './build-cell-grid';
import { countPointsPerCell } from './count-points-per-cell';
import { createUtmFrame } from './create-utm-frame';
import { markAreaSquares } from './mark-area-squares';
import { HotspotInputError } from './types';

const lattice = { originX: 0, originY: 0, cellSizeM: 10, rows: 4, cols: 4 };
const flagsAt = (mark: Uint8Array) => [...mark.keys()].filter((i) => mark[i]).map((i) => [Math.floor(i / 4), i % 4]);

describe('markAreaSquares', () => {
  it('marks the squares a small triangle meets, though its centre-line misses most of them', () => {
    const mark = markAreaSquares([[[[1, 1], [18, 1], [1, 18]]]], lattice);
    expect(flagsAt(mark)).toEqual([[0, 0], [0, 1], [1, 0]]);
  });

  it('leaves unmarked a square that lies wholly in a hole, and keeps those the boundary of the hole crosses', () => {
    const outer = [[-1, -1], [41, -1], [41, 41], [-1, 41]];
    const hole = [[9, 9], [21, 9], [21, 21], [9, 21]];
    const mark = markAreaSquares([[outer, hole]], lattice);
    expect(flagsAt(mark)).toHaveLength(15);
    expect(mark[1 * 4 + 1]).toBe(0);
  });

  it('marks the union of two polygons, including a far one', () => {
    const a = [[[0, 0], [9, 0], [9, 9], [0, 9]]];
    const b = [[[31, 31], [39, 31], [39, 39], [31, 39]]];
    expect(flagsAt(markAreaSquares([a, b], lattice))).toEqual([[0, 0], [3, 3]]);
  });
});

const frame = createUtmFrame([-122.65, 45.52]);
const [x0, y0] = frame.toXY([-122.7, 45.5]);
const boxPolygon = (size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]].map((p) => frame.toLngLat(p))],
});

describe('buildCellGrid', () => {
  it('covers a box with floor(extent/side) + 1 squares a side, ordered by row then col', () => {
    const grid = buildCellGrid({ bboxXY: [0, 0, 1000, 450], frame, cellSizeM: 100 });
    expect([grid.rows, grid.cols, grid.cells.length]).toEqual([5, 11, 55]);
    expect(grid.cells.slice(0, 3).map((c) => [c.row, c.col])).toEqual([[0, 0], [0, 1], [0, 2]]);
    expect(grid.cells.every((c, i) => c.index === i && grid.cellAt[c.row * grid.cols + c.col] === i)).toBe(true);
  });

  it('builds each cell polygon from the projected corners, closed, with the centre inside', () => {
    const grid = buildCellGrid({ area: boxPolygon(950), frame, cellSizeM: 100 });
    const cell = grid.cells[0];
    expect(cell.polygon).toHaveLength(5);
    expect(cell.polygon[4]).toEqual(cell.polygon[0]);
    const [sx, sy] = frame.toXY(cell.polygon[0]);
    const [nx, ny] = frame.toXY(cell.polygon[2]);
    expect([nx - sx, ny - sy].map((d) => Math.abs(d - 100) < 1e-6)).toEqual([true, true]);
    const [cx, cy] = frame.toXY(cell.center);
    expect([Math.abs(cx - sx - 50) < 1e-6, Math.abs(cy - sy - 50) < 1e-6]).toEqual([true, true]);
  });

  it('keeps every square that intersects the area, so a 950 m square in 100 m cells gives 10 × 10', () => {
    const grid = buildCellGrid({ area: boxPolygon(950), frame, cellSizeM: 100 });
    expect(grid.cells.length).toBe(100);
  });

  it('includes empty cells and counts points outside the study area separately', () => {
    const grid = buildCellGrid({ area: boxPolygon(950), frame, cellSizeM: 100 });
    const inside = frame.toLngLat([x0 + 150, y0 + 250]);
    const outside = frame.toLngLat([x0 - 500, y0 + 250]);
    const points = { lng: Float64Array.of(inside[0], inside[0], outside[0], Number.NaN), lat: Float64Array.of(inside[1], inside[1], outside[1], 45.5) };
    const copy = { lng: points.lng.slice(), lat: points.lat.slice() };
    const { counts, cellOfPoint, outside: dropped } = countPointsPerCell(points, grid);
    expect(counts.length).toBe(100);
    expect(counts[grid.cellAt[2 * grid.cols + 1]]).toBe(2);
    expect(counts.reduce((s, v) => s + v, 0)).toBe(2);
    expect(counts.filter((c) => c === 0).length).toBe(99);
    expect([...cellOfPoint]).toEqual([grid.cellAt[2 * grid.cols + 1], grid.cellAt[2 * grid.cols + 1], -1, -1]);
    expect(dropped).toBe(2);
    expect(points).toEqual(copy);
  });

  it('aligned, starts on a multiple of the side, so lattices over different extents share their squares', () => {
    const frame = createUtmFrame([107.5, 31.2]);
    const [x, y] = frame.toXY([107.5, 31.2]);
    // A patrol's square around a start, and a district-wide extent whose corner lies elsewhere.
    const around = buildCellGrid({ bboxXY: [x - 1500, y - 1500, x + 1500, y + 1500], frame, cellSizeM: 150, aligned: true });
    const wide = buildCellGrid({ bboxXY: [x - 7321.4, y - 5003.9, x + 6000, y + 4000], frame, cellSizeM: 150, aligned: true });
    expect(around.originX % 150).toBe(0);
    expect(wide.originY % 150).toBe(0);
    const key = (g: typeof around, i: number) => `${g.originX + g.col[i] * 150},${g.originY + g.row[i] * 150}`;
    const wideSquares = new Set(wide.cells.map((_, i) => key(wide, i)));
    expect(around.cells.every((_, i) => wideSquares.has(key(around, i)))).toBe(true);
    // Unaligned, each starts at its own corner, and the squares differ.
    const loose = buildCellGrid({ bboxXY: [x - 1500, y - 1500, x + 1500, y + 1500], frame, cellSizeM: 150 });
    expect(loose.cells.some((_, i) => !wideSquares.has(key(loose, i)))).toBe(true);
  });

  it('refuses a side that is not positive, an area without rings, and absurd lattices', () => {
    expect(() => buildCellGrid({ area: boxPolygon(950), cellSizeM: 0 })).toThrow(HotspotInputError);
    expect(() => buildCellGrid({ area: { type: 'Polygon', coordinates: [] }, cellSizeM: 100 })).toThrow(/no polygon/);
    expect(() => buildCellGrid({ area: { type: 'Polygon', coordinates: [[[0, 0], [1, Number.NaN], [1, 1]]] }, cellSizeM: 100 })).toThrow(/not \[lng, lat\]/);
    expect(() => buildCellGrid({ area: boxPolygon(950), cellSizeM: 0.01 })).toThrow(/limit/);
    expect(() => buildCellGrid({ bboxXY: [10, 0, 0, 10], frame, cellSizeM: 1 })).toThrow(/min ≤ max/);
  });

  it('is deterministic and does not mutate the area', () => {
    const area = boxPolygon(730);
    const copy = structuredClone(area);
    const a = buildCellGrid({ area, cellSizeM: 150 });
    const b = buildCellGrid({ area, cellSizeM: 150 });
    expect(a.cells).toEqual(b.cells);
    expect(area).toEqual(copy);
  });
});
