import { describe, expect, it } from 'vitest';
import { fixtureCandidates, fixturePlan } from './patrol-fixture';
import { boundsAround, boundsOf, patrolView, toPatrolLayerData } from './patrol-map-data';
import { routeFromPlan } from './shown-route';

const route = routeFromPlan(fixturePlan, ['KP03']);
const start = { lngLat: [107.5, 31.2] as [number, number], label: '城区派出所' };

describe('the patrol map’s data', () => {
  it('before planning: cells with a ring, key places marked 必到 or infeasible, no route or stops', () => {
    const d = toPatrolLayerData({ candidates: fixtureCandidates, route: null, mandatory: ['KP07'], infeasible: ['KP07'], start });
    expect(d.cells.map((c) => c.id)).toEqual(['cell-10-12']); // the others have no ring in the fixture
    expect(d.places).toEqual([
      { id: 'KP03', name: '达川中学 <南门>', lngLat: [107.505, 31.203], risk: 1.5, mandatory: false, visited: false, infeasible: false },
      { id: 'KP07', name: '火车站', lngLat: [107.53, 31.22], risk: 1, mandatory: true, visited: false, infeasible: true },
    ]);
    expect(d.route).toBeUndefined();
    expect(d.stops).toEqual([]);
    expect(d.start).toEqual(start);
  });

  it('with a route: its path and arrows, numbered stops, the visited candidates', () => {
    const d = toPatrolLayerData({ candidates: fixtureCandidates, route, mandatory: ['KP03'], infeasible: [], start });
    expect(d.route!.path).toBe(route.path);
    expect(d.route!.straight).toBe(false);
    expect(d.route!.arrows.length).toBeGreaterThan(3);
    expect(d.stops.map((s) => [s.order, s.id])).toEqual([[1, 'cell-10-12'], [2, 'KP03'], [3, 'cell-11-12']]);
    expect(d.cells[0].visited).toBe(true);
    expect(d.places.find((p) => p.id === 'KP03')).toMatchObject({ mandatory: true, visited: true });
  });

  it('marks the straight-line fallback', () => {
    const d = toPatrolLayerData({ candidates: [], route: { ...route, method: 'straight-line (no road data)' }, mandatory: [], infeasible: [], start: null });
    expect(d.route!.straight).toBe(true);
    expect(d.start).toBeUndefined();
  });
});

describe('what the map shows', () => {
  it('fits the whole route and its stops once there is one', () => {
    const v = patrolView(route, [107.5, 31.2], 'foot')!;
    expect(v.bounds).toEqual([107.5, 31.199, 107.507, 31.203]);
  });

  it('otherwise the candidates’ circle around the start: 1.5 km on foot, 4 km by car', () => {
    const foot = patrolView(null, [107.5, 31.2], 'foot')!;
    const car = patrolView(null, [107.5, 31.2], 'car')!;
    expect(foot.bounds[3] - 31.2).toBeCloseTo(1500 / 110_540, 8);
    expect(car.bounds[3] - 31.2).toBeCloseTo(4000 / 110_540, 8);
    expect(foot.key).not.toBe(car.key);
    expect(patrolView(null, null, 'foot')).toBeNull();
  });

  it("opens on the user's jurisdiction, widened to the start's circle, and stays put while a new start lies inside it", () => {
    const home: [number, number, number, number] = [107.4, 31.1, 107.6, 31.3];
    expect(patrolView(null, null, 'foot', home)!.bounds).toEqual(home);
    const inside = patrolView(null, [107.5, 31.2], 'foot', home)!;
    expect(inside.bounds).toEqual(home);
    expect(patrolView(null, [107.45, 31.25], 'foot', home)!.key).toBe(inside.key);
    const atEdge = patrolView(null, [107.6, 31.2], 'foot', home)!;
    expect(atEdge.bounds[2]).toBeCloseTo(107.6 + 1500 / (111_320 * Math.cos((31.2 * Math.PI) / 180)), 8);
    expect(atEdge.bounds.slice(0, 2)).toEqual([107.4, 31.1]);
  });

  it('gives a route that never leaves its start a small box around it', () => {
    const still = { ...route, stops: [], path: [[107.62, 31.05], [107.62, 31.05]] as [number, number][], start: [107.62, 31.05] as [number, number] };
    expect(patrolView(still, null, 'foot')!.bounds).toEqual(boundsAround([107.62, 31.05], 400));
  });

  it('boxes points, and nothing for none', () => {
    expect(boundsOf([[1, 2], [3, -1]])).toEqual([1, -1, 3, 2]);
    expect(boundsOf([])).toBeNull();
  });
});
