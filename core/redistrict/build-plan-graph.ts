import { RedistrictInputError, type AdjacencyPair, type RedistrictUnit } from './types';

/** The graph the partitioner works on: one node a compound (group) or ungrouped unit. */
export interface PlanGraph {
  /** Node weights (sum of member unit weights). */
  weight: number[];
  /** Unit indices of each node. */
  members: number[][];
  /** Region of each node ('' when none). */
  region: string[];
  /** Neighbour nodes in the same region, sorted, with the number of unit pairs joining them. */
  neighbours: number[][];
  multiplicity: number[][];
  /** Node of each unit index. */
  nodeOfUnit: number[];
}

/**
 * Validates units and adjacency and contracts each group (compound) into one node, so no partition can split it.
 * Edges between regions (communities) are dropped, so no district can cross one. Throws RedistrictInputError for
 * duplicate ids, a weight that is not a finite number ≥ 0, an adjacency id that names no unit, or a group whose
 * units lie in two regions. Does not mutate input.
 */
export function buildPlanGraph(units: readonly RedistrictUnit[], adjacency: readonly AdjacencyPair[]): PlanGraph {
  const unitIndex = new Map<string, number>();
  units.forEach((u, i) => {
    if (unitIndex.has(u.id)) throw new RedistrictInputError(`duplicate unit id ${u.id}`);
    if (typeof u.weight !== 'number' || !Number.isFinite(u.weight) || u.weight < 0) {
      throw new RedistrictInputError(`unit ${u.id} has weight ${String(u.weight)}: expected a finite number ≥ 0`);
    }
    unitIndex.set(u.id, i);
  });
  const nodeOfGroup = new Map<string, number>();
  const graph: PlanGraph = { weight: [], members: [], region: [], neighbours: [], multiplicity: [], nodeOfUnit: [] };
  units.forEach((u, i) => {
    const region = u.regionId ?? '';
    let node = u.groupId === undefined ? undefined : nodeOfGroup.get(u.groupId);
    if (node === undefined) {
      node = graph.weight.length;
      graph.weight.push(0);
      graph.members.push([]);
      graph.region.push(region);
      if (u.groupId !== undefined) nodeOfGroup.set(u.groupId, node);
    } else if (graph.region[node] !== region) {
      throw new RedistrictInputError(`group ${u.groupId} has units in regions ${graph.region[node]} and ${region}`);
    }
    graph.weight[node] += u.weight;
    graph.members[node].push(i);
    graph.nodeOfUnit[i] = node;
  });
  const edges = graph.weight.map(() => new Map<number, number>());
  for (const pair of adjacency) {
    const a = unitIndex.get(pair.a);
    const b = unitIndex.get(pair.b);
    if (a === undefined || b === undefined) {
      throw new RedistrictInputError(`adjacency pair ${pair.a}–${pair.b} names unit ${a === undefined ? pair.a : pair.b}, which does not exist`);
    }
    const na = graph.nodeOfUnit[a];
    const nb = graph.nodeOfUnit[b];
    if (na === nb || graph.region[na] !== graph.region[nb]) continue;
    edges[na].set(nb, (edges[na].get(nb) ?? 0) + 1);
    edges[nb].set(na, (edges[nb].get(na) ?? 0) + 1);
  }
  for (const map of edges) {
    const sorted = [...map.keys()].sort((x, y) => x - y);
    graph.neighbours.push(sorted);
    graph.multiplicity.push(sorted.map((n) => map.get(n)!));
  }
  return graph;
}
