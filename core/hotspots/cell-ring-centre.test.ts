import { describe, expect, it } from 'vitest';
import { cellRingCentre } from './cell-ring-centre';

describe('cellRingCentre', () => {
  it('is the mean of the corners, a closed ring’s repeated first point counted once', () => {
    expect(cellRingCentre([[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]])).toEqual([1, 1]);
    expect(cellRingCentre([[0, 0], [2, 0], [2, 2], [0, 2]])).toEqual([1, 1]);
  });
});
