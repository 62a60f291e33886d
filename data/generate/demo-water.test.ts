import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from './demo-dataset-fixture';

describe('the demo river', () => {
  const d = fixtureDataset().dataset;
  const river = d.water.find((w) => w.kind === 'river')!;
  const surface = d.water.find((w) => w.kind === 'riverbank')!;

  it('has a centre line of several kilometres and a water surface, both named', () => {
    expect(river.geom.type).toBe('LineString');
    expect(turf.length(turf.feature(river.geom), { units: 'kilometers' })).toBeGreaterThan(5);
    expect(surface.geom.type).toBe('Polygon');
    expect(river.name).toBe('明月江');
    expect(surface.name).toBe(river.name);
  });

  it('stays inside the district', () => {
    const district = turf.feature(d.district.geom);
    for (const p of (river.geom as GeoJSON.LineString).coordinates) expect(turf.booleanPointInPolygon(p, district as never)).toBe(true);
  });

  it('crosses no building and no road', () => {
    const water = turf.feature(surface.geom);
    const hits = d.buildings.filter((b) => turf.booleanIntersects(turf.feature(b.geom), water));
    expect(hits.map((b) => b.code)).toEqual([]);
    const wet = d.roadEdges.filter((e) => turf.booleanIntersects(turf.feature(e.geom), water));
    expect(wet.map((e) => e.id)).toEqual([]);
  });
});
