import { buildPlanGraph, type PlanGraph } from './build-plan-graph';
import { chooseDistrictCounts } from './choose-district-counts';
import { createRandom } from './create-random';
import { measurePlan } from './measure-plan';
import { partitionByTrees } from './partition-by-trees';
import { refinePlan } from './refine-plan';
import {
  RedistrictInputError,
  type AdjacencyPair,
  type RedistrictOptions,
  type RedistrictResult,
  type RedistrictTarget,
  type RedistrictUnit,
} from './types';

/**
 * Assigns each unit to a district (grid). Units are in EPSG:4326 with weights (households or population);
 * adjacency is rook adjacency (buildAdjacency for polygons, or id pairs for points). Guarantees: every district is
 * contiguous in the adjacency graph; units sharing a groupId (compound) are never split; units of different
 * regionIds (communities) never share a district, each region's connected pieces being partitioned separately into
 * a number of districts proportional to weight ({k}) or whose ideal lies in the band ({band}). Balance: the plan
 * is refined well past the tolerance (it minimises the largest deviation), then cut edges are reduced within a
 * quarter of the tolerance. `withinTarget` says whether every district is within the tolerance of its region's
 * ideal ({k}) or within the band. Deterministic for a given input and seed. Throws RedistrictInputError naming the
 * problem for invalid input (see buildPlanGraph, chooseDistrictCounts), a compound heavier than the band's max,
 * or a piece with fewer nodes than districts. Does not mutate input.
 */
export function redistrict(
  units: readonly RedistrictUnit[],
  adjacency: readonly AdjacencyPair[],
  target: RedistrictTarget,
  options: RedistrictOptions = {},
): RedistrictResult {
  const tolerance = options.tolerance ?? 0.02;
  const effort = options.effort ?? 1;
  if (!(tolerance >= 0)) throw new RedistrictInputError(`tolerance must be a number ≥ 0, got ${tolerance}`);
  if (units.length === 0) throw new RedistrictInputError('no units');
  const graph = buildPlanGraph(units, adjacency);
  const band = 'band' in target ? target.band : null;
  if (band) {
    const heavy = graph.weight.findIndex((w) => w > band[1]);
    if (heavy >= 0) {
      const ids = graph.members[heavy].map((i) => units[i].id).slice(0, 5).join(', ');
      throw new RedistrictInputError(`band ${band[0]}–${band[1]} cannot be met: unit(s) ${ids} weigh ${graph.weight[heavy]} together, more than ${band[1]}`);
    }
  }
  const pieces = findPieces(graph);
  const counts = chooseDistrictCounts(pieces.map((p) => p.reduce((s, n) => s + graph.weight[n], 0)), target);
  const random = createRandom(options.seed ?? 1);
  const assignment = new Map<string, number>();
  let next = 0;
  pieces.forEach((piece, i) => {
    const k = counts[i];
    if (piece.length < k) {
      const first = units[graph.members[piece[0]][0]].id;
      throw new RedistrictInputError(`the piece containing unit ${first} has ${piece.length} units or compounds, fewer than its ${k} districts`);
    }
    const ideal = piece.reduce((s, n) => s + graph.weight[n], 0) / k;
    const initial = partitionByTrees(graph, piece, k, tolerance, random);
    const refined = refinePlan({ graph, districts: initial, ideal, tolerance, band, random, effort });
    for (const district of refined) {
      for (const node of district) for (const u of graph.members[node]) assignment.set(units[u].id, next);
      next++;
    }
    options.onProgress?.(i + 1, pieces.length);
  });
  const metrics = measurePlan(units, adjacency, assignment);
  const withinTarget = band
    ? metrics.districts.every((d) => d.weight >= band[0] && d.weight <= band[1])
    : metrics.maxDeviationPct <= tolerance * 100 + 1e-9;
  return { ...metrics, assignment, withinTarget };
}

/** Connected pieces of each region, regions in order of first appearance, nodes in index order. */
function findPieces(graph: PlanGraph): number[][] {
  const seen = new Uint8Array(graph.weight.length);
  const byRegion = new Map<string, number[][]>();
  for (let start = 0; start < graph.weight.length; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    const piece = [start];
    for (let h = 0; h < piece.length; h++) {
      for (const m of graph.neighbours[piece[h]]) {
        if (!seen[m]) {
          seen[m] = 1;
          piece.push(m);
        }
      }
    }
    const region = graph.region[start];
    if (!byRegion.has(region)) byRegion.set(region, []);
    byRegion.get(region)!.push(piece.sort((a, b) => a - b));
  }
  return [...byRegion.values()].flat();
}
