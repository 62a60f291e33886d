import { describe, expect, it } from 'vitest';
import { components, partitionBlocks, rebalanceParts, type BlockGraph } from './partition';

/** An n × m lattice graph of blocks with the given weights (default 1). */
function latticeGraph(n: number, m: number, weight: (i: number, j: number) => number = () => 1): BlockGraph {
  const adjacency: number[][] = [];
  const weights: number[] = [];
  const xy: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      adjacency.push([[i - 1, j], [i + 1, j], [i, j - 1], [i, j + 1]].filter(([a, b]) => a >= 0 && b >= 0 && a < n && b < m).map(([a, b]) => a * m + b));
      weights.push(weight(i, j));
      xy.push([j * 100, i * 100]);
    }
  }
  return { adjacency, weights, xy };
}

const weightOf = (g: BlockGraph, part: number[]) => part.reduce((a, id) => a + g.weights[id], 0);

describe('partitionBlocks', () => {
  const g = latticeGraph(12, 10, (i, j) => 1 + ((i * 7 + j * 3) % 5));
  const ids = Array.from({ length: 120 }, (_, k) => k);

  it('covers every block exactly once with contiguous parts', () => {
    const parts = partitionBlocks(g, ids, [1, 1, 1, 1, 1, 1, 1]);
    expect(parts).toHaveLength(7);
    expect(parts.flat().sort((a, b) => a - b)).toEqual(ids);
    for (const p of parts) expect(components(g, p)).toHaveLength(1);
  });

  it('follows unequal shares', () => {
    const total = weightOf(g, ids);
    const parts = partitionBlocks(g, ids, [1, 3]);
    expect(weightOf(g, parts[0]) / total).toBeGreaterThan(0.2);
    expect(weightOf(g, parts[0]) / total).toBeLessThan(0.3);
  });

  it('throws when there are fewer blocks than parts', () => {
    expect(() => partitionBlocks(g, [0, 1], [1, 1, 1])).toThrow(/cannot make 3 parts/);
  });
});

describe('rebalanceParts', () => {
  it('moves boundary blocks towards the targets without disconnecting a part', () => {
    const g = latticeGraph(6, 6);
    const left = Array.from({ length: 36 }, (_, k) => k).filter((k) => k % 6 < 5);
    const right = Array.from({ length: 36 }, (_, k) => k).filter((k) => k % 6 === 5);
    const parts = rebalanceParts(g, [left, right], [18, 18]);
    expect(parts[0].length).toBe(18);
    expect(parts[1].length).toBe(18);
    for (const p of parts) expect(components(g, p)).toHaveLength(1);
  });

  it('does not mutate its input parts', () => {
    const g = latticeGraph(2, 2);
    const parts = [[0, 1, 2], [3]];
    rebalanceParts(g, parts, [2, 2]);
    expect(parts).toEqual([[0, 1, 2], [3]]);
  });
});
