import { findShortestPathTree, tracePath } from './find-shortest-path-tree';
import { snapToGraph, type Snap } from './snap-to-graph';
import type { LngLat, RoadGraph, TravelMatrix } from './types';

export const ROAD_METHOD = 'road network (TypeScript Dijkstra)';

export interface RoadTravelMatrixOptions {
  /**
   * Snap points only to nodes of the largest strongly connected component (default true): a lone footway in a
   * courtyard, or by car a oneway that leaves the extract, a few metres closer would otherwise leave a stop
   * unreachable though a street passes by. False snaps to the nearest node of any component.
   */
  snapToLargestComponent?: boolean;
}

export interface RoadTravelMatrix extends TravelMatrix {
  /** Where each point joined the graph (null only for an empty graph). */
  snaps: (Snap | null)[];
}

/**
 * Travel between every pair of points (EPSG:4326 [lng, lat]) along a road graph: each point is snapped to a node,
 * the off-road snap distance is covered at the graph's access speed (walking), and the fastest road path between
 * the nodes comes from one one-to-all Dijkstra per point (n searches for n² entries; each stops once every other
 * point's node is settled). Unreachable pairs (another component, a oneway trap by car) are Infinity.
 * `pathBetween(i, j)` runs one more search from i on demand, so only the legs of the chosen route are traced and
 * no tree is held in memory; it starts at point i, follows the nodes, and ends at point j. Pure.
 */
export function buildRoadTravelMatrix(graph: RoadGraph, points: LngLat[], options: RoadTravelMatrixOptions = {}): RoadTravelMatrix {
  const component = options.snapToLargestComponent === false ? undefined : 0;
  const snaps = points.map((p) => snapToGraph(graph, p, { component }));
  const accessMinPerM = 60 / (graph.accessSpeedKmh * 1000);
  const nodes = snaps.filter((s): s is Snap => s !== null).map((s) => s.node);
  const n = points.length;
  const minutes = points.map(() => new Array<number>(n).fill(Infinity));
  const metres = points.map(() => new Array<number>(n).fill(Infinity));
  snaps.forEach((si, i) => {
    minutes[i][i] = 0;
    metres[i][i] = 0;
    if (!si) return;
    const tree = findShortestPathTree(graph, si.node, nodes);
    snaps.forEach((sj, j) => {
      if (!sj || i === j || !Number.isFinite(tree.minutes[sj.node])) return;
      const accessM = si.distanceM + sj.distanceM;
      minutes[i][j] = tree.minutes[sj.node] + accessM * accessMinPerM;
      metres[i][j] = tree.metres[sj.node] + accessM;
    });
  });
  const pathBetween = (i: number, j: number): LngLat[] => {
    const [si, sj] = [snaps[i], snaps[j]];
    const nodePath = si && sj ? tracePath(findShortestPathTree(graph, si.node, [sj.node]), sj.node) : null;
    if (!nodePath) throw new Error(`No road path from point ${i} to point ${j}`);
    const positions: LngLat[] = [points[i], ...nodePath.map((v): LngLat => [graph.nodeLngLat[2 * v], graph.nodeLngLat[2 * v + 1]]), points[j]];
    return positions.filter((p, k) => k === 0 || p[0] !== positions[k - 1][0] || p[1] !== positions[k - 1][1]);
  };
  return { minutes, metres, pathBetween, method: ROAD_METHOD, snaps };
}
