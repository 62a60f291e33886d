import { bbox } from '@turf/turf';
import type { Feature } from 'geojson';
import type { Area, StreetProperties } from '../api/feature-types';

/** A west, south, east, north box in degrees (EPSG:4326). */
export type Bounds = [number, number, number, number];

/** One view of the kiosk rotation. */
export interface Scene {
  kind: 'district' | 'urban' | 'street' | 'hotspot';
  name: string; // the street's name; empty for the district and the hotspot (the page words them)
  bounds: Bounds;
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
 * The kiosk's scenes in order: the whole district, each urban street (街道, urban: true, in the order given),
 * then the current hotspot when there is one. Towns and townships, and features without geometry, are skipped.
 */
export function buildScenes(districtBounds: Bounds, streets: readonly Feature<Area | null, StreetProperties>[], hotspot: Bounds | null): Scene[] {
  const scenes: Scene[] = [{ kind: 'district', name: '', bounds: districtBounds }];
  for (const s of streets) {
    if (s.geometry && s.properties.urban) scenes.push({ kind: 'street', name: s.properties.name, bounds: bbox(s.geometry) as Bounds });
  }
  if (hotspot) scenes.push({ kind: 'hotspot', name: '', bounds: hotspot });
  return scenes;
}
