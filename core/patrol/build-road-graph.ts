import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { describeWay, type WayTags } from './describe-way';
import { measureDistanceMRaw } from './measure-distance-m';
import { createRoadGraphBuilder } from './road-graph-builder';
import { PatrolInputError, type RoadGraph, type TravelMode } from './types';

export interface BuildRoadGraphOptions {
  mode: TravelMode;
  /**
   * Without `node_refs`, vertices whose coordinates round to the same multiple of this (degrees) are one node;
   * default 1e-7 (about 1 cm, OSM's own precision).
   */
  coordinatePrecisionDeg?: number;
}

/**
 * Builds a directed routing graph for one travel mode from GeoJSON LineString (or MultiLineString) road features in
 * EPSG:4326. A feature whose properties carry `node_refs` (OSM node ids, one per vertex, in order) is joined to the
 * others where ids are shared — an intersection; without them, vertices with equal rounded coordinates are joined.
 * Properties read: highway, oneway, junction, maxspeed, access, foot (see describe-way.ts for the rules and speeds).
 * Edge lengths are haversine metres between consecutive vertices; edge times are minutes at the way's speed.
 * Features of other geometry types, or that the mode may not use, are skipped. Does not mutate the input.
 */
export function buildRoadGraph(roads: FeatureCollection | Feature[], options: BuildRoadGraphOptions): RoadGraph {
  const features = Array.isArray(roads) ? roads : roads.features;
  if (!Array.isArray(features)) throw new PatrolInputError('roads must be a FeatureCollection or an array of features');
  const precision = options.coordinatePrecisionDeg ?? 1e-7;
  if (!(precision > 0)) throw new PatrolInputError('coordinatePrecisionDeg must be > 0');

  const graph = createRoadGraphBuilder<string | number>();
  let maxSpeedKmh = 0;

  features.forEach((f, fi) => {
    const profile = f?.properties ? describeWay(f.properties as WayTags, options.mode) : null;
    if (!profile) return;
    maxSpeedKmh = Math.max(maxSpeedKmh, profile.speedKmh);
    for (const { coords, refs } of partsOf(f.geometry, f.properties?.node_refs)) {
      const node = coords.map((p, k) => graph.nodeOf(refs ? refs[k] : `${Math.round(p[0] / precision)},${Math.round(p[1] / precision)}`, p));
      for (let k = 1; k < node.length; k++) {
        const [a, b] = [node[k - 1], node[k]];
        if (a === b) continue;
        const { lngLat } = graph;
        const m = measureDistanceMRaw(lngLat[2 * a], lngLat[2 * a + 1], lngLat[2 * b], lngLat[2 * b + 1]);
        const min = m / ((profile.speedKmh * 1000) / 60);
        if (profile.forward) graph.addEdge(a, b, m, min, fi);
        if (profile.backward) graph.addEdge(b, a, m, min, fi);
      }
    }
  });

  return graph.finish(options.mode, maxSpeedKmh);
}

/** The vertex lists of a LineString (with its node_refs when they match one to one) or of each MultiLineString part. */
function partsOf(geometry: Geometry | null, nodeRefs: unknown): { coords: Position[]; refs: (string | number)[] | null }[] {
  if (geometry?.type === 'LineString') {
    const coords = geometry.coordinates;
    const refs = Array.isArray(nodeRefs) && nodeRefs.length === coords.length ? (nodeRefs as (string | number)[]) : null;
    return [{ coords, refs }];
  }
  if (geometry?.type === 'MultiLineString') return geometry.coordinates.map((coords) => ({ coords, refs: null }));
  return [];
}
