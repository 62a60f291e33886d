import { ACCESS_SPEED_KMH } from './describe-way';
import { labelStrongComponents } from './label-strong-components';
import type { RoadGraph, TravelMode } from './types';

/** Collects nodes and directed edges in input order, then packs them into a RoadGraph. */
export interface RoadGraphBuilder<K extends string | number> {
  /** The node index of `key`, added at position `lngLat` the first time the key is seen. */
  nodeOf(key: K, lngLat: readonly number[]): number;
  /** lng, lat of node v at [2v], [2v + 1], as stored when it was added. */
  readonly lngLat: readonly number[];
  /** Adds a directed edge from node `a` to node `b`; `feature` is the index of the input it came from. */
  addEdge(a: number, b: number, lengthM: number, minutes: number, feature: number): void;
  /** Packs the edges into compressed sparse rows (outgoing edges of a node keep their input order) and labels components. */
  finish(mode: TravelMode, maxSpeedKmh: number): RoadGraph;
}

/**
 * The one place a road graph is packed into compressed sparse rows, shared by the OSM-way reader (buildRoadGraph)
 * and the road-table reader (buildRoadGraphFromEdges) so both answer the same layout. Pure; each builder is used once.
 */
export function createRoadGraphBuilder<K extends string | number>(): RoadGraphBuilder<K> {
  const index = new Map<K, number>();
  const keys: K[] = [];
  const lngLat: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const lengths: number[] = [];
  const times: number[] = [];
  const features: number[] = [];
  return {
    nodeOf(key, p) {
      let v = index.get(key);
      if (v === undefined) {
        v = keys.length;
        index.set(key, v);
        keys.push(key);
        lngLat.push(p[0], p[1]);
      }
      return v;
    },
    lngLat,
    addEdge(a, b, lengthM, minutes, feature) {
      from.push(a);
      to.push(b);
      lengths.push(lengthM);
      times.push(minutes);
      features.push(feature);
    },
    finish(mode, maxSpeedKmh) {
      const nodeCount = keys.length;
      const edgeStart = new Int32Array(nodeCount + 1);
      for (const a of from) edgeStart[a + 1]++;
      for (let v = 0; v < nodeCount; v++) edgeStart[v + 1] += edgeStart[v];
      const fill = edgeStart.slice(0, nodeCount);
      const edgeTarget = new Int32Array(from.length);
      const edgeLengthM = new Float64Array(from.length);
      const edgeMinutes = new Float64Array(from.length);
      const edgeFeature = new Int32Array(from.length);
      from.forEach((a, e) => {
        const slot = fill[a]++;
        edgeTarget[slot] = to[e];
        edgeLengthM[slot] = lengths[e];
        edgeMinutes[slot] = times[e];
        edgeFeature[slot] = features[e];
      });
      const { component, componentSizes } = labelStrongComponents(edgeStart, edgeTarget);
      return {
        mode,
        nodeCount,
        nodeLngLat: Float64Array.from(lngLat),
        nodeKey: keys,
        edgeStart,
        edgeTarget,
        edgeLengthM,
        edgeMinutes,
        edgeFeature,
        component,
        componentSizes,
        maxSpeedKmh,
        accessSpeedKmh: ACCESS_SPEED_KMH,
      };
    },
  };
}
