import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature } from 'geojson';
import type { Area, CommunityProperties, StreetProperties } from '../api/feature-types';

/** A west, south, east, north box in degrees (EPSG:4326). */
export type Bounds = [number, number, number, number];

/** One view of the kiosk rotation. */
export interface Scene {
  kind: 'urban' | 'street' | 'hotspot';
  name: string; // the street's name, the community (else street) the hotspot lies in, or empty (the page words the rest)
  bounds: Bounds;
  /** The outline of the place the scene names (the street, the hotspot's community or street), drawn on the map. */
  area?: Area;
}

/** Something with a box and a weight (a grid and its residents). */
export interface WeightedBox {
  bounds: Bounds;
  weight: number;
}

/**
 * The urban core: the box around the boxes nearest the weighted centre that together hold `share` (0–1) of the
 * total weight. A district is mostly countryside with its grids in a small town; its bounding box shows them as a
 * speck, this shows the town, and leaves out a stray far grid. Distances in degrees (lng scaled by cos lat), boxes
 * EPSG:4326. No boxes (or no weight) answers null. Ties keep the input order. Does not mutate its input.
 */
export function coreBounds(boxes: readonly WeightedBox[], share = 0.9): Bounds | null {
  const weighted = boxes.filter((b) => b.weight > 0);
  const total = weighted.reduce((s, b) => s + b.weight, 0);
  if (total <= 0) return null;
  const centreOf = ({ bounds: [w, s, e, n] }: WeightedBox) => [(w + e) / 2, (s + n) / 2];
  const cx = weighted.reduce((s, b) => s + centreOf(b)[0] * b.weight, 0) / total;
  const cy = weighted.reduce((s, b) => s + centreOf(b)[1] * b.weight, 0) / total;
  const kx = Math.cos((cy * Math.PI) / 180);
  const distance = (b: WeightedBox) => Math.hypot((centreOf(b)[0] - cx) * kx, centreOf(b)[1] - cy);
  const nearest = weighted.map((b) => ({ b, d: distance(b) })).sort((p, q) => p.d - q.d);
  const core: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  let held = 0;
  for (const { b } of nearest) {
    core[0] = Math.min(core[0], b.bounds[0]);
    core[1] = Math.min(core[1], b.bounds[1]);
    core[2] = Math.max(core[2], b.bounds[2]);
    core[3] = Math.max(core[3], b.bounds[3]);
    held += b.weight;
    if (held >= share * total) break;
  }
  return core;
}

/**
 * The cell of a regular lng/lat lattice (cellDeg wide) holding the most points, grown by one cell on every side:
 * where incidents cluster now. Positions are flat [lng0, lat0, …] (EPSG:4326). No points answers null.
 * Ties go to the cell met first. Does not mutate its input.
 */
export function hotspotBounds(positions: ArrayLike<number>, cellDeg = 0.008): Bounds | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  let bestCount = 0;
  for (let i = 0; i + 1 < positions.length; i += 2) {
    const key = `${Math.floor(positions[i] / cellDeg)},${Math.floor(positions[i + 1] / cellDeg)}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n > bestCount) {
      bestCount = n;
      best = key;
    }
  }
  if (best === null) return null;
  const [cx, cy] = best.split(',').map(Number);
  return [(cx - 1) * cellDeg, (cy - 1) * cellDeg, (cx + 2) * cellDeg, (cy + 2) * cellDeg];
}

/**
 * The kiosk's scenes in order: the urban core (coreBounds of the grids) when there is one, each urban street (街道,
 * urban: true, in the order given), then the current hotspot when there is one. Towns and townships, and features
 * without geometry, are skipped. The whole district is no scene: its grids are a speck in its countryside.
 */
export function buildScenes(
  core: Bounds | null,
  streets: readonly Feature<Area | null, StreetProperties>[],
  hotspot: Bounds | null,
  communities: readonly Feature<Area | null, CommunityProperties>[] = [],
): Scene[] {
  const scenes: Scene[] = core ? [{ kind: 'urban', name: '', bounds: core }] : [];
  for (const s of streets) {
    if (s.geometry && s.properties.urban) scenes.push({ kind: 'street', name: s.properties.name, bounds: bbox(s.geometry) as Bounds, area: s.geometry });
  }
  if (hotspot) {
    // The room reads where the hotspot is, not only that there is one: the community (by the short name the
    // other views use, 南山社区 for 南山社区居民委员会) or else the street holding its centre.
    const community = areaAt(hotspot, communities);
    const place = community ?? areaAt(hotspot, streets);
    const name = community ? community.properties.shortName : (place?.properties.name ?? '');
    scenes.push({ kind: 'hotspot', name, bounds: hotspot, ...(place?.geometry ? { area: place.geometry } : {}) });
  }
  return scenes;
}

function areaAt<P>([w, s, e, n]: Bounds, areas: readonly Feature<Area | null, P>[]): Feature<Area | null, P> | undefined {
  const centre = [(w + e) / 2, (s + n) / 2];
  return areas.find((a) => a.geometry && booleanPointInPolygon(centre, a.geometry));
}
