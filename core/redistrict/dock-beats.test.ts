import { describe, expect, it } from 'vitest';
import { dockBeats } from './dock-beats';

describe('dockBeats', () => {
  it('gives a split grid to the beat holding most of its households and counts the load under the proposal', () => {
    const report = dockBeats([
      { grid: 'G1', beat: 'B1', households: 100, incidents: 3 },
      { grid: 'G1', beat: 'B2', households: 250, incidents: 1 },
      { grid: 'G2', beat: 'B1', households: 400, incidents: 10 },
      { grid: 'G3', beat: null, households: 50, incidents: 0 },
    ]);
    expect(report.proposal).toEqual({ G1: 'B2', G2: 'B1' });
    expect(report.splitGrids).toEqual([{ grid: 'G1', beats: [{ beat: 'B2', households: 250 }, { beat: 'B1', households: 100 }] }]);
    expect(report.orphanGrids).toEqual(['G3']);
    expect(report.beats).toEqual([
      { code: 'B1', grids: ['G2'], households: 400, incidents12m: 10, officers: 1, incidentsPerOfficer: 10 },
      { code: 'B2', grids: ['G1'], households: 350, incidents12m: 4, officers: 1, incidentsPerOfficer: 4 },
    ]);
  });

  it('breaks a tie by the lower beat code and divides incidents by the officers of a beat', () => {
    const report = dockBeats(
      [
        { grid: 'G1', beat: 'B9', households: 10, incidents: 6 },
        { grid: 'G1', beat: 'B3', households: 10, incidents: 0 },
      ],
      new Map([['B3', 2]]),
    );
    expect(report.proposal).toEqual({ G1: 'B3' });
    expect(report.beats[0]).toMatchObject({ code: 'B3', officers: 2, incidentsPerOfficer: 3 });
  });

  it('reports nothing split when every grid lies in one beat', () => {
    const report = dockBeats([
      { grid: 'A', beat: 'B1', households: 1, incidents: 0 },
      { grid: 'B', beat: 'B1', households: 1, incidents: 0 },
    ]);
    expect(report.splitGrids).toEqual([]);
    expect(report.beats).toHaveLength(1);
  });
});
