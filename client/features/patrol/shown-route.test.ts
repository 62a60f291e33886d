import { describe, expect, it } from 'vitest';
import type { SavedPatrolRoute } from '../../../core/contracts/patrol';
import { fixturePlan } from './patrol-fixture';
import { routeFromPlan, routeFromSaved, toSaveBody } from './shown-route';

const route = routeFromPlan(fixturePlan, ['KP03']);

describe('a route from a plan', () => {
  it('keeps the start, the terms, the timed stops, the path and the totals', () => {
    expect(route).toMatchObject({
      saved: null,
      stationCode: 'PS01',
      stationName: '城区派出所',
      start: [107.5, 31.2],
      window: { start: '19:00', end: '23:00' },
      mode: 'foot',
      budgetMin: 90,
      mandatory: ['KP03'],
      distanceKm: 3.4567,
      method: 'road network (TypeScript Dijkstra)',
    });
    expect(route.stops.map((s) => [s.id, s.arrival, s.departure])).toEqual([
      ['cell-10-12', '19:04', '19:09'],
      ['KP03', '19:14', '19:21'],
      ['cell-11-12', '19:28', '19:33'],
    ]);
    expect(route.path).toBe(fixturePlan.geometry.coordinates);
    expect(route.hotspots).toBe('forecast');
  });
});

describe('the save body', () => {
  it('is the route’s own request fields and its plan without candidates, as the contract accepts it', () => {
    const r = toSaveBody(route, ' 夜巡一线 ', 'beat:PS01-J01');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.body).toMatchObject({ name: '夜巡一线', assignedTo: 'beat:PS01-J01', stationCode: 'PS01', mandatory: ['KP03'], budgetMin: 90, dwellMin: 5 });
    expect(r.body.plan.stops).toHaveLength(3);
    expect(r.body.plan.geometry.coordinates).toEqual(fixturePlan.geometry.coordinates);
    expect(r.body.plan).not.toHaveProperty('candidates');
  });

  it('keeps where the plan’s hotspots came from, and leaves it out for a route that never knew it', () => {
    const r = toSaveBody(route, '夜巡一线', 'beat:PS01-J01');
    expect(r.ok && r.body.plan.hotspots).toBe('forecast');
    const old = toSaveBody({ ...route, hotspots: null }, '夜巡一线', 'beat:PS01-J01');
    expect(old.ok && old.body.plan).not.toHaveProperty('hotspots');
  });

  it('saves a route from a picked point with its start', () => {
    const r = toSaveBody({ ...route, stationCode: null, start: [107.51, 31.21] }, 'x', 'station:PS01');
    expect(r.ok && r.body.start).toEqual([107.51, 31.21]);
    expect(r.ok && 'stationCode' in r.body).toBe(false);
  });

  it('names the name and the unit when they are blank', () => {
    const r = toSaveBody(route, '  ', '');
    expect(!r.ok && r.issues.map((i) => i.field).sort()).toEqual(['assignedTo', 'name']);
  });

  it('refuses a typed unit that is no assignee id', () => {
    const r = toSaveBody(route, '夜巡', '张三的班组');
    expect(!r.ok && r.issues.map((i) => i.field)).toEqual(['assignedTo']);
  });
});

describe('a route opened again', () => {
  const saved: SavedPatrolRoute = {
    id: '6f1c1d1e-0000-4000-8000-000000000001',
    name: '夜巡一线',
    assignedTo: 'beat:PS01-J01',
    assignedName: '城区派出所第1警格',
    stationCode: 'PS01',
    mode: 'foot',
    window: { start: '23:00', end: '03:00' },
    weekdays: [5, 6],
    budgetMin: 90,
    dwellMin: 5,
    plannedEnd: '00:30',
    firstOnToday: '2026-12-04',
    createdBy: 'patrol',
    createdByName: 'PS01 巡防指挥（演示）',
    createdAt: '2026-03-10T12:00:00.000Z',
    plan: {
      stops: [
        { id: 'cell-1-2', risk: 1, mandatory: false, arrival: 70, departure: 75, arrivalMin: 70, departureMin: 75, waitMin: 0 },
        { id: 'KP03', risk: 1, mandatory: true, arrival: '00:20', departure: '00:25', arrivalMin: 80, departureMin: 85, waitMin: 0, kind: 'key_place', name: '学校', lngLat: [107.5, 31.2] },
      ],
      geometry: { type: 'LineString', coordinates: [[107.49, 31.19], [107.5, 31.2], [107.49, 31.19]] },
      distanceKm: 2,
      minutes: 88,
      coveredRisk: 2,
      method: 'straight-line (no road data)',
      dropped: [],
      mandatory: ['KP03'],
    },
  };

  it('shows the saved plan with its name and unit, starting at the path’s first point', () => {
    const r = routeFromSaved(saved, '城区派出所')!;
    expect(r.saved).toEqual({ id: saved.id, name: '夜巡一线', assignedTo: 'beat:PS01-J01', assignedName: '城区派出所第1警格' });
    expect(r.start).toEqual([107.49, 31.19]);
    expect(r.stationName).toBe('城区派出所');
    expect(r.mandatory).toEqual(['KP03']);
  });

  it('works out times kept as minutes from the window’s start, past midnight', () => {
    const [cell, place] = routeFromSaved(saved, null)!.stops;
    expect([cell.arrival, cell.departure]).toEqual(['00:10', '00:15']);
    expect(cell.kind).toBe('hotspot');
    expect(cell.lngLat).toBeNull();
    expect([place.arrival, place.kind, place.name]).toEqual(['00:20', 'key_place', '学校']);
  });

  it('names a start picked on the map by the name saved with it, not by a station', () => {
    const picked = { ...saved, stationCode: null, plan: { ...saved.plan!, start: [107.49, 31.19] as [number, number], startName: '星河城1栋附近' } };
    expect(routeFromSaved(picked, '城区派出所')!.stationName).toBe('星河城1栋附近');
  });

  it('says where its hotspots came from when the plan kept it, and that it is not known when not', () => {
    expect(routeFromSaved(saved, null)!.hotspots).toBeNull();
    expect(routeFromSaved({ ...saved, plan: { ...saved.plan!, hotspots: 'gi' } }, null)!.hotspots).toBe('gi');
  });

  it('is nothing without a plan (a list entry)', () => {
    expect(routeFromSaved({ ...saved, plan: undefined }, null)).toBeNull();
  });
});
