import { describe, expect, it } from 'vitest';
import { colourGrids } from './planner-colours';

describe('colouring the planner grids', () => {
  it('gives adjacent grids different colours', () => {
    const keys = ['A', 'B', 'C', 'D', 'E'];
    const pairs: [string, string][] = [['A', 'B'], ['B', 'C'], ['C', 'A'], ['C', 'D'], ['D', 'E'], ['E', 'A']];
    const colours = colourGrids(keys, pairs);
    for (const [a, b] of pairs) expect(colours.get(a)).not.toEqual(colours.get(b));
  });

  it('keeps the colours of grids a change does not touch', () => {
    const before = colourGrids(['G1', 'G2', 'G3'], [['G1', 'G2']]);
    const after = colourGrids(['G1', 'G2', 'G3', 'N001'], [['G1', 'G2'], ['G3', 'N001']]);
    expect(after.get('G1')).toEqual(before.get('G1'));
    expect(after.get('G2')).toEqual(before.get('G2'));
    expect(after.get('G3')).toEqual(before.get('G3'));
  });
});
