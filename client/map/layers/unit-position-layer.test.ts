import { describe, expect, it } from 'vitest';
import { stationColour } from './colour-scales';
import { unitPositionLayer } from './unit-position-layer';

describe('the units on patrol', () => {
  it('draw police and grid staff each in a colour of their own, neither the stations’ navy', () => {
    const layer = unitPositionLayer({ units: [] });
    const fill = layer.props.getFillColor as unknown as (u: { force: 'police' | 'grid' }) => number[];
    const police = fill({ force: 'police' });
    const grid = fill({ force: 'grid' });
    expect(police).not.toEqual(stationColour);
    expect(grid).not.toEqual(stationColour);
    expect(police).not.toEqual(grid);
  });
});
