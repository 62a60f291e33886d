import { describe, expect, it } from 'vitest';
import type { PatrolAssignee } from '../../../core/contracts/patrol';
import { assigneeOptions, defaultAssignee } from './assignee-options';

const assignees: PatrolAssignee[] = [
  { id: 'station:PS01', kind: 'station', name: '城区派出所', stationCode: 'PS01' },
  { id: 'station:PS02', kind: 'station', name: '江陵派出所', stationCode: 'PS02' },
  { id: 'beat:PS01-J01', kind: 'beat', name: '城区派出所第1警格', stationCode: 'PS01' },
  { id: 'beat:PS02-J01', kind: 'beat', name: '江陵派出所第1警格', stationCode: 'PS02' },
  { id: 'officer:P00007', kind: 'officer', name: '王芳（城区派出所第1警格 社区民警）', stationCode: 'PS01' },
];

describe('assigneeOptions', () => {
  it('offers a station’s route only to that station, its beats and their officers, units apart from officers', () => {
    const o = assigneeOptions(assignees, 'PS01');
    expect(o.units.map((a) => a.id)).toEqual(['station:PS01', 'beat:PS01-J01']);
    expect(o.officers.map((a) => a.id)).toEqual(['officer:P00007']);
  });

  it('offers a route from a picked point to everyone of the scope', () => {
    const o = assigneeOptions(assignees, null);
    expect(o.units).toHaveLength(4);
    expect(o.officers).toHaveLength(1);
  });

  it('proposes the first beat, else the first unit, else none', () => {
    expect(defaultAssignee(assigneeOptions(assignees, 'PS01'))).toBe('beat:PS01-J01');
    expect(defaultAssignee({ units: [assignees[0]], officers: [] })).toBe('station:PS01');
    expect(defaultAssignee({ units: [], officers: [] })).toBe('');
  });
});
