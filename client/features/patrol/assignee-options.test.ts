import { describe, expect, it } from 'vitest';
import type { PatrolAssignee } from '../../../core/contracts/patrol';
import { assigneeOptions, beatsOfStops, defaultAssignee } from './assignee-options';

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

  it('proposes the offered beat that holds most of the stops, else none, so that the leader picks', () => {
    const all = assigneeOptions(assignees, null);
    expect(defaultAssignee(all, ['PS02-J01', 'PS01-J01', 'PS02-J01', null])).toBe('beat:PS02-J01');
    expect(defaultAssignee(all, ['PS01-J01', 'PS02-J01'])).toBe('beat:PS01-J01'); // a tie: the first offered
    // The stops' beat is not offered (the route starts at the other station): no proposal, not the list's first beat.
    expect(defaultAssignee(assigneeOptions(assignees, 'PS01'), ['PS02-J01', 'PS02-J01'])).toBe('');
    expect(defaultAssignee(all, [null, null])).toBe('');
    expect(defaultAssignee({ units: [assignees[0]], officers: [] }, ['PS01-J01'])).toBe('');
  });
});

describe('beatsOfStops', () => {
  const square = (x: number, code: string) => ({
    type: 'Feature' as const,
    geometry: { type: 'Polygon' as const, coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] },
    properties: { code },
  });
  it('names the beat each stop lies in, null outside every beat or without a place', () => {
    const beats = [square(0, 'PS01-J01'), square(1, 'PS01-J02')];
    expect(beatsOfStops([{ lngLat: [1.5, 0.5] }, { lngLat: [0.2, 0.2] }, { lngLat: [5, 5] }, { lngLat: null }], beats)).toEqual(['PS01-J02', 'PS01-J01', null, null]);
  });
});
