import { describe, expect, it } from 'vitest';
import { buildAdjacency } from './build-adjacency';
import { latticeUnits } from './fixtures/lattice';
import { measurePlan } from './measure-plan';
import { findFlaggedDistricts, redrawFlagged } from './redraw-flagged';
import { RedistrictInputError } from './types';

// A 10×10 lattice of weight-1 units; the current plan is one district a row ("row0" … "row9") unless a test moves units.
const units = latticeUnits(10);
const adjacency = buildAdjacency(units);
function rows(moves: Record<string, string> = {}): Map<string, string> {
  return new Map(units.map((u) => [u.id, moves[u.id] ?? `row${u.id.slice(1, u.id.indexOf('c'))}`]));
}

/** The plan after a redraw: the redrawn units under their new numbers, every other unit under its old key. */
function applied(current: ReadonlyMap<string, string>, numbered: ReadonlyMap<string, number>): Map<string, number> {
  const keys = [...new Set(current.values())].sort();
  return new Map(units.map((u) => [u.id, numbered.has(u.id) ? 1000 + numbered.get(u.id)! : keys.indexOf(current.get(u.id)!)]));
}

describe('redrawFlagged', () => {
  it('moves nothing when every district is in the band and in one piece', () => {
    expect(findFlaggedDistricts(units, adjacency, rows(), [8, 12])).toEqual([]);
    const result = redrawFlagged(units, adjacency, rows(), [8, 12]);
    expect(result).toEqual({ assignment: new Map(), flagged: [], redrawn: [], withinTarget: true });
  });

  it('redraws an over-band district on its own when it can be split, leaving the rest', () => {
    const current = rows(Object.fromEntries(units.filter((u) => u.id.startsWith('r1c')).map((u) => [u.id, 'row0'])));
    const result = redrawFlagged(units, adjacency, current, [8, 12]);
    expect(result.flagged).toEqual(['row0']);
    expect(result.redrawn).toEqual(['row0']);
    expect([...result.assignment.keys()].sort()).toEqual(units.filter((u) => /^r[01]c/.test(u.id)).map((u) => u.id).sort());
    const metrics = measurePlan(units, adjacency, applied(current, result.assignment));
    expect(metrics.contiguous).toBe(true);
    expect(metrics.districts.every((d) => d.weight >= 8 && d.weight <= 12)).toBe(true);
    expect(result.withinTarget).toBe(true);
  });

  it('flags districts in two pieces and reconnects them', () => {
    const current = rows({ r0c9: 'row9', r9c9: 'row0' });
    expect(findFlaggedDistricts(units, adjacency, current, [8, 12])).toEqual(['row0', 'row9']);
    const result = redrawFlagged(units, adjacency, current, [8, 12]);
    expect(result.redrawn).toEqual(['row0', 'row9']);
    expect(measurePlan(units, adjacency, applied(current, result.assignment)).contiguous).toBe(true);
  });

  it('takes the ring of neighbours when a district under the band cannot be fixed alone', () => {
    // row3 keeps c0–c6 (7 units, under 8); r3c7 joins row2 (11) and r3c8–9 join row4 (12), both still in band.
    const current = rows({ r3c7: 'row2', r3c8: 'row4', r3c9: 'row4' });
    const result = redrawFlagged(units, adjacency, current, [8, 12]);
    expect(result.flagged).toEqual(['row3']);
    expect(result.redrawn).toEqual(['row2', 'row3', 'row4']);
    const after = applied(current, result.assignment);
    for (const u of units) if (!/^r[234]c/.test(u.id)) expect(result.assignment.has(u.id)).toBe(false);
    const metrics = measurePlan(units, adjacency, after);
    expect(metrics.contiguous).toBe(true);
    expect(metrics.districts.every((d) => d.weight >= 8 && d.weight <= 12)).toBe(true);
    expect(result.withinTarget).toBe(true);
  });

  it('flags a district across two regions or sharing a group with another', () => {
    const regional = units.map((u) => ({ ...u, regionId: u.id.startsWith('r0c') && u.id !== 'r0c9' ? 'A' : 'B', groupId: u.id === 'r5c9' || u.id === 'r6c9' ? 'g' : undefined }));
    expect(findFlaggedDistricts(regional, adjacency, rows(), [8, 12])).toEqual(['row0', 'row5', 'row6']);
  });

  it('throws as a full redraw would when no region can meet the band', () => {
    expect(() => redrawFlagged(units, adjacency, rows(), [70, 80])).toThrow(RedistrictInputError);
  });
});
