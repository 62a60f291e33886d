import { describe, expect, it } from 'vitest';
import { undirectedEdgeKey, vertexKey } from './vertex-key';

describe('vertex and edge keys', () => {
  it('gives vertices within a centimetre one key, and vertices farther apart different keys', () => {
    expect(vertexKey([107.5, 31.2])).toBe(vertexKey([107.50000001, 31.20000001]));
    expect(vertexKey([107.5, 31.2])).not.toBe(vertexKey([107.5000003, 31.2]));
  });

  it('gives an edge one key whichever way it is run', () => {
    const a = vertexKey([107.5, 31.2]);
    const b = vertexKey([107.6, 31.2]);
    expect(undirectedEdgeKey(a, b)).toBe(undirectedEdgeKey(b, a));
    expect(undirectedEdgeKey(a, b)).not.toBe(undirectedEdgeKey(a, vertexKey([107.7, 31.2])));
  });
});
