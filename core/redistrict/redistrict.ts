import { balancePlan } from './balance-plan';
import { buildPieceGraph } from './build-piece-graph';
import { buildPlanGraph, type PlanGraph } from './build-plan-graph';
import { chooseDistrictCounts } from './choose-district-counts';
import { compactPlan } from './compact-plan';
import { createRandom } from './create-random';
import { createSplitScratch } from './find-best-tree-split';
import { findNodePositions } from './find-node-positions';
import { measurePlan } from './measure-plan';
import { measureUnitGeometry } from './measure-unit-geometry';
import { partitionByTrees } from './partition-by-trees';
import { createPiecePlanState } from './piece-plan-state';
import {
  RedistrictInputError,
  type AdjacencyPair,
  type RedistrictOptions,
  type RedistrictPhases,
  type RedistrictResult,
  type RedistrictTarget,
  type RedistrictUnit,
} from './types';

/**
 * Compactness proposals a district by default. Chosen on lattices unlike the bench's cases (12×12 into 4, 20×20 into
 * 8, 30×30 into 12 at 1 %, 5 seeds): cut edges kept falling past 100 but slowly, and 100 keeps a 75-grid street near
 * a second.
 */
const defaultStepsPerDistrict = 100;

/**
 * Assigns each unit to a district (grid). Units are in EPSG:4326 with weights (households or population);
 * adjacency is rook adjacency (buildAdjacency for polygons, or id pairs for points). Guarantees: every district is
 * contiguous in the adjacency graph; units sharing a groupId (compound) are never split; units of different
 * regionIds (communities) never share a district, each region's connected pieces being partitioned separately into
 * a number of districts proportional to weight ({k}) or whose ideal lies in the band ({band}). Phases: a recursive
 * bisection (straight cuts across the principal axis where balanced and connected, else spanning-tree cuts);
 * balancing until every district is within half the tolerance (for a band, within half the room between the ideal
 * and the nearer end of the band); then the compactness phase (compactPlan: an annealed ReCom chain on cut edges,
 * then boundary flips and swaps, budgeted by `steps` and `seconds`), which keeps every district within half
 * the tolerance of the ideal, or within the band, and never adds a cut edge. `withinTarget` says whether every
 * district is within the tolerance of its region's ideal ({k}) or within the band; `phases` says where the time went.
 * Deterministic for a given input and seed unless `seconds` ends the chain before `steps` does. Throws
 * RedistrictInputError naming the problem for invalid input (see buildPlanGraph, chooseDistrictCounts), a bad
 * `steps` or `seconds`, a compound heavier than the band's max, or a piece with fewer nodes than districts. Does not
 * mutate input.
 */
export function redistrict(
  units: readonly RedistrictUnit[],
  adjacency: readonly AdjacencyPair[],
  target: RedistrictTarget,
  options: RedistrictOptions = {},
): RedistrictResult {
  const tolerance = options.tolerance ?? 0.02;
  const effort = options.effort ?? 1;
  const now = options.now ?? (() => performance.now());
  if (!(tolerance >= 0)) throw new RedistrictInputError(`tolerance must be a number ≥ 0, got ${tolerance}`);
  if (options.steps !== undefined && !(Number.isInteger(options.steps) && options.steps >= 0)) {
    throw new RedistrictInputError(`steps must be a whole number ≥ 0, got ${options.steps}`);
  }
  if (options.seconds !== undefined && !(options.seconds >= 0)) throw new RedistrictInputError(`seconds must be a number ≥ 0, got ${options.seconds}`);
  if (units.length === 0) throw new RedistrictInputError('no units');
  const phases: RedistrictPhases = {
    partitionSeconds: 0,
    balanceSeconds: 0,
    compactnessSeconds: 0,
    measureSeconds: 0,
    compactnessSteps: 0,
    cutEdgesBeforeCompactness: 0,
    cutEdgesAfterCompactness: 0,
  };
  let clock = now();
  const lap = () => {
    const t = now();
    const seconds = (t - clock) / 1000;
    clock = t;
    return seconds;
  };
  const graph = buildPlanGraph(units, adjacency);
  // Measured once a plan, not once a piece and again for the metrics: positions for the axis cuts and the
  // compactness measures both come from it (on the Iowa counties' ≈127,000 vertices the repeated passes were a third
  // of the plan's time, issue 17 profile).
  lap();
  const geometry = measureUnitGeometry(units);
  phases.measureSeconds += lap();
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
  pieces.forEach((piece, i) => {
    if (piece.length < counts[i]) {
      const first = units[graph.members[piece[0]][0]].id;
      throw new RedistrictInputError(`the piece containing unit ${first} has ${piece.length} units or compounds, fewer than its ${counts[i]} districts`);
    }
  });
  const totalDistricts = counts.reduce((s, k) => s + k, 0);
  let stepsLeft = options.steps ?? Math.round(defaultStepsPerDistrict * effort * totalDistricts);
  let districtsLeft = totalDistricts;
  const deadline = options.seconds === undefined ? Infinity : now() + options.seconds * 1000;
  const random = createRandom(options.seed ?? 1);
  const assignment = new Map<string, number>();
  let next = 0;
  pieces.forEach((piece, i) => {
    const k = counts[i];
    const ideal = piece.reduce((s, n) => s + graph.weight[n], 0) / k;
    lap();
    const pieceGraph = buildPieceGraph(graph, piece);
    const scratch = createSplitScratch(pieceGraph);
    const local = Array.from({ length: piece.length }, (_, v) => v);
    const xy = findNodePositions(units, piece.map((n) => graph.members[n]), geometry);
    const state = createPiecePlanState(pieceGraph, partitionByTrees(pieceGraph, local, k, tolerance, random, scratch, xy));
    phases.partitionSeconds += lap();
    const room = band ? Math.max(0, Math.min(ideal - band[0], band[1] - ideal)) / 2 : 0.5 * tolerance * ideal;
    balancePlan({ state, ideal, balanceTarget: room, random, effort, scratch });
    phases.balanceSeconds += lap();
    const worst = Math.max(...Array.from(state.weight, (w) => Math.abs(w - ideal)));
    const slack = Math.max(worst, 0.5 * tolerance * ideal);
    // The chain's steps and time are shared by districts, so a small community does not starve a large one.
    const steps = Math.round((stepsLeft * k) / districtsLeft);
    const share = Number.isFinite(deadline) ? now() + ((deadline - now()) * k) / districtsLeft : Infinity;
    stepsLeft -= steps;
    districtsLeft -= k;
    const compact = compactPlan({
      state,
      lo: band ? band[0] : ideal - slack,
      hi: band ? band[1] : ideal + slack,
      random,
      steps,
      deadline: share,
      now,
      scratch,
      xy,
    });
    phases.compactnessSeconds += lap();
    phases.compactnessSteps += compact.steps;
    stepsLeft += steps - compact.steps;
    phases.cutEdgesBeforeCompactness += compact.cutBefore;
    phases.cutEdgesAfterCompactness += compact.cutAfter;
    for (const district of state.members) {
      for (const v of district) for (const u of graph.members[piece[v]]) assignment.set(units[u].id, next);
      next++;
    }
    options.onProgress?.(i + 1, pieces.length);
  });
  lap();
  const metrics = measurePlan(units, adjacency, assignment, geometry);
  phases.measureSeconds += lap();
  const withinTarget = band
    ? metrics.districts.every((d) => d.weight >= band[0] && d.weight <= band[1])
    : metrics.maxDeviationPct <= tolerance * 100 + 1e-9;
  return { ...metrics, assignment, withinTarget, phases };
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
