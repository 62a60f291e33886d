import { describe, expect, it } from 'vitest';
import { fixturePlan } from './patrol-fixture';
import { buildRouteGeojson } from './route-geojson';
import { routeFromPlan } from './shown-route';

const route = routeFromPlan(fixturePlan, ['KP03']);

describe('the GeoJSON of a route', () => {
  const fc = buildRouteGeojson(route, '夜巡一线');

  it('has the path as a LineString with the plan’s totals first', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features[0].geometry).toEqual(fixturePlan.geometry);
    expect(fc.features[0].properties).toMatchObject({
      kind: 'route', name: '夜巡一线', stationCode: 'PS01', window: '19:00–23:00', mode: 'foot', distanceKm: 3.4567, minutes: 61.02, coveredRisk: 5.125,
    });
  });

  it('has the start, then a Point a stop in visiting order with its times', () => {
    expect(fc.features.map((f) => f.geometry.type)).toEqual(['LineString', 'Point', 'Point', 'Point', 'Point']);
    expect(fc.features[1].properties).toEqual({ kind: 'start', order: 0, id: 'PS01', name: '城区派出所' });
    expect(fc.features[3]).toMatchObject({
      geometry: { type: 'Point', coordinates: [107.505, 31.203] },
      properties: { kind: 'stop', order: 2, id: 'KP03', stopKind: 'key_place', arrival: '19:14', departure: '19:21', mandatory: true, risk: 1.5 },
    });
  });

  it('survives a JSON round trip unchanged (plain data only)', () => {
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
  });
});
