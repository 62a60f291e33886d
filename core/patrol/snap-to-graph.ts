import { measureDistanceMRaw } from './measure-distance-m';
import type { LngLat, RoadGraph } from './types';

export interface SnapOptions {
  /** Only nodes of this strongly connected component (0 = the largest); default any node. */
  component?: number;
}

export interface Snap {
  node: number;
  /** The node's position. */
  lngLat: LngLat;
  /** Haversine metres from the point to the node. */
  distanceM: number;
}

/**
 * The graph node nearest to a [lng, lat] point (EPSG:4326), with the haversine distance in metres; null when the
 * graph (or the component asked for) has no node. Snaps to a node, not to a point inside an edge: OSM ways carry a
 * vertex every few metres in town, so the difference is small, and a node needs no split edge for routing.
 * A linear scan (a few ms for 100 points on a city district of 5,000 nodes); ties go to the lowest node index.
 */
export function snapToGraph(graph: RoadGraph, lngLat: LngLat, options: SnapOptions = {}): Snap | null {
  const [lng, lat] = lngLat;
  const coslat = Math.cos((lat * Math.PI) / 180);
  let best = -1;
  let bestD2 = Infinity;
  const ll = graph.nodeLngLat;
  for (let v = 0; v < graph.nodeCount; v++) {
    if (options.component !== undefined && graph.component[v] !== options.component) continue;
    // Equirectangular squared distance ranks nodes well at city scale; the winner's distance is then exact.
    const dx = (ll[2 * v] - lng) * coslat;
    const dy = ll[2 * v + 1] - lat;
    const d2 = dx * dx + dy * dy;
    if (d2 < bestD2) {
      bestD2 = d2;
      best = v;
    }
  }
  if (best < 0) return null;
  const node: LngLat = [ll[2 * best], ll[2 * best + 1]];
  return { node: best, lngLat: node, distanceM: measureDistanceMRaw(lng, lat, node[0], node[1]) };
}
