import { describe, expect, it } from 'vitest';
import { buildPatrolCard, formatLngLat, weekdayRuns } from './patrol-card';
import { fixturePlan } from './patrol-fixture';
import { routeFromPlan } from './shown-route';

const route = routeFromPlan(fixturePlan, ['KP03']);

describe('the patrol card', () => {
  it('states the station, window, days, mode, totals and method, and lists every stop', () => {
    const card = buildPatrolCard(route, '夜巡一线');
    expect(card).toMatchObject({
      title: '夜巡一线',
      station: '城区派出所',
      window: '19:00–23:00',
      weekdays: [1, 2, 3, 4, 5],
      mode: 'foot',
      dwellMin: 5,
      assignedTo: null,
      totals: { stops: 3, distanceKm: '3.46', minutes: 62, budgetMin: 90, coveredRisk: '5.13', method: 'dijkstra' },
      method: 'road network (TypeScript Dijkstra)',
    });
    expect(card.rows.map((r) => `${r.order} ${r.arrival}–${r.departure}`)).toEqual(['1 19:04–19:09', '2 19:14–19:21', '3 19:28–19:33']);
  });

  it('carries the plan’s weekdays and no date: one printed card serves every shift it was planned for', () => {
    const card = buildPatrolCard({ ...route, weekdays: [5, 6] }, '夜巡一线');
    expect(card.weekdays).toEqual([5, 6]);
    expect(Object.values(card).some((v) => typeof v === 'string' && /\d{4}-\d\d-\d\d/.test(v))).toBe(false);
  });

  it('names the unit of a saved route, and no station for a picked start', () => {
    const card = buildPatrolCard({ ...route, stationCode: null, saved: { id: 'x', name: 'n', assignedTo: 'beat:PS01-J01', assignedName: '城区派出所第1警格' } }, 'n');
    expect(card.station).toBeNull();
    expect(card.assignedTo).toBe('城区派出所第1警格');
  });

  it('names a picked start by the place the server named it, and a station\'s start by the station only', () => {
    const picked = buildPatrolCard({ ...route, stationCode: null, stationName: '星河城1栋附近' }, 'n');
    expect(picked.startPlace).toBe('星河城1栋附近');
    expect(buildPatrolCard(route, 'n').startPlace).toBeNull();
  });

  it('says where the hotspot stops came from, as the route panel does (null when the saved route did not record it)', () => {
    expect(buildPatrolCard({ ...route, hotspots: 'forecast' }, 'n').hotspots).toBe('forecast');
    expect(buildPatrolCard({ ...route, hotspots: null }, 'n').hotspots).toBeNull();
  });

  it('writes a start point to about a metre', () => {
    expect(formatLngLat([107.123456789, 31.2])).toBe('107.12346, 31.20000');
  });
});

describe('weekdayRuns', () => {
  it('joins three or more days in a row into a run and lists shorter ones', () => {
    expect(weekdayRuns([1, 2, 3, 4, 5])).toEqual([[1, 5]]);
    expect(weekdayRuns([5, 1, 2, 3])).toEqual([[1, 3], [5, 5]]);
    expect(weekdayRuns([6, 5])).toEqual([[5, 5], [6, 6]]);
    expect(weekdayRuns([])).toEqual([]);
  });
});
