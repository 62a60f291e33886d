import { labelStrongComponents } from './label-strong-components';
import { ACCESS_SPEED_KMH } from './describe-way';
import { PatrolInputError, type LngLat, type RoadGraph, type TravelMode } from './types';

/**
 * One row of a road table in pgRouting's layout (road_edges): the edge runs from node `source` to node `target`,
 * its costs are seconds for one travel mode along (cost) and against (reverse cost) that direction, and a negative
 * cost closes that direction to the mode. Coordinates [lng, lat] in EPSG:4326, from source to target.
 */
export interface RoadEdgeInput {
  id: number;
  source: number;
  target: number;
  lengthM: number;
  costS: number;
  reverseCostS: number;
  /** At least two positions: the first at `source`, the last at `target`. */
  coordinates: LngLat[];
}

/** One traversed edge of a path: the node it is entered from (its source, or its target when run backwards). */
export interface EdgeStep {
  fromNode: number;
  edge: RoadEdgeInput;
}

/**
 * Builds the directed routing graph of one travel mode from road rows whose costs were computed elsewhere (the
 * road_edges table, read the same way pgr_dijkstra reads it), instead of from OSM-style ways as buildRoadGraph does:
 * node keys are the rows' node ids, positions their edges' end positions, edge minutes cost / 60 and edge metres the
 * row's length. `edgeFeature` is the index of the row. Self-loops and closed directions are left out.
 * Throws PatrolInputError for a row without two positions or with a non-finite length or cost. Does not mutate input.
 */
export function buildRoadGraphFromEdges(edges: readonly RoadEdgeInput[], options: { mode: TravelMode }): RoadGraph {
  const index = new Map<number, number>();
  const keys: number[] = [];
  const lngLat: number[] = [];
  const nodeOf = (id: number, p: LngLat): number => {
    let v = index.get(id);
    if (v === undefined) {
      v = keys.length;
      index.set(id, v);
      keys.push(id);
      lngLat.push(p[0], p[1]);
    }
    return v;
  };
  const from: number[] = [];
  const to: number[] = [];
  const row: number[] = [];
  const lengthM: number[] = [];
  const minutes: number[] = [];
  let maxSpeedKmh = 0;
  edges.forEach((e, k) => {
    const c = e.coordinates;
    if (!Array.isArray(c) || c.length < 2) throw new PatrolInputError(`edge ${e.id} needs at least two positions`);
    if (![e.lengthM, e.costS, e.reverseCostS].every(Number.isFinite)) throw new PatrolInputError(`edge ${e.id} has a length or cost that is not a number`);
    const a = nodeOf(e.source, c[0]);
    const b = nodeOf(e.target, c[c.length - 1]);
    if (a === b) return;
    for (const [u, v, costS] of [[a, b, e.costS], [b, a, e.reverseCostS]]) {
      if (costS < 0) continue;
      from.push(u);
      to.push(v);
      row.push(k);
      lengthM.push(e.lengthM);
      minutes.push(costS / 60);
      if (costS > 0) maxSpeedKmh = Math.max(maxSpeedKmh, (e.lengthM / costS) * 3.6);
    }
  });

  const nodeCount = keys.length;
  const edgeStart = new Int32Array(nodeCount + 1);
  for (const u of from) edgeStart[u + 1]++;
  for (let v = 0; v < nodeCount; v++) edgeStart[v + 1] += edgeStart[v];
  const fill = edgeStart.slice(0, nodeCount);
  const edgeTarget = new Int32Array(from.length);
  const edgeLengthM = new Float64Array(from.length);
  const edgeMinutes = new Float64Array(from.length);
  const edgeFeature = new Int32Array(from.length);
  from.forEach((u, e) => {
    const slot = fill[u]++;
    edgeTarget[slot] = to[e];
    edgeLengthM[slot] = lengthM[e];
    edgeMinutes[slot] = minutes[e];
    edgeFeature[slot] = row[e];
  });
  const { component, componentSizes } = labelStrongComponents(edgeStart, edgeTarget);
  return {
    mode: options.mode,
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
}

/**
 * The edges a node path (graph node indices, as tracePath answers) runs along: between consecutive nodes the
 * fastest edge, as Dijkstra relaxed it. Throws when two consecutive nodes are not joined by an edge. Pure.
 */
export function stepsOfNodePath(graph: RoadGraph, edges: readonly RoadEdgeInput[], nodePath: readonly number[]): EdgeStep[] {
  const steps: EdgeStep[] = [];
  for (let k = 1; k < nodePath.length; k++) {
    const [u, v] = [nodePath[k - 1], nodePath[k]];
    let best = -1;
    for (let s = graph.edgeStart[u]; s < graph.edgeStart[u + 1]; s++) {
      if (graph.edgeTarget[s] === v && (best < 0 || graph.edgeMinutes[s] < graph.edgeMinutes[best])) best = s;
    }
    if (best < 0) throw new PatrolInputError(`no edge from node ${graph.nodeKey[u]} to node ${graph.nodeKey[v]}`);
    steps.push({ fromNode: graph.nodeKey[u] as number, edge: edges[graph.edgeFeature[best]] });
  }
  return steps;
}

/**
 * The positions of a path along its edges, each edge's vertices in travel order (reversed when it is entered from
 * its target), shared joints once. An empty list of steps gives []. Pure.
 */
export function joinEdgeSteps(steps: readonly EdgeStep[]): LngLat[] {
  const out: LngLat[] = [];
  for (const { fromNode, edge } of steps) {
    const coords = fromNode === edge.source ? edge.coordinates : [...edge.coordinates].reverse();
    for (const p of coords) {
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push([p[0], p[1]]);
    }
  }
  return out;
}
