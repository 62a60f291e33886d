import { describe, expect, it } from 'vitest';
import { balancePlan } from './balance-plan';
import { buildAdjacency } from './build-adjacency';
import { buildPieceGraph, type PieceGraph } from './build-piece-graph';
import { buildPlanGraph } from './build-plan-graph';
import { createRandom } from './create-random';
import { createSplitScratch } from './find-best-tree-split';
import { districtConnected as connected } from './fixtures/district-connected';
import { latticeUnits } from './fixtures/lattice';
import { partitionByTrees } from './partition-by-trees';
import { countCutEdges, createPiecePlanState, type PiecePlanState } from './piece-plan-state';
import { createRefineScratch, refineGroupPass, refineGroups } from './refine-groups';

function pieceOf(n: number, weightOf: (row: number, col: number) => number): PieceGraph {
  const units = latticeUnits(n, 0.01, weightOf);
  const graph = buildPlanGraph(units, buildAdjacency(units));
  return buildPieceGraph(graph, graph.weight.map((_, i) => i));
}

/** Districts of an n×n lattice from a row-major picture of district numbers (row 0 first). */
function stateOf(piece: PieceGraph, picture: number[][]): PiecePlanState {
  const lists: number[][] = [];
  picture.forEach((line, row) => line.forEach((d, col) => (lists[d] ??= []).push(row * picture.length + col)));
  return createPiecePlanState(piece, lists);
}

describe('refineGroups', () => {
  it('straightens a staircase between two equal halves of a 4×4 lattice to the 4-edge optimum', () => {
    const piece = pieceOf(4, () => 1);
    const state = stateOf(piece, [
      [0, 0, 0, 1],
      [0, 0, 0, 1],
      [0, 1, 1, 1],
      [0, 1, 1, 1],
    ]);
    expect(countCutEdges(state)).toBe(6);
    const removed = refineGroups({ state, lo: 8, hi: 8, random: createRandom(1) }, createRefineScratch(16));
    expect(countCutEdges(state)).toBe(4);
    expect(removed).toBe(2);
    expect(Array.from(state.weight)).toEqual([8, 8]);
  });

  // Straight bands cut 12; a band and the rest halved cut 10; 9 is the floor (three 12-cell districts each have a
  // perimeter of at least 14 and the square's 24 outer sides are not cut: (42 − 24) / 2).
  it('takes three ragged bands of a 6×6 lattice to at most 10 cut edges, below the straight bands’ 12', () => {
    const piece = pieceOf(6, () => 1);
    for (let seed = 1; seed <= 4; seed++) {
      const state = stateOf(piece, [
        [0, 0, 0, 0, 0, 0],
        [1, 0, 0, 0, 0, 0],
        [1, 1, 1, 1, 1, 0],
        [1, 1, 1, 2, 1, 1],
        [2, 1, 2, 2, 2, 2],
        [2, 2, 2, 2, 2, 2],
      ]);
      expect(countCutEdges(state)).toBeGreaterThan(12);
      refineGroups({ state, lo: 12, hi: 12, random: createRandom(seed) }, createRefineScratch(36));
      expect(countCutEdges(state)).toBeLessThanOrEqual(10);
      expect(Array.from(state.weight)).toEqual([12, 12, 12]);
      state.members.forEach((_, d) => expect(connected(piece, state, d)).toBe(true));
    }
  });

  it('never adds a cut edge and keeps districts connected and within the bound on random weighted lattices', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const random = createRandom(seed);
      const n = 10 + 2 * seed;
      const piece = pieceOf(n, () => 20 + Math.floor(random() * 60));
      const k = 3 + seed;
      const scratch = createSplitScratch(piece);
      const nodes = Array.from({ length: n * n }, (_, v) => v);
      const state = createPiecePlanState(piece, partitionByTrees(piece, nodes, k, 0.02, random, scratch));
      const ideal = piece.weight.reduce((s, w) => s + w, 0) / k;
      balancePlan({ state, ideal, balanceTarget: 0.01 * ideal, random, effort: 1, scratch });
      const [lo, hi] = [ideal * 0.99, ideal * 1.01];
      const outside = Array.from(state.weight, (w) => Math.max(0, lo - w, w - hi));
      const before = countCutEdges(state);
      const removed = refineGroups({ state, lo, hi, random }, createRefineScratch(n * n));
      expect(countCutEdges(state)).toBe(before - removed);
      expect(removed).toBeGreaterThanOrEqual(0);
      state.members.forEach((list, d) => {
        expect(list.length).toBeGreaterThan(0);
        expect(connected(piece, state, d)).toBe(true);
        expect(Math.max(0, lo - state.weight[d], state.weight[d] - hi)).toBeLessThanOrEqual(outside[d] + 1e-9);
      });
    }
  });

  it('gives the same plan for the same seed', () => {
    const run = () => {
      const random = createRandom(9);
      const piece = pieceOf(14, () => 20 + Math.floor(random() * 60));
      const scratch = createSplitScratch(piece);
      const nodes = Array.from({ length: 196 }, (_, v) => v);
      const state = createPiecePlanState(piece, partitionByTrees(piece, nodes, 6, 0.02, random, scratch));
      const ideal = piece.weight.reduce((s, w) => s + w, 0) / 6;
      refineGroups({ state, lo: ideal * 0.98, hi: ideal * 1.02, random }, createRefineScratch(196));
      return Array.from(state.district);
    };
    expect(run()).toEqual(run());
  });
});

describe('refineGroupPass', () => {
  it('undoes everything and reports 0 when no balanced prefix removes a cut edge', () => {
    const piece = pieceOf(4, () => 1);
    const picture = [
      [0, 0, 1, 1],
      [0, 0, 1, 1],
      [0, 0, 1, 1],
      [0, 0, 1, 1],
    ];
    const state = stateOf(piece, picture);
    expect(refineGroupPass({ state, lo: 8, hi: 8, random: createRandom(3) }, [0, 1], createRefineScratch(16))).toBe(0);
    expect(Array.from(state.district)).toEqual(picture.flat());
  });
});
