import type { Feature, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { monacoRoads } from '../../test/fixtures/monaco/monaco';
import { buildRoadGraph } from './build-road-graph';
import { describeWay, parseMaxspeedKmh } from './describe-way';
import { findShortestPathTree } from './find-shortest-path-tree';
import { snapToGraph } from './snap-to-graph';
import type { RoadGraph } from './types';

const foot = buildRoadGraph(monacoRoads, { mode: 'foot' });
const car = buildRoadGraph(monacoRoads, { mode: 'car' });

const nodeOf = (graph: RoadGraph, osmId: number) => graph.nodeKey.indexOf(osmId);
const edgesBetween = (graph: RoadGraph, a: number, b: number) => {
  const found: number[] = [];
  for (let e = graph.edgeStart[a]; e < graph.edgeStart[a + 1]; e++) if (graph.edgeTarget[e] === b) found.push(e);
  return found;
};
const line = (coordinates: number[][], properties: Record<string, unknown>): Feature<LineString> => ({
  type: 'Feature',
  properties,
  geometry: { type: 'LineString', coordinates },
});

describe('buildRoadGraph on the Monaco extract', () => {
  it('has plausible node and edge counts for each mode', () => {
    // 4,770 distinct OSM nodes and 5,178 segments in all; cars may not use footways, steps, paths or private roads.
    expect(foot.nodeCount).toBeGreaterThan(4500);
    expect(foot.nodeCount).toBeLessThanOrEqual(4770);
    expect(foot.edgeTarget.length).toBeGreaterThan(2 * 4900);
    expect(car.nodeCount).toBeGreaterThan(2500);
    expect(car.nodeCount).toBeLessThan(foot.nodeCount);
    expect(car.edgeTarget.length).toBeLessThan(2 * (car.nodeCount + 500));
  });

  it('keeps most nodes in the largest connected component', () => {
    expect(foot.componentSizes[0] / foot.nodeCount).toBeGreaterThan(0.95);
    expect(car.componentSizes[0] / car.nodeCount).toBeGreaterThan(0.85);
    expect(foot.componentSizes.reduce((a, b) => a + b, 0)).toBe(foot.nodeCount);
  });

  it('lets a car down Boulevard Albert 1er only in its oneway direction, and a walker both ways', () => {
    const feature = monacoRoads.features.find((f) => f.properties?.osm_id === 4226740)!;
    expect(feature.properties).toMatchObject({ name: 'Boulevard Albert 1er', oneway: 'yes' });
    const [a, b] = [nodeOf(car, 25192130), nodeOf(car, 1737389127)];
    expect(edgesBetween(car, a, b)).toHaveLength(1);
    expect(edgesBetween(car, b, a)).toHaveLength(0);
    const forwardM = findShortestPathTree(car, a).metres[b];
    const backwardM = findShortestPathTree(car, b).metres[a];
    expect(forwardM).toBeCloseTo(9.4, 0);
    expect(backwardM).toBeGreaterThan(1000); // round the block
    const [fa, fb] = [nodeOf(foot, 25192130), nodeOf(foot, 1737389127)];
    expect(findShortestPathTree(foot, fb).metres[fa]).toBeCloseTo(forwardM, 6);
  });

  it('treats a roundabout as oneway for cars', () => {
    const roundabout = monacoRoads.features.find((f) => f.properties?.osm_id === 25739583)!;
    expect(roundabout.properties).toMatchObject({ junction: 'roundabout' });
    const refs = roundabout.properties!.node_refs as number[];
    const [a, b] = [nodeOf(car, refs[0]), nodeOf(car, refs[1])];
    expect(edgesBetween(car, a, b)).toHaveLength(1);
    expect(edgesBetween(car, b, a)).toHaveLength(0);
  });

  it('gives edge times from the class speed (primary 40 km/h by car, 4.5 km/h on foot)', () => {
    const [a, b] = [nodeOf(car, 25192130), nodeOf(car, 1737389127)];
    const e = edgesBetween(car, a, b)[0];
    expect(car.edgeMinutes[e]).toBeCloseTo(car.edgeLengthM[e] / (40_000 / 60), 9);
    const fe = edgesBetween(foot, nodeOf(foot, 25192130), nodeOf(foot, 1737389127))[0];
    expect(foot.edgeMinutes[fe]).toBeCloseTo(foot.edgeLengthM[fe] / (4_500 / 60), 9);
  });

  it('joins ways at equal coordinates when node_refs are absent, and finds nearly the same nodes in Monaco', () => {
    const stripped = monacoRoads.features.map((f) => ({ ...f, properties: { ...f.properties, node_refs: undefined } }));
    const byCoordinates = buildRoadGraph(stripped, { mode: 'foot' });
    // Exactly one pair of distinct OSM nodes in the walkable network sits at the same position: merged by coordinates.
    expect(byCoordinates.nodeCount).toBe(foot.nodeCount - 1);
    expect(Math.abs(byCoordinates.edgeTarget.length - foot.edgeTarget.length)).toBeLessThanOrEqual(4);
    expect(Math.abs(byCoordinates.componentSizes[0] - foot.componentSizes[0])).toBeLessThanOrEqual(2);
  });

  it('does not mutate its input', () => {
    const roads = [line([[7.42, 43.73], [7.421, 43.73]], { highway: 'residential', node_refs: [1, 2] })];
    const before = JSON.stringify(roads);
    buildRoadGraph(roads, { mode: 'car' });
    expect(JSON.stringify(roads)).toBe(before);
  });
});

describe('buildRoadGraph on small cases', () => {
  it('merges vertices that round to the same 1e-7 degree', () => {
    const roads = [
      line([[7.42, 43.73], [7.421, 43.73]], { highway: 'residential' }),
      line([[7.42100000004, 43.73], [7.421, 43.731]], { highway: 'residential' }),
    ];
    const graph = buildRoadGraph(roads, { mode: 'car' });
    expect(graph.nodeCount).toBe(3);
    expect(graph.componentSizes).toEqual([3]);
  });

  it('is empty for an empty collection', () => {
    const graph = buildRoadGraph({ type: 'FeatureCollection', features: [] }, { mode: 'foot' });
    expect(graph.nodeCount).toBe(0);
    expect(snapToGraph(graph, [7.42, 43.73])).toBeNull();
  });

  it('honours oneway=-1 as against the drawing direction', () => {
    const graph = buildRoadGraph([line([[7.42, 43.73], [7.421, 43.73]], { highway: 'service', oneway: '-1' })], { mode: 'car' });
    expect(edgesBetween(graph, 0, 1)).toHaveLength(0);
    expect(edgesBetween(graph, 1, 0)).toHaveLength(1);
  });
});

describe('describeWay', () => {
  it('keeps cars off footways, steps and private roads, and walkers off motorways', () => {
    expect(describeWay({ highway: 'footway' }, 'car')).toBeNull();
    expect(describeWay({ highway: 'steps' }, 'car')).toBeNull();
    expect(describeWay({ highway: 'service', access: 'private' }, 'car')).toBeNull();
    expect(describeWay({ highway: 'motorway' }, 'foot')).toBeNull();
    expect(describeWay({ highway: 'steps' }, 'foot')).toEqual({ forward: true, backward: true, speedKmh: 2.5 });
  });

  it('lets a tagged maxspeed only lower the class speed', () => {
    expect(describeWay({ highway: 'primary', maxspeed: '30' }, 'car')?.speedKmh).toBe(30);
    expect(describeWay({ highway: 'primary', maxspeed: '50' }, 'car')?.speedKmh).toBe(40);
    expect(parseMaxspeedKmh('20 mph')).toBeCloseTo(32.19, 2);
    expect(parseMaxspeedKmh('walk')).toBeNull();
  });

  it('lets oneway=no override a roundabout', () => {
    expect(describeWay({ highway: 'primary', junction: 'roundabout', oneway: 'no' }, 'car')).toMatchObject({ forward: true, backward: true });
  });
});

describe('snapToGraph', () => {
  it('snaps the Condamine police station to a node a few metres away', () => {
    const snap = snapToGraph(foot, [7.4197197, 43.7321058])!;
    expect(snap.distanceM).toBeLessThan(50);
    expect(snap.lngLat).toEqual([foot.nodeLngLat[2 * snap.node], foot.nodeLngLat[2 * snap.node + 1]]);
  });

  it('returns distance 0 on a node, and only nodes of the component asked for', () => {
    const v = car.component.indexOf(1);
    const p: [number, number] = [car.nodeLngLat[2 * v], car.nodeLngLat[2 * v + 1]];
    expect(snapToGraph(car, p)).toMatchObject({ node: v, distanceM: 0 });
    const inLargest = snapToGraph(car, p, { component: 0 })!;
    expect(car.component[inLargest.node]).toBe(0);
    expect(inLargest.distanceM).toBeGreaterThan(0);
  });
});
