import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { pointInRing } from './planar';
import { createRng } from './prng';
import { buildUrbanMesh, cellRing, locateCell } from './urban-mesh';

const centre = [107.5, 31.2];
// A square district 0.12° wide with the centre near its northern edge, like Dachuan's.
const district: Polygon = { type: 'Polygon', coordinates: [[[107.44, 31.095], [107.56, 31.095], [107.56, 31.215], [107.44, 31.215], [107.44, 31.095]]] };
const mesh = buildUrbanMesh({ centre, district, cellSizeM: 125, targetAreaKm2: 20, rng: createRng('t', 'mesh') });

describe('buildUrbanMesh', () => {
  it('reaches about the target area', () => {
    const km2 = (mesh.cells.length * 125 * 125) / 1e6;
    expect(km2).toBeGreaterThan(18);
    expect(km2).toBeLessThan(22);
  });

  it('keeps every cell inside the district and below its northern edge', () => {
    for (const c of mesh.cells) for (const k of c.ring) expect(mesh.vertices[k][1]).toBeLessThan(31.215);
  });

  it('rounds vertices to 7 decimals and shares them between neighbours', () => {
    expect(mesh.vertices.every(([x, y]) => Math.round(x * 1e7) / 1e7 === x && Math.round(y * 1e7) / 1e7 === y)).toBe(true);
    const a = mesh.cells[0];
    const b = mesh.cells[mesh.adjacency[0][0]];
    expect(a.ring.filter((k) => b.ring.includes(k))).toHaveLength(2);
  });

  it('builds convex counter-clockwise quads', () => {
    for (const c of mesh.cells) {
      const p = c.ring.map((k) => mesh.vertices[k]);
      for (let k = 0; k < 4; k++) {
        const [a, b, q] = [p[k], p[(k + 1) % 4], p[(k + 2) % 4]];
        expect((b[0] - a[0]) * (q[1] - b[1]) - (b[1] - a[1]) * (q[0] - b[0])).toBeGreaterThan(0);
      }
    }
  });

  it('is one piece: every cell reachable through shared edges', () => {
    const seen = new Set([0]);
    const queue = [0];
    while (queue.length) {
      for (const nb of mesh.adjacency[queue.pop()!]) {
        if (seen.has(nb)) continue;
        seen.add(nb);
        queue.push(nb);
      }
    }
    expect(seen.size).toBe(mesh.cells.length);
  });

  it('throws when the centre is outside the district', () => {
    expect(() => buildUrbanMesh({ centre: [100, 20], district, cellSizeM: 125, targetAreaKm2: 20, rng: createRng('t', 'mesh') })).toThrow(/outside/);
  });
});

describe('locateCell', () => {
  it('agrees with a brute-force point-in-polygon search', () => {
    const rng = createRng('t', 'points');
    const [minX, minY] = [107.46, 31.15];
    for (let k = 0; k < 400; k++) {
      const p = [minX + rng.next() * 0.08, minY + rng.next() * 0.065];
      const brute = mesh.cells.findIndex((c) => pointInRing(p, cellRing(mesh, c.id)));
      expect(locateCell(mesh, p)).toBe(brute);
    }
  });

  it('answers -1 far outside the urban area', () => {
    expect(locateCell(mesh, [108, 32])).toBe(-1);
  });
});
