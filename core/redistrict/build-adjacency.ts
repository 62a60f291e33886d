import { undirectedEdgeKey, vertexKey } from '../geometry/vertex-key';
import { createLocalFrame } from './create-local-frame';
import type { AdjacencyPair, RedistrictUnit } from './types';

interface Segment {
  unit: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lengthM: number;
}

/**
 * Rook adjacency of polygon units from their shared boundaries: two units are adjacent when their boundaries share a
 * stretch of positive length (touching at a corner is not enough); sharedLengthM is that stretch's length in metres
 * (local frame, see createLocalFrame). Fast path: boundary segments with identical vertices (after snapping to 1e-7°)
 * are matched through a hash. Second pass for the rest (neighbours digitised with different vertices): segments
 * are bucketed in a uniform grid and overlapping collinear segments (within toleranceM) are measured. Point units
 * have no boundary and get no pairs. Pairs are sorted by (a, b) with a < b in input order. Does not mutate input.
 */
export function buildAdjacency(units: readonly RedistrictUnit[], toleranceM = 0.5): AdjacencyPair[] {
  const frame = createLocalFrame(units);
  const shared = new Map<number, number>();
  const addShared = (i: number, j: number, lengthM: number) => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const key = a * units.length + b;
    shared.set(key, (shared.get(key) ?? 0) + lengthM);
  };
  const firstOwner = new Map<string, Segment>();
  const matched = new Set<Segment>();
  const segments: Segment[] = [];
  units.forEach((unit, index) => {
    const g = unit.geometry;
    if (g.type === 'Point') return;
    const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
    for (const ring of rings) {
      for (let v = 0; v + 1 < ring.length; v++) {
        const ka = vertexKey(ring[v]);
        const kb = vertexKey(ring[v + 1]);
        if (ka === kb) continue;
        const [x1, y1] = frame.project(ring[v]);
        const [x2, y2] = frame.project(ring[v + 1]);
        const segment = { unit: index, x1, y1, x2, y2, lengthM: Math.hypot(x2 - x1, y2 - y1) };
        const key = undirectedEdgeKey(ka, kb);
        const owner = firstOwner.get(key);
        if (owner && owner.unit !== index && !matched.has(owner)) {
          addShared(owner.unit, index, segment.lengthM);
          matched.add(owner);
          matched.add(segment);
        } else if (!owner) {
          firstOwner.set(key, segment);
        }
        segments.push(segment);
      }
    }
  });
  matchCollinearSegments(segments.filter((s) => !matched.has(s)), toleranceM, addShared);
  const pairs: AdjacencyPair[] = [];
  for (const [key, lengthM] of shared) {
    if (lengthM <= toleranceM) continue;
    const a = Math.floor(key / units.length);
    pairs.push({ a: units[a].id, b: units[key - a * units.length].id, sharedLengthM: lengthM });
  }
  const order = new Map(units.map((u, i) => [u.id, i]));
  return pairs.sort((p, q) => order.get(p.a)! - order.get(q.a)! || order.get(p.b)! - order.get(q.b)!);
}

/** Second pass: segments of different units lying on one line within toleranceM; adds the overlap's length. */
function matchCollinearSegments(
  segments: Segment[],
  toleranceM: number,
  addShared: (i: number, j: number, lengthM: number) => void,
): void {
  if (segments.length < 2) return;
  const lengths = segments.map((s) => s.lengthM).sort((a, b) => a - b);
  const cell = Math.max(lengths[Math.floor(lengths.length / 2)] * 2, toleranceM * 4);
  const grid = new Map<string, number[]>();
  segments.forEach((s, index) => {
    forCells(s, cell, toleranceM, (key) => {
      const list = grid.get(key);
      if (list) list.push(index);
      else grid.set(key, [index]);
    });
  });
  segments.forEach((s, index) => {
    const seen = new Set<number>();
    forCells(s, cell, toleranceM, (key) => {
      for (const other of grid.get(key) ?? []) {
        if (other <= index || seen.has(other)) continue;
        seen.add(other);
        const t = segments[other];
        if (t.unit === s.unit) continue;
        const overlap = collinearOverlapM(s, t, toleranceM);
        if (overlap > 0) addShared(s.unit, t.unit, overlap);
      }
    });
  });
}

function forCells(s: Segment, cell: number, pad: number, visit: (key: string) => void): void {
  const x0 = Math.floor((Math.min(s.x1, s.x2) - pad) / cell);
  const x1 = Math.floor((Math.max(s.x1, s.x2) + pad) / cell);
  const y0 = Math.floor((Math.min(s.y1, s.y2) - pad) / cell);
  const y1 = Math.floor((Math.max(s.y1, s.y2) + pad) / cell);
  // A very long segment (a straight state line) spans many cells; cap the walk by sampling its own cells only.
  if ((x1 - x0 + 1) * (y1 - y0 + 1) > 64) {
    const steps = Math.ceil(s.lengthM / cell) + 1;
    for (let i = 0; i <= steps; i++) {
      const x = s.x1 + ((s.x2 - s.x1) * i) / steps;
      const y = s.y1 + ((s.y2 - s.y1) * i) / steps;
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) visit(`${Math.floor(x / cell) + dx},${Math.floor(y / cell) + dy}`);
      }
    }
    return;
  }
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) visit(`${x},${y}`);
}

/** Length of the stretch two segments share when both lie on one line (within toleranceM), else 0. */
function collinearOverlapM(s: Segment, t: Segment, toleranceM: number): number {
  if (s.lengthM === 0 || t.lengthM === 0) return 0;
  const ux = (s.x2 - s.x1) / s.lengthM;
  const uy = (s.y2 - s.y1) / s.lengthM;
  const off1 = Math.abs((t.x1 - s.x1) * uy - (t.y1 - s.y1) * ux);
  const off2 = Math.abs((t.x2 - s.x1) * uy - (t.y2 - s.y1) * ux);
  if (off1 > toleranceM || off2 > toleranceM) return 0;
  const p1 = (t.x1 - s.x1) * ux + (t.y1 - s.y1) * uy;
  const p2 = (t.x2 - s.x1) * ux + (t.y2 - s.y1) * uy;
  const overlap = Math.min(s.lengthM, Math.max(p1, p2)) - Math.max(0, Math.min(p1, p2));
  return overlap > toleranceM ? overlap : 0;
}
