import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { monacoPoliceStation, monacoRoads, restaurantCandidates } from '../../test/fixtures/monaco/monaco';
import { buildRoadGraph } from './build-road-graph';
import { buildRoadTravelMatrix } from './build-road-travel-matrix';
import { measureDistanceM } from './measure-distance-m';
import { planRoute, type PlanRouteInput } from './plan-route';
import { MandatoryStopsInfeasibleError, PatrolInputError, type LngLat, type TravelMatrix } from './types';

const foot = buildRoadGraph(monacoRoads, { mode: 'foot' });
const restaurants = restaurantCandidates(2024);
const eveningShift = new Date('2024-05-01T19:00:00+02:00');
const monacoInput: PlanRouteInput = {
  graph: foot,
  mode: 'foot',
  start: { id: 'commissariat-condamine', lngLat: monacoPoliceStation },
  stops: restaurants,
  budgetMin: 60,
  dwellMin: 5,
  startTime: eveningShift,
};
const golden = JSON.parse(readFileSync(new URL('../../test/fixtures/monaco/patrol-foot-60min.out.geojson', import.meta.url), 'utf8')) as FeatureCollection;

describe('planRoute on Monaco: from the Condamine police station to the 20 restaurants, 60 min on foot, 5 min a stop', () => {
  const plan = planRoute(monacoInput);
  const matrix = buildRoadTravelMatrix(foot, [monacoPoliceStation, ...restaurants.map((r) => r.lngLat)]);
  const indexOf = (id: string) => 1 + restaurants.findIndex((r) => r.id === id);

  it('visits some restaurants within the budget, by the road network', () => {
    expect(plan.method).toBe('road network (TypeScript Dijkstra)');
    expect(plan.stops.length).toBeGreaterThan(2);
    expect(plan.minutes).toBeLessThanOrEqual(60);
    expect(plan.dropped).toEqual([]);
    expect(plan.coveredRisk).toBe(plan.stops.reduce((sum, s) => sum + s.risk, 0));
  });

  it('draws a closed line that starts and ends at the police station', () => {
    const line = plan.geometry.coordinates;
    expect(plan.geometry.type).toBe('LineString');
    expect(line[0]).toEqual(monacoPoliceStation);
    expect(line[line.length - 1]).toEqual(monacoPoliceStation);
    for (const stop of plan.stops) expect(line).toContainEqual(restaurants[indexOf(stop.id) - 1].lngLat);
  });

  it('gives increasing arrival times consistent with the travel matrix and the dwell', () => {
    let at = 0;
    let t = 0;
    for (const stop of plan.stops) {
      const i = indexOf(stop.id);
      expect(stop.arrivalMin).toBeCloseTo(t + matrix.minutes[at][i], 9);
      expect(stop.arrivalMin).toBeGreaterThan(t);
      expect(stop.waitMin).toBe(0);
      expect(stop.departureMin).toBeCloseTo(stop.arrivalMin + 5, 9);
      expect(stop.arrival).toBe(new Date(eveningShift.getTime() + stop.arrivalMin * 60_000).toISOString());
      t = stop.departureMin;
      at = i;
    }
    expect(plan.minutes).toBeCloseTo(t + matrix.minutes[at][0], 9);
  });

  it('measures the distance of the drawn line', () => {
    const line = plan.geometry.coordinates as LngLat[];
    const lengthM = line.slice(1).reduce((sum, p, k) => sum + measureDistanceM(line[k], p), 0);
    expect(plan.distanceKm).toBeCloseTo(lengthM / 1000, 6);
  });

  it('matches the golden route (test/fixtures/monaco/patrol-foot-60min.out.geojson)', () => {
    const route = golden.features.find((f) => f.geometry.type === 'LineString')!;
    expect(plan.geometry.coordinates).toEqual((route.geometry as { coordinates: number[][] }).coordinates);
    const visited = golden.features.filter((f) => f.properties?.order !== undefined).sort((a, b) => a.properties!.order - b.properties!.order);
    expect(plan.stops.map((s) => s.id)).toEqual(visited.map((f) => f.properties!.id));
  });

  it('always visits a mandatory low-risk restaurant', () => {
    const skipped = restaurants.find((r) => !plan.stops.some((s) => s.id === r.id))!;
    const stops = restaurants.map((r) => (r.id === skipped.id ? { ...r, mandatory: true } : r));
    const withMandatory = planRoute({ ...monacoInput, stops });
    expect(withMandatory.stops.find((s) => s.id === skipped.id)).toMatchObject({ mandatory: true });
    expect(withMandatory.minutes).toBeLessThanOrEqual(60);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(restaurants);
    planRoute(monacoInput);
    expect(JSON.stringify(restaurants)).toBe(before);
  });
});

describe('planRoute without road data, or with a matrix from elsewhere', () => {
  const stops = restaurants.slice(0, 6);

  it('falls back to straight lines and says so', () => {
    const plan = planRoute({ ...monacoInput, graph: null, stops });
    expect(plan.method).toBe('straight-line (no road data)');
    expect(plan.geometry.coordinates).toEqual([monacoPoliceStation, ...plan.stops.map((s) => stops.find((r) => r.id === s.id)!.lngLat), monacoPoliceStation]);
  });

  it('gives minutes of the day when the start time is a number', () => {
    const plan = planRoute({ ...monacoInput, graph: null, stops, startTime: 19 * 60 });
    expect(plan.stops[0].arrival).toBeCloseTo(1140 + plan.stops[0].arrivalMin, 9);
  });

  it('drops a stop the start cannot reach, or that cannot get back, with the reason (a pgRouting-style matrix)', () => {
    const points = [monacoPoliceStation, ...stops.map((s) => s.lngLat)];
    const road = buildRoadTravelMatrix(foot, points);
    const minutes = road.minutes.map((row) => [...row]);
    minutes[0][2] = Infinity;
    minutes[4][0] = Infinity;
    const matrix: TravelMatrix = { ...road, minutes, method: 'road network (pgRouting)' };
    const plan = planRoute({ ...monacoInput, graph: null, stops, matrix });
    expect(plan.method).toBe('road network (pgRouting)');
    expect(plan.dropped).toEqual([
      { id: stops[1].id, code: 'unreachable' },
      { id: stops[3].id, code: 'no_return' },
    ]);
    expect(plan.stops.map((s) => s.id)).not.toContain(stops[1].id);
    const mandatory = stops.map((s, k) => (k === 1 ? { ...s, mandatory: true } : s));
    expect(() => planRoute({ ...monacoInput, stops: mandatory, matrix })).toThrow(MandatoryStopsInfeasibleError);
  });

  it('drops a stop far from any road (out at sea)', () => {
    const atSea = { id: 'at-sea', lngLat: [7.45, 43.72] as LngLat, risk: 100 };
    const plan = planRoute({ ...monacoInput, stops: [...stops, atSea] });
    expect(plan.dropped).toEqual([{ id: 'at-sea', code: 'off_road', distanceM: expect.any(Number), limitM: 500 }]);
    expect(plan.dropped[0].distanceM).toBeGreaterThan(500);
  });

  it('returns the start twice when nothing fits the budget', () => {
    const plan = planRoute({ ...monacoInput, stops, budgetMin: 1 });
    expect(plan).toMatchObject({ stops: [], minutes: 0, distanceKm: 0, coveredRisk: 0 });
    expect(plan.geometry.coordinates).toEqual([monacoPoliceStation, monacoPoliceStation]);
  });

  it('refuses a graph built for another mode, and a start off the map', () => {
    expect(() => planRoute({ ...monacoInput, mode: 'car' })).toThrow(/graph was built for foot/);
    expect(() => planRoute({ ...monacoInput, start: { lngLat: [7.6, 43.6] } })).toThrow(PatrolInputError);
    expect(() => planRoute({ ...monacoInput, start: { lngLat: [Number.NaN, 43.7] } })).toThrow(/start\.lngLat/);
  });
});
