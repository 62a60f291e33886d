import { describe, expect, it } from 'vitest';
import { buildAdjacency } from './build-adjacency';
import { buildPieceGraph } from './build-piece-graph';
import { buildPlanGraph } from './build-plan-graph';
import { createRandom } from './create-random';
import { findAxisSplit } from './find-axis-split';
import { findNodePositions } from './find-node-positions';
import { latticeUnits } from './fixtures/lattice';

function setup(n: number, weightOf: (row: number, col: number) => number) {
  const units = latticeUnits(n, 0.01, weightOf);
  const graph = buildPlanGraph(units, buildAdjacency(units));
  const nodes = graph.weight.map((_, i) => i);
  const piece = buildPieceGraph(graph, nodes);
  return { piece, nodes, xy: findNodePositions(units, graph.members) };
}

describe('findAxisSplit', () => {
  it('halves a 10×10 lattice of equal weights by a straight line (10 cut edges)', () => {
    const { piece, nodes, xy } = setup(10, () => 1);
    const rank = (a: number, _b: number, cut: number) => (a === 50 ? cut : Infinity);
    const split = findAxisSplit(piece, nodes, xy, rank, createRandom(1));
    expect(split).not.toBeNull();
    expect(split!.sideWeight).toBe(50);
    expect(split!.cut).toBe(10);
  });

  it('with a step, cuts 10×6 units of equal weights at 27 by four columns and half a fifth (7 cut edges)', () => {
    const { piece, nodes: all, xy } = setup(10, () => 1);
    // The lattice's lower six rows (row-major ids), so the long axis is the rows' direction.
    const nodes = all.filter((v) => v < 60);
    // Positions moved by up to a tenth of the spacing, as real centroids are: a straight line's side then takes a
    // ragged half column, only the sweep of strips takes a clean one.
    const spacing = Math.hypot(xy[2] - xy[0], xy[3] - xy[1]);
    const noise = createRandom(7);
    const moved = xy.map((c) => c + (noise() - 0.5) * 0.2 * spacing);
    const rank = (a: number, _b: number, cut: number) => (a === 27 ? cut : Infinity);
    for (const step of [1, -1] as const) {
      const cuts: number[] = [];
      for (let seed = 1; seed <= 8; seed++) {
        const split = findAxisSplit(piece, nodes, moved, rank, createRandom(seed), step);
        if (!split) continue;
        expect(split.sideWeight).toBe(27);
        cuts.push(split.cut);
      }
      expect(Math.min(...cuts)).toBe(7);
    }
  });

  it('gives connected balanced sides whose cut matches a direct count, or null, on weighted lattices', () => {
    let found = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const random = createRandom(seed);
      const { piece, nodes, xy } = setup(9, () => 20 + Math.floor(random() * 60));
      const total = piece.weight.reduce((s, w) => s + w, 0);
      const rank = (a: number, _b: number, cut: number) => (Math.abs(a - total / 3) <= 0.01 * total ? cut : Infinity);
      const split = findAxisSplit(piece, nodes, xy, rank, random, 1);
      if (!split) continue;
      found++;
      const side = new Set(split.side);
      expect(split.sideWeight).toBeCloseTo(split.side.reduce((s, v) => s + piece.weight[v], 0), 9);
      expect(Math.abs(split.sideWeight - total / 3)).toBeLessThanOrEqual(0.01 * total);
      let cut = 0;
      for (const v of nodes) for (let e = piece.start[v]; e < piece.start[v + 1]; e++) if (side.has(v) && !side.has(piece.target[e])) cut++;
      expect(split.cut).toBe(cut);
      for (const part of [split.side, nodes.filter((v) => !side.has(v))]) {
        const inPart = new Set(part);
        const seen = new Set([part[0]]);
        const stack = [part[0]];
        while (stack.length) {
          const v = stack.pop()!;
          for (let e = piece.start[v]; e < piece.start[v + 1]; e++) {
            const w = piece.target[e];
            if (inPart.has(w) && !seen.has(w)) {
              seen.add(w);
              stack.push(w);
            }
          }
        }
        expect(seen.size).toBe(part.length);
      }
    }
    expect(found).toBeGreaterThan(3);
  });
});
