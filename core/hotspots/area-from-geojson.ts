import type { MultiPolygon, Position } from 'geojson';
import { HotspotInputError } from './types';

/**
 * The study area of a GeoJSON FeatureCollection, Feature, GeometryCollection, Polygon or MultiPolygon, as one
 * MultiPolygon of all its polygons in [lng, lat] (the union of police districts is the city: overlaps and shared
 * edges are harmless, since a cell is in the area when it meets any of them). Other geometries (points, lines,
 * null) are ignored. Throws HotspotInputError when there is no polygon. Does not mutate input (the positions are
 * shared, not copied).
 */
export function areaFromGeojson(geojson: unknown): MultiPolygon {
  const polygons: Position[][][] = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const o = node as { type?: unknown; features?: unknown; geometry?: unknown; geometries?: unknown; coordinates?: unknown };
    if (o.type === 'FeatureCollection' && Array.isArray(o.features)) o.features.forEach(visit);
    else if (o.type === 'Feature') visit(o.geometry);
    else if (o.type === 'GeometryCollection' && Array.isArray(o.geometries)) o.geometries.forEach(visit);
    else if (o.type === 'Polygon' && Array.isArray(o.coordinates)) polygons.push(o.coordinates as Position[][]);
    else if (o.type === 'MultiPolygon' && Array.isArray(o.coordinates)) polygons.push(...(o.coordinates as Position[][][]));
  };
  visit(geojson);
  if (polygons.length === 0) throw new HotspotInputError('the area holds no Polygon or MultiPolygon');
  return { type: 'MultiPolygon', coordinates: polygons };
}
