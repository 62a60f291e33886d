import { createRoadGraphBuilder } from './road-graph-builder';
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
  const graph = createRoadGraphBuilder<number>();
  let maxSpeedKmh = 0;
  edges.forEach((e, k) => {
    const c = e.coordinates;
    if (!Array.isArray(c) || c.length < 2) throw new PatrolInputError(`edge ${e.id} needs at least two positions`);
    if (![e.lengthM, e.costS, e.reverseCostS].every(Number.isFinite)) throw new PatrolInputError(`edge ${e.id} has a length or cost that is not a number`);
    const a = graph.nodeOf(e.source, c[0]);
    const b = graph.nodeOf(e.target, c[c.length - 1]);
    if (a === b) return;
    for (const [u, v, costS] of [[a, b, e.costS], [b, a, e.reverseCostS]]) {
      if (costS < 0) continue;
      graph.addEdge(u, v, e.lengthM, costS / 60, k);
      if (costS > 0) maxSpeedKmh = Math.max(maxSpeedKmh, (e.lengthM / costS) * 3.6);
    }
  });

  return graph.finish(options.mode, maxSpeedKmh);
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
