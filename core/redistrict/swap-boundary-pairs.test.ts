import { describe, expect, it } from 'vitest';
import { buildAdjacency } from './build-adjacency';
import { buildPieceGraph, type PieceGraph } from './build-piece-graph';
import { buildPlanGraph } from './build-plan-graph';
import { createRandom } from './create-random';
import { latticeUnits } from './fixtures/lattice';
import { countCutEdges, createPiecePlanState } from './piece-plan-state';
import { swapBoundaryPairs } from './swap-boundary-pairs';
import { districtConnected as connected } from './fixtures/district-connected';

function pieceOf(n: number, weightOf: (row: number, col: number) => number): PieceGraph {
  const units = latticeUnits(n, 0.01, weightOf);
  const graph = buildPlanGraph(units, buildAdjacency(units));
  return buildPieceGraph(graph, graph.weight.map((_, i) => i));
}

describe('swapBoundaryPairs', () => {
  it('removes cut edges from a 4×4 lattice split with two units traded, where no single flip keeps the halves equal', () => {
    // Left half columns 0–1, right half 2–3, but r1c1 (local 5) and r2c2 (local 10) traded: 4 cut edges more than the
    // straight line's 4; equal weights leave no room for a lone flip within [8, 8].
    const piece = pieceOf(4, () => 1);
    const left: number[] = [];
    const right: number[] = [];
    for (let v = 0; v < 16; v++) ((v % 4 < 2) !== (v === 5 || v === 10) ? left : right).push(v);
    const state = createPiecePlanState(piece, [left, right]);
    const before = countCutEdges(state);
    const swaps = swapBoundaryPairs({ state, lo: 8, hi: 8, random: createRandom(1) });
    expect(swaps).toBeGreaterThan(0);
    expect(before).toBe(8);
    // A swap removes at least one cut edge; from the bump a straight or one-step line is reachable (4 to 6).
    expect(countCutEdges(state)).toBeLessThanOrEqual(6);
    expect(Array.from(state.weight)).toEqual([8, 8]);
  });

  it('keeps districts connected and within the bound and never adds a cut edge, whatever the seed', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const random = createRandom(seed);
      const piece = pieceOf(12, () => 20 + Math.floor(random() * 60));
      // Four districts of ragged columns: a column band per district, rows shifted by a random offset.
      const lists: number[][] = [[], [], [], []];
      for (let row = 0; row < 12; row++) {
        const shift = Math.floor(random() * 3) - 1;
        for (let col = 0; col < 12; col++) lists[Math.min(3, Math.max(0, Math.floor((col + (col % 3 === 0 ? shift : 0)) / 3)))].push(row * 12 + col);
      }
      const state = createPiecePlanState(piece, lists.filter((l) => l.length > 0));
      if (!state.members.every((_, d) => connected(piece, state, d))) continue;
      const weights = Array.from(state.weight);
      const lo = Math.min(...weights) - 30;
      const hi = Math.max(...weights) + 30;
      const before = countCutEdges(state);
      swapBoundaryPairs({ state, lo, hi, random });
      expect(countCutEdges(state)).toBeLessThanOrEqual(before);
      state.members.forEach((list, d) => {
        expect(list.length).toBeGreaterThan(0);
        expect(connected(piece, state, d)).toBe(true);
        expect(state.weight[d]).toBeGreaterThanOrEqual(lo);
        expect(state.weight[d]).toBeLessThanOrEqual(hi);
      });
    }
  });
});
