import { area, booleanPointInPolygon, centroid, pointOnFeature, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Area } from '../../api/feature-types';

export type LabelRank = 'street' | 'community';

/** A name to draw on the map at a point (EPSG:4326). */
export interface LabelPoint {
  position: [number, number];
  text: string;
  rank: LabelRank;
}

function largestPart(geometry: Area): Feature<Polygon> {
  if (geometry.type === 'Polygon') return polygon(geometry.coordinates);
  let best: Feature<Polygon> | null = null;
  let bestArea = -1;
  for (const rings of geometry.coordinates) {
    const part = polygon(rings);
    const a = area(part);
    if (a > bestArea) [best, bestArea] = [part, a];
  }
  if (!best) throw new Error('a MultiPolygon without parts has no label point');
  return best;
}

/**
 * Where to write an area's name: the centroid of its largest part, or a point surely inside that part when the
 * centroid falls outside (a crescent, say). Features without geometry or parts are skipped; input is not mutated.
 */
export function labelPoints<P>(fc: FeatureCollection<Area | null, P>, rank: LabelRank, nameOf: (p: P) => string): LabelPoint[] {
  const labels: LabelPoint[] = [];
  for (const f of fc.features) {
    if (!f.geometry || (f.geometry.type === 'MultiPolygon' && f.geometry.coordinates.length === 0)) continue;
    const part = largestPart(f.geometry);
    let point = centroid(part);
    if (!booleanPointInPolygon(point, part)) point = pointOnFeature(part);
    const [lng, lat] = point.geometry.coordinates;
    labels.push({ position: [lng, lat], text: nameOf(f.properties), rank });
  }
  return labels;
}
