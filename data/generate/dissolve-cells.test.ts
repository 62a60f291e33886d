import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { dissolveCells } from './dissolve-cells';

/** A unit-square lattice of n × n cells: vertex (i, j) at [j, i]; cell (i, j) id i × n + j, rings counter-clockwise. */
function lattice(n: number): { vertices: Position[]; rings: number[][]; id: (i: number, j: number) => number } {
  const vertices: Position[] = [];
  for (let i = 0; i <= n; i++) for (let j = 0; j <= n; j++) vertices.push([j, i]);
  const v = (i: number, j: number) => i * (n + 1) + j;
  const rings: number[][] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) rings.push([v(i, j), v(i, j + 1), v(i + 1, j + 1), v(i + 1, j)]);
  return { vertices, rings, id: (i, j) => i * n + j };
}

const polygons = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const planarArea = (ring: Position[]) => ring.slice(1).reduce((s, p, k) => s + (ring[k][0] * p[1] - p[0] * ring[k][1]) / 2, 0);

describe('dissolveCells', () => {
  const { vertices, rings, id } = lattice(4);

  it('dissolves a 2 × 2 block into one counter-clockwise ring without inner edges', () => {
    const g = dissolveCells(vertices, rings, [id(0, 0), id(0, 1), id(1, 0), id(1, 1)]);
    expect(g.type).toBe('Polygon');
    const ring = (g as Polygon).coordinates[0];
    expect(ring).toHaveLength(9); // 8 boundary vertices (the edge midpoints stay) + closing
    expect(ring[0]).toEqual(ring[8]);
    expect(planarArea(ring)).toBe(4);
    expect(ring.some((p) => p[0] === 1 && p[1] === 1)).toBe(false); // the centre vertex is interior
  });

  it('keeps a hole, wound clockwise, when cells surround an empty one', () => {
    const ids = [];
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) if (!(i === 1 && j === 1)) ids.push(id(i, j));
    const g = dissolveCells(vertices, rings, ids) as Polygon;
    expect(g.type).toBe('Polygon');
    expect(g.coordinates).toHaveLength(2);
    expect(turf.booleanClockwise(g.coordinates[0])).toBe(false);
    expect(turf.booleanClockwise(g.coordinates[1])).toBe(true);
    expect(planarArea(g.coordinates[0]) + planarArea(g.coordinates[1])).toBe(8);
  });

  it('splits cells touching only at a corner into two polygons sharing that vertex', () => {
    const g = dissolveCells(vertices, rings, [id(0, 0), id(1, 1)]);
    expect(g.type).toBe('MultiPolygon');
    const parts = polygons(g);
    expect(parts).toHaveLength(2);
    for (const p of parts) expect(p[0]).toHaveLength(5);
  });

  it('cuts two holes touching at a corner into two simple clockwise rings', () => {
    // All 16 cells but (1,1) and (2,2): two one-cell holes meeting at vertex [2, 2].
    const ids = Array.from({ length: 16 }, (_, k) => k).filter((k) => k !== id(1, 1) && k !== id(2, 2));
    const g = dissolveCells(vertices, rings, ids) as Polygon;
    expect(g.type).toBe('Polygon');
    for (const ring of g.coordinates) {
      const keys = ring.slice(0, -1).map((p) => p.join(','));
      expect(new Set(keys).size).toBe(keys.length); // simple: no vertex twice in one ring
    }
    expect(g.coordinates.map((r) => planarArea(r))).toEqual([16, -1, -1]);
  });

  it('keeps pieces that touch at two corners as two polygons around an exterior pocket', () => {
    // Rows from the south: XXX. / X.X. / XX.X / ..XX — the L in the north-east meets the rest only at corners.
    const ids = [id(0, 0), id(0, 1), id(0, 2), id(1, 0), id(1, 2), id(2, 0), id(2, 1), id(2, 3), id(3, 2), id(3, 3)];
    const parts = polygons(dissolveCells(vertices, rings, ids));
    expect(parts.map((p) => p.map((r) => planarArea(r)))).toEqual([[8, -1], [3]]); // 7 cells: an 8-cell outline around a 1-cell hole
  });

  it('cuts a hole touching the outer ring at a vertex into its own ring', () => {
    // A 3 × 3 block without its centre and without its north-east corner: the hole meets the outside at [2, 2].
    const ids = [id(0, 0), id(0, 1), id(0, 2), id(1, 0), id(1, 2), id(2, 0), id(2, 1)];
    const g = dissolveCells(vertices, rings, ids) as Polygon;
    expect(g.type).toBe('Polygon');
    expect(g.coordinates).toHaveLength(2);
    expect(planarArea(g.coordinates[0])).toBe(8);
    expect(planarArea(g.coordinates[1])).toBe(-1);
  });

  it('reproduces shared vertices bit for bit, so neighbours share their boundary exactly', () => {
    const west = dissolveCells(vertices, rings, [id(0, 0), id(1, 0)]) as Polygon;
    const east = dissolveCells(vertices, rings, [id(0, 1), id(1, 1)]) as Polygon;
    const shared = (p: Position) => p[0] === 1;
    const open = (g: Polygon) => g.coordinates[0].slice(0, -1);
    expect(open(west).filter(shared).map(String).sort()).toEqual(open(east).filter(shared).map(String).sort());
  });

  it('does not mutate its inputs and returns fresh coordinate arrays', () => {
    const before = JSON.stringify({ vertices, rings });
    const g = dissolveCells(vertices, rings, [id(0, 0)]) as Polygon;
    g.coordinates[0][0][0] = 99;
    expect(JSON.stringify({ vertices, rings })).toBe(before);
  });

  it('throws on an empty set of cells', () => {
    expect(() => dissolveCells(vertices, rings, [])).toThrow(/no cells/);
  });
});
