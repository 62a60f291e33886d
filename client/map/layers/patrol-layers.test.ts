import { describe, expect, it } from 'vitest';
import { buildPatrolLayers, type PatrolLayerData } from './patrol-layers';
import { arrowSpacingM, placeRouteArrows } from './patrol-route-layer';

// About 100 m a side near Dachuan (31.2° N): 0.001° of latitude is 110.5 m, 0.001° of longitude 95.2 m.
const square: [number, number][] = [
  [107.5, 31.2],
  [107.501, 31.2],
  [107.501, 31.201],
  [107.5, 31.201],
  [107.5, 31.2],
];

const data: PatrolLayerData = {
  cells: [{ id: 'cell-1-1', polygon: square, hotspotClass: 'hot-95', risk: 2, visited: true }],
  places: [{ id: 'KP01', name: '学校', lngLat: [107.5005, 31.2005], risk: 1, mandatory: true, visited: false, infeasible: false }],
  route: { path: square, straight: false, arrows: placeRouteArrows(square, 100) },
  stops: [{ order: 1, id: 'cell-1-1', name: null, lngLat: [107.501, 31.2], kind: 'hotspot', mandatory: false, arrival: '19:05', departure: '19:10' }],
  start: { lngLat: [107.5, 31.2], label: '城区派出所' },
};

describe('buildPatrolLayers', () => {
  it('draws cells at the bottom, then the route, places, stops and the start on top', () => {
    expect(buildPatrolLayers(data).map((l) => l.id)).toEqual([
      'patrol-cells', 'patrol-route', 'patrol-route-arrows', 'patrol-places', 'patrol-stops', 'patrol-stop-numbers', 'patrol-start', 'patrol-start-label',
    ]);
  });

  it('outlines the jurisdiction\'s beats above the faded grids outside it and below the cells', () => {
    const polygon = { type: 'Polygon' as const, coordinates: [square] };
    const beats = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, geometry: polygon, properties: { code: 'B01', name: '城区派出所第1警格', stationCode: 'PS01', gridCount: 2, inScope: true } }] };
    const outsideGrids = { type: 'FeatureCollection' as const, features: [] };
    const ids = buildPatrolLayers({ ...data, beats, outsideGrids }).map((l) => l.id);
    expect(ids.slice(0, 2)).toEqual(['beat-outline', 'patrol-cells']);
    expect(buildPatrolLayers({ ...data, beats: { ...beats, features: [] } }).map((l) => l.id)).not.toContain('beat-outline');
  });

  it('leaves out the route, stops and start before anything is planned or picked', () => {
    expect(buildPatrolLayers({ cells: [], places: [], stops: [] }).map((l) => l.id)).toEqual(['patrol-cells', 'patrol-places']);
  });

  it('leaves out the arrows of a route without length (the straight-line fallback from a point to itself)', () => {
    const still: [number, number][] = [[107.62, 31.05], [107.62, 31.05]];
    const layers = buildPatrolLayers({ ...data, route: { path: still, straight: true, arrows: placeRouteArrows(still, 100) } });
    expect(layers.map((l) => l.id)).not.toContain('patrol-route-arrows');
    expect(layers.map((l) => l.id)).toContain('patrol-route');
  });
});

describe('placeRouteArrows', () => {
  it('places an arrow every spacing, the first half a spacing from the start, turned to its segment', () => {
    const arrows = placeRouteArrows(square, 100);
    // The square is about 411 m round: arrows at 50, 150, 250, 350 m.
    expect(arrows).toHaveLength(4);
    expect(arrows[0].angleDeg).toBeCloseTo(0, 6); // east
    expect(arrows[0].position[0]).toBeCloseTo(107.5 + 50 / 95.25 / 1000, 5);
    expect(arrows[1].angleDeg).toBeCloseTo(90, 6); // north
    expect(arrows[2].angleDeg).toBeCloseTo(180, 6); // west
    expect(arrows[3].angleDeg).toBeCloseTo(-90, 6); // south
  });

  it('gives none for an empty path, one point, or a path of repeated points', () => {
    expect(placeRouteArrows([], 100)).toEqual([]);
    expect(placeRouteArrows([[107.5, 31.2]], 100)).toEqual([]);
    expect(placeRouteArrows([[107.5, 31.2], [107.5, 31.2]], 100)).toEqual([]);
  });

  it('throws for a spacing that is not positive, and does not mutate the path', () => {
    const copy = structuredClone(square);
    expect(() => placeRouteArrows(square, 0)).toThrow(/spacingM/);
    placeRouteArrows(square, 50);
    expect(square).toEqual(copy);
  });

  it('spaces arrows so a long route has about two dozen, a short one at least 120 m apart', () => {
    expect(arrowSpacingM(12)).toBe(500);
    expect(arrowSpacingM(1)).toBe(120);
  });
});
