import type { Feature, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { monacoPoliceStation, monacoRoads, restaurantCandidates } from '../../test/fixtures/monaco/monaco';
import { buildRoadGraph } from './build-road-graph';
import { ROAD_METHOD, buildRoadTravelMatrix } from './build-road-travel-matrix';
import { STRAIGHT_LINE_METHOD, buildStraightLineMatrix } from './build-straight-line-matrix';
import { findShortestPathTree } from './find-shortest-path-tree';
import { measureDistanceM } from './measure-distance-m';
import type { LngLat } from './types';

const foot = buildRoadGraph(monacoRoads, { mode: 'foot' });
const car = buildRoadGraph(monacoRoads, { mode: 'car' });
const points: LngLat[] = [monacoPoliceStation, ...restaurantCandidates(1).map((c) => c.lngLat)];
const lengthOf = (path: LngLat[]) => path.slice(1).reduce((sum, p, k) => sum + measureDistanceM(path[k], p), 0);

describe('buildRoadTravelMatrix on Monaco', () => {
  const matrix = buildRoadTravelMatrix(foot, points);

  it('fills a finite matrix with a zero diagonal, named as the TypeScript Dijkstra', () => {
    expect(matrix.method).toBe(ROAD_METHOD);
    expect(matrix.minutes).toHaveLength(21);
    matrix.minutes.forEach((row, i) => row.forEach((m, j) => (i === j ? expect(m).toBe(0) : expect(m).toBeGreaterThan(0))));
  });

  it('is never shorter than the great circle, nor faster than walking pace', () => {
    for (let i = 0; i < points.length; i++) {
      for (let j = 0; j < points.length; j++) {
        const crowM = measureDistanceM(points[i], points[j]);
        expect(matrix.metres[i][j]).toBeGreaterThanOrEqual(crowM - 1e-6);
        expect(matrix.minutes[i][j]).toBeGreaterThanOrEqual(crowM / (4500 / 60) - 1e-9);
      }
    }
  });

  it('adds the walk to and from the road to the Dijkstra minutes between the snapped nodes', () => {
    const [si, sj] = [matrix.snaps[0]!, matrix.snaps[5]!];
    const road = findShortestPathTree(foot, si.node).minutes[sj.node];
    expect(matrix.minutes[0][5]).toBeCloseTo(road + (si.distanceM + sj.distanceM) / (4500 / 60), 9);
  });

  it('traces paths from point i to point j whose length is the matrix metres', () => {
    for (const [i, j] of [[0, 3], [7, 0], [12, 19]]) {
      const path = matrix.pathBetween(i, j);
      expect(path[0]).toEqual(points[i]);
      expect(path[path.length - 1]).toEqual(points[j]);
      expect(lengthOf(path)).toBeCloseTo(matrix.metres[i][j], 6);
    }
  });

  it('is asymmetric by car where oneways force a detour (Boulevard Albert 1er)', () => {
    const at = (osmId: number): LngLat => {
      const v = car.nodeKey.indexOf(osmId);
      return [car.nodeLngLat[2 * v], car.nodeLngLat[2 * v + 1]];
    };
    const m = buildRoadTravelMatrix(car, [at(25192130), at(1737389127)]);
    expect(m.metres[0][1]).toBeLessThan(10);
    expect(m.metres[1][0]).toBeGreaterThan(1000);
    expect(m.minutes[1][0]).toBeGreaterThan(50 * m.minutes[0][1]);
  });
});

describe('buildRoadTravelMatrix on disconnected roads', () => {
  const line = (coordinates: number[][]): Feature<LineString> => ({ type: 'Feature', properties: { highway: 'footway' }, geometry: { type: 'LineString', coordinates } });
  const islands = buildRoadGraph([line([[7.42, 43.73], [7.421, 43.73], [7.422, 43.73]]), line([[7.43, 43.74], [7.431, 43.74]])], { mode: 'foot' });
  const pts: LngLat[] = [[7.42, 43.7301], [7.4305, 43.7401]];

  it('marks pairs on different islands Infinity and refuses to trace them', () => {
    const m = buildRoadTravelMatrix(islands, pts, { snapToLargestComponent: false });
    expect(m.minutes[0][1]).toBe(Infinity);
    expect(m.minutes[1][0]).toBe(Infinity);
    expect(() => m.pathBetween(0, 1)).toThrow(/No road path/);
  });

  it('snaps every point into the largest component by default', () => {
    const m = buildRoadTravelMatrix(islands, pts);
    expect(Number.isFinite(m.minutes[0][1])).toBe(true);
    expect(m.snaps[1]!.distanceM).toBeGreaterThan(1000);
  });
});

describe('buildStraightLineMatrix', () => {
  it('is the great circle × 1.3 at walking pace, drawn straight', () => {
    const m = buildStraightLineMatrix(points, { mode: 'foot' });
    const crowM = measureDistanceM(points[0], points[1]);
    expect(m.method).toBe(STRAIGHT_LINE_METHOD);
    expect(m.method).toBe('straight-line (no road data)');
    expect(m.metres[0][1]).toBeCloseTo(crowM * 1.3, 9);
    expect(m.minutes[0][1]).toBeCloseTo((crowM * 1.3) / (4500 / 60), 9);
    expect(m.pathBetween(0, 1)).toEqual([points[0], points[1]]);
  });

  it('takes a detour factor and a speed', () => {
    const m = buildStraightLineMatrix(points, { mode: 'car', detourFactor: 1, speedKmh: 60 });
    expect(m.minutes[0][1]).toBeCloseTo(measureDistanceM(points[0], points[1]) / 1000, 9);
  });
});
