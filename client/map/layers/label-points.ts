import { area, bbox, booleanPointInPolygon, centroid, pointOnFeature, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Area } from '../../api/feature-types';

export type LabelRank = 'street' | 'community';

/** A name to draw on the map at a point (EPSG:4326). */
export interface LabelPoint {
  position: [number, number];
  text: string;
  rank: LabelRank;
  /** Other places inside the area to write it, tried in order when `position` would overlap a label kept before. */
  alternatives?: [number, number][];
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

// Fractions of the area's box height and width to move the label by when its middle is taken, say by the name of
// the street it lies in: the middle of a street and of its central community are often one spot.
const shifts: [number, number][] = [[0, -0.25], [0, 0.25], [-0.25, 0], [0.25, 0]];

function alternativesInside(part: Feature<Polygon>, [lng, lat]: [number, number]): [number, number][] {
  const [w, s, e, n] = bbox(part);
  return shifts
    .map(([dx, dy]): [number, number] => [lng + dx * (e - w), lat + dy * (n - s)])
    .filter((p) => booleanPointInPolygon(p, part));
}

/**
 * Where to write an area's name: the centroid of its largest part, or a point surely inside that part when the
 * centroid falls outside (a crescent, say), with points a quarter of the way to its edges as alternatives. Features without geometry or parts are skipped; input is not mutated.
 */
export function labelPoints<P>(fc: FeatureCollection<Area | null, P>, rank: LabelRank, nameOf: (p: P) => string): LabelPoint[] {
  const labels: LabelPoint[] = [];
  for (const f of fc.features) {
    if (!f.geometry || (f.geometry.type === 'MultiPolygon' && f.geometry.coordinates.length === 0)) continue;
    const part = largestPart(f.geometry);
    let point = centroid(part);
    if (!booleanPointInPolygon(point, part)) point = pointOnFeature(part);
    const [lng, lat] = point.geometry.coordinates;
    labels.push({ position: [lng, lat], text: nameOf(f.properties), rank, alternatives: alternativesInside(part, [lng, lat]) });
  }
  return labels;
}
