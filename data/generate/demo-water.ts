/**
 * The demo water (issue 11, part 2): one river, named 明月江 after a river of the district, drawn along the
 * south side of the urban area. It is generated, not surveyed (demo data like the roads): the course follows
 * the urban area's southern edge 260 m out, kept clear of it, and reaches 4 km beyond the city at each end, cut
 * where it would leave the district. No randomness: the river follows from the mesh alone, so adding it changed
 * no other part's numbers. The river is two rows: its centre line (its name is drawn along it) and its surface.
 */
import * as turf from '@turf/turf';
import type { LineString, MultiPolygon, Polygon } from 'geojson';
import { pointInArea, roundPosition, toLngLat, toMetres } from './planar';
import type { UrbanMesh } from './urban-mesh';

export interface WaterRow {
  code: string;
  kind: 'river' | 'riverbank';
  name: string;
  geom: LineString | Polygon;
}

const RIVER_NAME = '明月江';
const SLICE_M = 100;
const OFFSET_M = 260; // from the urban area's southern edge to the river's centre line
const REACH_M = 4000; // beyond the city at each end
const HALF_WIDTH_M = 45; // a water surface ~90 m wide
const MEANDER_M = 70;
const SMOOTH = 4; // slices each side: the river keeps clear of every urban vertex near it

/** The demo river's centre line and water surface for `mesh`, inside `district`. Throws on an empty mesh. */
export function buildDemoWater(mesh: UrbanMesh, district: Polygon | MultiPolygon): WaterRow[] {
  const { frame } = mesh;
  const urban = new Set<number>();
  mesh.cells.forEach((cell) => cell.ring.forEach((id) => urban.add(id)));
  if (urban.size === 0) throw new Error('buildDemoWater: the mesh has no urban cells');
  const vertices = [...urban].map((id) => toMetres(frame, mesh.vertices[id]));
  // The southern edge: in 100 m slices west to east, the lowest urban vertex near the slice.
  const xs = vertices.map(([x]) => x);
  const west = Math.min(...xs);
  const east = Math.max(...xs);
  const slices: { x: number; y: number }[] = [];
  for (let x = west; x <= east; x += SLICE_M) {
    const near = vertices.filter(([vx]) => Math.abs(vx - x) <= SLICE_M);
    if (near.length > 0) slices.push({ x, y: Math.min(...near.map(([, y]) => y)) - OFFSET_M });
  }
  const profile = slices.map((s, k) => ({ x: s.x, y: Math.min(...slices.slice(Math.max(0, k - SMOOTH), k + SMOOTH + 1).map((n) => n.y)) }));
  const first = profile[0];
  const last = profile[profile.length - 1];
  const course = [{ x: first.x - REACH_M, y: first.y }, ...profile, { x: last.x + REACH_M, y: last.y }];
  // A gentle bend, away from the city only, so the reaches beyond it do not run ruler-straight.
  const meander = (x: number, y: number) => toLngLat(frame, x, y - MEANDER_M * (1 + Math.sin(x / 800)));
  const dense: [number, number][] = [];
  for (let k = 0; k < course.length - 1; k++) {
    const a = course[k];
    const b = course[k + 1];
    const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / SLICE_M));
    for (let s = 0; s < steps; s++) dense.push(meander(a.x + ((b.x - a.x) * s) / steps, a.y + ((b.y - a.y) * s) / steps));
  }
  dense.push(meander(last.x + REACH_M, last.y));
  const line = longestRunInside(dense, district).map((p) => roundPosition(p, 6));
  if (line.length < 2) return [];
  const centre: LineString = { type: 'LineString', coordinates: line };
  const surface = turf.buffer(turf.lineString(line), HALF_WIDTH_M / 1000, { units: 'kilometers', steps: 4 })!.geometry as Polygon;
  const rounded: Polygon = { type: 'Polygon', coordinates: surface.coordinates.map((ring) => ring.map((p) => roundPosition(p, 6))) };
  return [
    { code: 'W01', kind: 'river', name: RIVER_NAME, geom: centre },
    { code: 'W01-S', kind: 'riverbank', name: RIVER_NAME, geom: rounded },
  ];
}

/** The longest stretch of consecutive points inside `area`. */
function longestRunInside(points: [number, number][], area: Polygon | MultiPolygon): [number, number][] {
  let best: [number, number][] = [];
  let run: [number, number][] = [];
  for (const p of points) {
    if (pointInArea(p, area)) run.push(p);
    else run = [];
    if (run.length > best.length) best = run.slice();
  }
  return best;
}
