import { featureCollection, polygon as turfPolygon, union } from '@turf/turf';
import type { MultiPolygon, Position } from 'geojson';
import { vertexKey as key } from '../geometry/vertex-key';
import { createLocalFrame } from './create-local-frame';
import { measureUnitGeometry } from './measure-unit-geometry';
import type { AdjacencyPair, RedistrictUnit } from './types';

/**
 * One MultiPolygon a district (EPSG:4326), dissolved along the unit adjacency instead of unioning polygons (Turf
 * issues 2092, 2832: unioning many polygons is slow and can hang): every unit ring contributes directed edges
 * (outer rings counter-clockwise, holes clockwise), edges shared by two units of the district cancel, and the rest
 * are walked into simple rings, holes going to the smallest outer ring holding them. When the remaining boundary is
 * longer than the district perimeter measured from the adjacency (neighbours digitised with different vertices, so
 * edges could not cancel), that district falls back to one polygon-clipping union of its units. Point units are
 * skipped; a district of points only is absent. Keys are district numbers. Does not mutate input.
 */
export function dissolveDistricts(
  units: readonly RedistrictUnit[],
  adjacency: readonly AdjacencyPair[],
  assignment: ReadonlyMap<string, number>,
): Map<number, MultiPolygon> {
  const frame = createLocalFrame(units);
  const measures = measureUnitGeometry(units, frame);
  const byDistrict = new Map<number, number[]>();
  units.forEach((u, i) => {
    if (u.geometry.type === 'Point') return;
    const d = assignment.get(u.id);
    if (d === undefined) return;
    if (!byDistrict.has(d)) byDistrict.set(d, []);
    byDistrict.get(d)!.push(i);
  });
  const internal = new Map<number, number>();
  for (const p of adjacency) {
    const da = assignment.get(p.a);
    if (da !== undefined && da === assignment.get(p.b)) internal.set(da, (internal.get(da) ?? 0) + (p.sharedLengthM ?? 0));
  }
  const out = new Map<number, MultiPolygon>();
  for (const [d, list] of [...byDistrict].sort((a, b) => a[0] - b[0])) {
    const expectedM = list.reduce((s, i) => s + measures[i].perimeterM, 0) - 2 * (internal.get(d) ?? 0);
    const rings = cancelSharedEdges(list.map((i) => units[i]));
    let lengthM = 0;
    for (const ring of rings) for (let v = 1; v < ring.length; v++) {
      const [x1, y1] = frame.project(ring[v - 1]);
      const [x2, y2] = frame.project(ring[v]);
      lengthM += Math.hypot(x2 - x1, y2 - y1);
    }
    out.set(d, lengthM <= expectedM * (1 + 1e-6) + 1 ? assemblePolygons(rings) : unionUnits(list.map((i) => units[i])));
  }
  return out;
}

function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 1; i < ring.length; i++) s += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return s / 2;
}

/** Directed boundary edges of the units with shared (opposite) edges cancelled, walked into simple closed rings. */
function cancelSharedEdges(units: RedistrictUnit[]): Position[][] {
  const point = new Map<string, Position>();
  const edges = new Map<string, number>();
  for (const u of units) {
    const g = u.geometry;
    if (g.type === 'Point') continue;
    for (const rings of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
      rings.forEach((ring, r) => {
        const ccw = signedArea(ring) > 0;
        const oriented = ccw === (r === 0) ? ring : ring.slice().reverse();
        for (let v = 0; v + 1 < oriented.length; v++) {
          const a = key(oriented[v]);
          const b = key(oriented[v + 1]);
          if (a === b) continue;
          point.set(a, oriented[v]);
          const reverse = `${b}>${a}`;
          const reverseCount = edges.get(reverse) ?? 0;
          if (reverseCount > 0) {
            if (reverseCount === 1) edges.delete(reverse);
            else edges.set(reverse, reverseCount - 1);
          } else edges.set(`${a}>${b}`, (edges.get(`${a}>${b}`) ?? 0) + 1);
        }
      });
    }
  }
  const outgoing = new Map<string, string[]>();
  for (const [edge, count] of edges) {
    const [a, b] = edge.split('>');
    for (let c = 0; c < count; c++) {
      if (!outgoing.has(a)) outgoing.set(a, []);
      outgoing.get(a)!.push(b);
    }
  }
  const rings: Position[][] = [];
  for (const start of outgoing.keys()) {
    // Each vertex has as many edges in as out, so a walk always continues; a revisited vertex closes a loop.
    const path = [start];
    const position = new Map([[start, 0]]);
    while (true) {
      const current = path[path.length - 1];
      const next = outgoing.get(current)?.pop();
      if (next === undefined) break;
      const at = position.get(next);
      if (at === undefined) {
        position.set(next, path.length);
        path.push(next);
        continue;
      }
      const loop = path.slice(at);
      loop.push(next);
      if (loop.length >= 4) rings.push(loop.map((k) => point.get(k)!));
      for (const k of path.slice(at + 1)) position.delete(k);
      path.length = at + 1;
    }
  }
  return rings;
}

function contains(ring: Position[], p: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function assemblePolygons(rings: Position[][]): MultiPolygon {
  const outers = rings.filter((r) => signedArea(r) > 0).map((r) => ({ ring: r, area: signedArea(r), holes: [] as Position[][] }));
  for (const hole of rings.filter((r) => signedArea(r) < 0)) {
    const probe = [(hole[0][0] + hole[1][0]) / 2, (hole[0][1] + hole[1][1]) / 2];
    const host = outers.filter((o) => contains(o.ring, probe)).sort((a, b) => a.area - b.area)[0];
    host?.holes.push(hole);
  }
  return { type: 'MultiPolygon', coordinates: outers.map((o) => [o.ring, ...o.holes]) };
}

function unionUnits(units: RedistrictUnit[]): MultiPolygon {
  const polygons = units.flatMap((u) =>
    u.geometry.type === 'Polygon' ? [turfPolygon(u.geometry.coordinates)] : u.geometry.type === 'MultiPolygon' ? u.geometry.coordinates.map((c) => turfPolygon(c)) : [],
  );
  const merged = union(featureCollection(polygons));
  if (!merged) return { type: 'MultiPolygon', coordinates: [] };
  return merged.geometry.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [merged.geometry.coordinates] } : merged.geometry;
}
