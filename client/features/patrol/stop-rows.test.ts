import { describe, expect, it } from 'vitest';
import { plannedEndOf } from '../../../core/contracts/patrol';
import { fixtureCandidates, fixturePlan } from './patrol-fixture';
import { routeFromPlan } from './shown-route';
import { candidatesCut, methodKind, readDropReason, routeTotals, toStopRows, unplannedRows } from './stop-rows';

const route = routeFromPlan(fixturePlan, ['KP03']);

describe('the stop list', () => {
  it('numbers the stops in visiting order with their times, wait, risk and 必到 flag', () => {
    expect(toStopRows(route.stops)).toEqual([
      { order: 1, id: 'cell-10-12', kind: 'hotspot', name: null, arrival: '19:04', departure: '19:09', waitMin: 0, risk: '2.38', mandatory: false },
      { order: 2, id: 'KP03', kind: 'key_place', name: '达川中学 <南门>', arrival: '19:14', departure: '19:21', waitMin: 2, risk: '1.50', mandatory: true },
      { order: 3, id: 'cell-11-12', kind: 'hotspot', name: null, arrival: '19:28', departure: '19:33', waitMin: 0, risk: '1.25', mandatory: false },
    ]);
  });

  it('is empty for a route without stops', () => {
    expect(toStopRows([])).toEqual([]);
  });
});

describe('the totals', () => {
  it('rounds minutes up and gives distance and risk to two decimals', () => {
    expect(routeTotals(route)).toEqual({ stops: 3, distanceKm: '3.46', minutes: 62, budgetMin: 90, coveredRisk: '5.13', method: 'dijkstra', backAt: '20:02' });
  });

  it('says when the patrol is back at its start, past midnight too, and nothing for a route without stops', () => {
    expect(routeTotals({ ...route, window: { start: '23:00', end: '03:00' }, minutes: 75.2 }).backAt).toBe('00:16');
    // The saved routes and the phone read plannedEndOf: the same minute for a plan of 87.3 (it read 20:28 here, 20:27 there).
    expect(routeTotals({ ...route, minutes: 87.3 }).backAt).toBe(plannedEndOf('19:00', 87.3));
    expect(plannedEndOf('19:00', 87.3)).toBe('20:28');
    expect(routeTotals({ ...route, stops: [], minutes: 0 }).backAt).toBeNull();
  });

  it('does not round whole minutes up', () => {
    expect(routeTotals({ ...route, minutes: 90 }).minutes).toBe(90);
    expect(Object.is(routeTotals({ ...route, minutes: 0 }).minutes, 0)).toBe(true);
  });

  it('tells the three methods apart, the straight-line fallback above all', () => {
    expect(methodKind('road network (pgRouting)')).toBe('pgrouting');
    expect(methodKind('road network (TypeScript Dijkstra)')).toBe('dijkstra');
    expect(methodKind('straight-line (no road data)')).toBe('straight');
    expect(methodKind('carrier pigeon')).toBe('other');
  });
});

describe('what the route leaves out', () => {
  it('lists the dropped candidates with their reason, then those beyond the budget, best first', () => {
    expect(unplannedRows(route, fixtureCandidates)).toEqual([
      { id: 'cell-40-40', kind: 'hotspot', name: null, risk: '0.50', reason: { kind: 'off-road', distanceM: 612, limitM: 500 } },
      { id: 'KP07', kind: 'key_place', name: '火车站', risk: '1.00', reason: { kind: 'budget' } },
    ]);
  });

  it('knows only the dropped ones without the candidates (a saved route)', () => {
    expect(unplannedRows(route, undefined).map((r) => r.id)).toEqual(['cell-40-40']);
  });

  it('reads why from the code and its figures, whatever language the reason is worded in', () => {
    expect(readDropReason({ code: 'off_road', distanceM: 612, limitM: 500, reason: '离最近的道路 612 米，超过 500 米' })).toEqual({ kind: 'off-road', distanceM: 612, limitM: 500 });
    expect(readDropReason({ code: 'unreachable', reason: '从起点无法沿道路到达' })).toEqual({ kind: 'unreachable' });
    expect(readDropReason({ code: 'no_return', reason: 'x' })).toEqual({ kind: 'no-return' });
  });

  it('reads the English reasons of routes saved before the codes, and keeps one it does not know as text', () => {
    expect(readDropReason({ reason: 'unreachable from the start' })).toEqual({ kind: 'unreachable' });
    expect(readDropReason({ reason: 'the start cannot be reached from it' })).toEqual({ kind: 'no-return' });
    expect(readDropReason({ reason: '612 m from the nearest road (limit 500 m)' })).toEqual({ kind: 'off-road', distanceM: 612, limitM: 500 });
    expect(readDropReason({ reason: 'closed for works' })).toEqual({ kind: 'raw', text: 'closed for works' });
  });
});

describe('the candidates a plan left out unweighed', () => {
  it('are told with their count when the area offers more than the plan weighed', () => {
    expect(candidatesCut(new Array(50), 153)).toEqual({ used: 50, total: 153 });
  });

  it('are none when the plan weighed them all, or before there is a plan or a candidate list', () => {
    expect(candidatesCut(new Array(12), 12)).toBeNull();
    expect(candidatesCut(undefined, 153)).toBeNull();
    expect(candidatesCut(new Array(50), undefined)).toBeNull();
  });
});
