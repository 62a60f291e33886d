import { describe, expect, it } from 'vitest';
import { findContinuedCodes } from './find-continued-codes';

const community = '511703001001';
const g1 = `${community}001`;
const g2 = `${community}002`;
const building = (code: string, gridCode: string, households: number) => ({ code, gridCode, communityCode: community, households });

describe('findContinuedCodes', () => {
  it('keeps a key that is already a published code', () => {
    const continued = findContinuedCodes([building('b1', g1, 10), building('b2', g2, 10)], { b1: g1, b2: 'N1' });
    expect(continued.get(g1)).toBe(g1);
    // N1 takes g2, the one grid it receives households from that no other grid took.
    expect(continued.get('N1')).toBe(g2);
  });

  it('gives a published code to the new grid that receives the most of its households, and none to the other', () => {
    const buildings = [building('b1', g1, 30), building('b2', g1, 50), building('b3', g1, 5)];
    const continued = findContinuedCodes(buildings, { b1: 'N1', b2: 'N2', b3: 'N3' });
    expect([...continued]).toEqual([['N2', g1]]);
  });

  it('continues nothing from a grid of another community', () => {
    const continued = findContinuedCodes([{ code: 'b1', gridCode: '511703001002001', communityCode: community, households: 9 }], { b1: 'N1' });
    expect(continued.size).toBe(0);
  });

  it('does not mutate the buildings or the assignment', () => {
    const buildings = [building('b1', g1, 3)];
    const assignment = { b1: 'N1' };
    findContinuedCodes(buildings, assignment);
    expect(buildings).toEqual([building('b1', g1, 3)]);
    expect(assignment).toEqual({ b1: 'N1' });
  });
});
