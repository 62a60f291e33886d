import { describe, expect, it } from 'vitest';
import { labelStrongComponents } from './label-strong-components';

/** CSR arrays from an edge list. */
function csr(nodeCount: number, edges: [number, number][]) {
  const sorted = [...edges].sort((x, y) => x[0] - y[0]);
  const edgeStart = new Int32Array(nodeCount + 1);
  for (const [a] of sorted) edgeStart[a + 1]++;
  for (let v = 0; v < nodeCount; v++) edgeStart[v + 1] += edgeStart[v];
  return { edgeStart, edgeTarget: Int32Array.from(sorted.map(([, b]) => b)) };
}

describe('labelStrongComponents', () => {
  it('separates a cycle from the pair it leads into, largest first', () => {
    const { edgeStart, edgeTarget } = csr(5, [[0, 1], [1, 2], [2, 0], [2, 3], [3, 4], [4, 3]]);
    const { component, componentSizes } = labelStrongComponents(edgeStart, edgeTarget);
    expect(Array.from(component)).toEqual([0, 0, 0, 1, 1]);
    expect(componentSizes).toEqual([3, 2]);
  });

  it('gives every node of a oneway chain its own component, ties by lowest node', () => {
    const { edgeStart, edgeTarget } = csr(3, [[0, 1], [1, 2]]);
    const { component, componentSizes } = labelStrongComponents(edgeStart, edgeTarget);
    expect(Array.from(component)).toEqual([0, 1, 2]);
    expect(componentSizes).toEqual([1, 1, 1]);
  });

  it('handles an empty graph', () => {
    expect(labelStrongComponents(new Int32Array(1), new Int32Array(0))).toEqual({ component: new Int32Array(0), componentSizes: [] });
  });
});
