import { describe, expect, it } from 'vitest';
import { createBasemapCollector } from './create-basemap-collector';
import type { OsmElement } from './types';

// A square lake (ways 10 and 11 make its outer ring, in opposite directions) with a square island (way 12), a road
// and a building far to the east.
const nodes: OsmElement[] = [
  [1, 0, 0], [2, 1, 0], [3, 1, 1], [4, 0, 1],
  [5, 0.4, 0.4], [6, 0.6, 0.4], [7, 0.6, 0.6], [8, 0.4, 0.6],
  [20, 5, 5], [21, 5.001, 5], [22, 5.001, 5.001], [23, 5, 5.001],
].map(([id, lon, lat]) => ({ type: 'node', id, lon, lat }));
const ways: OsmElement[] = [
  { type: 'way', id: 10, refs: [1, 2, 3] },
  { type: 'way', id: 11, refs: [1, 4, 3] },
  { type: 'way', id: 12, refs: [5, 6, 7, 8, 5] },
  { type: 'way', id: 13, refs: [1, 3], tags: { highway: 'primary', name: 'Causeway' } },
  { type: 'way', id: 14, refs: [20, 21, 22, 23, 20], tags: { building: 'yes' } },
];
const lake: OsmElement = {
  type: 'relation',
  id: 100,
  tags: { type: 'multipolygon', natural: 'water' },
  members: [{ type: 'way', ref: 10, role: 'outer' }, { type: 'way', ref: 11, role: 'outer' }, { type: 'way', ref: 12, role: 'inner' }],
};

function collect(bbox?: [number, number, number, number]) {
  const collector = createBasemapCollector({ bbox });
  for (const e of [...nodes, ...ways, lake]) collector.addElement(e);
  for (const e of ways) if (e.type === 'way') collector.addMemberWay(e);
  return { wanted: collector.memberWayIds(), ...collector.finish() };
}

describe('createBasemapCollector', () => {
  it('asks for the member ways of water multipolygons and joins them into a polygon with its hole', () => {
    const { wanted, features, stats } = collect();
    expect([...wanted].sort()).toEqual([10, 11, 12]);
    const water = features.filter((f) => f.layer === 'water');
    expect(water).toHaveLength(1);
    expect(water[0].feature.properties).toEqual({ class: 'lake' });
    const geometry = water[0].feature.geometry;
    expect(geometry.type).toBe('MultiPolygon');
    expect(geometry.type === 'MultiPolygon' && geometry.coordinates[0].map((ring) => ring.length)).toEqual([5, 5]);
    expect(stats).toMatchObject({ nodes: 12, ways: 5, relations: 1, multipolygons: 1, unclosedRings: 0 });
  });

  it('converts tagged ways as it reads them and reports their extent', () => {
    const { features, extent } = collect();
    expect(features.map((f) => f.layer).sort()).toEqual(['building', 'transportation', 'transportation_name', 'water']);
    expect(extent).toEqual([0, 0, 5.001, 5.001]);
  });

  it('drops features wholly outside the bbox', () => {
    const { features, stats } = collect([-1, -1, 2, 2]);
    expect(features.map((f) => f.layer)).not.toContain('building');
    expect(stats.outsideBbox).toBe(1);
  });

  it('gives no features and a null extent for an extract without anything to draw', () => {
    const collector = createBasemapCollector();
    collector.addElement({ type: 'node', id: 1, lon: 0, lat: 0, tags: { amenity: 'bench' } });
    expect(collector.memberWayIds().size).toBe(0);
    expect(collector.finish()).toMatchObject({ features: [], extent: null });
  });
});
