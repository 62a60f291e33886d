import * as turf from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoDataset } from './dataset';
import { areaM2, feature, fixtureDataset } from './demo-dataset-fixture';

let d: DemoDataset;
beforeAll(() => {
  d = fixtureDataset().dataset;
});

describe('stations and beats', () => {
  it('has six stations, one per urban street, each inside its street', () => {
    expect(d.stations).toHaveLength(6);
    expect(d.stations.map((s) => s.name)).toContain('三里坪派出所');
    for (const s of d.stations) {
      const street = d.streets.find((x) => x.code === s.streetCode)!;
      expect(turf.booleanPointInPolygon(s.geom, feature(street.geom!))).toBe(true);
    }
    expect(new Set(d.stations.map((s) => s.streetCode)).size).toBe(6);
  });

  it('docks beats onto grids: 40–60 beats of 2–6 grids, every grid in exactly one', () => {
    expect(d.beats.length).toBeGreaterThanOrEqual(40);
    expect(d.beats.length).toBeLessThanOrEqual(60);
    const all = d.beats.flatMap((b) => b.gridCodes);
    expect(all).toHaveLength(208);
    expect(new Set(all)).toEqual(new Set(d.grids.map((g) => g.code)));
    expect(d.beats.every((b) => b.gridCodes.length >= 2 && b.gridCodes.length <= 6)).toBe(true);
  });

  it('keeps a beat inside its station’s street and codes it after the station', () => {
    const streetOfGrid = new Map(d.grids.map((g) => [g.code, g.streetCode]));
    for (const b of d.beats) {
      const station = d.stations.find((s) => s.code === b.stationCode)!;
      expect(b.code.startsWith(`${station.code}-J`)).toBe(true);
      expect(b.gridCodes.every((g) => streetOfGrid.get(g) === station.streetCode)).toBe(true);
    }
  });

  it('draws each beat as one polygon, the union of its grids', () => {
    const gridArea = new Map(d.grids.map((g) => [g.code, areaM2(g.geom)]));
    for (const b of d.beats) {
      const sum = b.gridCodes.reduce((a, g) => a + gridArea.get(g)!, 0);
      expect(Math.abs(sum - areaM2(b.geom)) / sum).toBeLessThan(1e-4);
      expect(b.geom.type).toBe('Polygon');
    }
  });
});
