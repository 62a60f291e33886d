import { describe, expect, it } from 'vitest';
import { buildPatrolCard, formatLngLat } from './patrol-card';
import { fixturePlan } from './patrol-fixture';
import { routeFromPlan } from './shown-route';

const route = routeFromPlan(fixturePlan, ['KP03']);

describe('the patrol card', () => {
  it('states the station, window, days, mode, totals and method, and lists every stop', () => {
    const card = buildPatrolCard(route, '夜巡一线', '2026-03-10');
    expect(card).toMatchObject({
      title: '夜巡一线',
      station: '城区派出所 (PS01)',
      window: '19:00–23:00',
      weekdays: [1, 2, 3, 4, 5],
      mode: 'foot',
      dwellMin: 5,
      assignedTo: null,
      day: '2026-03-10',
      totals: { stops: 3, distanceKm: '3.46', minutes: 62, budgetMin: 90, coveredRisk: '5.13', method: 'dijkstra' },
      method: 'road network (TypeScript Dijkstra)',
    });
    expect(card.rows.map((r) => `${r.order} ${r.arrival}–${r.departure}`)).toEqual(['1 19:04–19:09', '2 19:14–19:21', '3 19:28–19:33']);
  });

  it('names the unit of a saved route, and no station for a picked start', () => {
    const card = buildPatrolCard({ ...route, stationCode: null, saved: { id: 'x', name: 'n', assignedTo: 'PS01-J01' } }, 'n', '2026-03-10');
    expect(card.station).toBeNull();
    expect(card.assignedTo).toBe('PS01-J01');
  });

  it('writes a start point to about a metre', () => {
    expect(formatLngLat([107.123456789, 31.2])).toBe('107.12346, 31.20000');
  });
});
