import { describe, expect, it } from 'vitest';
import { buildRoadTravelMatrix } from './build-road-travel-matrix';
import { findShortestPathTree, tracePath } from './find-shortest-path-tree';
import { buildRoadGraphFromEdges, joinEdgeSteps, stepsOfNodePath, type RoadEdgeInput } from './road-graph-from-edges';
import { PatrolInputError, type LngLat } from './types';

// A block of four nodes (ids 10, 11, 12, 13) about 100 m apart, counter-clockwise from the south-west:
// 10 → 11 is one-way, 11–12 bends through a middle vertex, 12–13 is closed to this mode, 13–10 two-way,
// and 10–12 appears twice (a slow and a fast parallel edge).
const p: Record<number, LngLat> = { 10: [107.5, 31.2], 11: [107.501, 31.2], 12: [107.501, 31.201], 13: [107.5, 31.201] };
const edge = (id: number, source: number, target: number, costS: number, reverseCostS: number, via: LngLat[] = []): RoadEdgeInput => ({
  id, source, target, lengthM: 100, costS, reverseCostS, coordinates: [p[source], ...via, p[target]],
});
const edges: RoadEdgeInput[] = [
  edge(1, 10, 11, 60, -1),
  edge(2, 11, 12, 60, 60, [[107.5012, 31.2005]]),
  edge(3, 12, 13, -1, -1),
  edge(4, 13, 10, 60, 60),
  edge(5, 10, 12, 300, 300),
  edge(6, 12, 10, 90, 90),
];
const graph = buildRoadGraphFromEdges(edges, { mode: 'foot' });
const v = (id: number) => graph.nodeKey.indexOf(id);

describe('buildRoadGraphFromEdges', () => {
  it('keys nodes by the rows’ node ids at their edges’ end positions', () => {
    expect([...graph.nodeKey].sort()).toEqual([10, 11, 12, 13]);
    expect([graph.nodeLngLat[2 * v(12)], graph.nodeLngLat[2 * v(12) + 1]]).toEqual(p[12]);
  });

  it('adds one directed edge a direction with cost ≥ 0, in minutes, and none for a negative cost', () => {
    const out = (id: number) =>
      Array.from({ length: graph.edgeStart[v(id) + 1] - graph.edgeStart[v(id)] }, (_, k) => graph.edgeStart[v(id)] + k)
        .map((s) => [graph.nodeKey[graph.edgeTarget[s]], graph.edgeMinutes[s]]);
    expect(out(10)).toEqual(expect.arrayContaining([[11, 1], [12, 5]]));
    expect(out(11)).toEqual([[12, 1]]); // not back to 10: one-way
    expect(out(13)).toEqual([[10, 1]]); // not to 12: closed
    expect(graph.edgeStart[graph.nodeCount]).toBe(1 + 2 + 2 + 2 + 2);
  });

  it('labels strong components and bounds the speed for a heuristic', () => {
    expect(graph.componentSizes).toEqual([4]);
    expect(graph.maxSpeedKmh).toBeCloseTo((100 / 60) * 3.6, 9);
  });

  it('refuses a row without two positions or with a cost that is not a number', () => {
    expect(() => buildRoadGraphFromEdges([{ ...edges[0], coordinates: [p[10]] }], { mode: 'car' })).toThrow(PatrolInputError);
    expect(() => buildRoadGraphFromEdges([{ ...edges[0], costS: NaN }], { mode: 'car' })).toThrow(/edge 1/);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(edges);
    buildRoadGraphFromEdges(edges, { mode: 'car' });
    expect(JSON.stringify(edges)).toBe(before);
  });

  it('routes with the core travel matrix: round trips respect the one-way', () => {
    const m = buildRoadTravelMatrix(graph, [p[10], p[11]]);
    expect(m.minutes[0][1]).toBeCloseTo(1, 9);
    expect(m.minutes[1][0]).toBeCloseTo(2.5, 9); // 11 → 12 → 10 on the fast parallel edge
  });
});

describe('stepsOfNodePath and joinEdgeSteps', () => {
  const pathFrom = (a: number, b: number) => tracePath(findShortestPathTree(graph, v(a), [v(b)]), v(b))!;

  it('follows each edge’s own vertices, reversed when it is run from its target', () => {
    const steps = stepsOfNodePath(graph, edges, [v(11), v(12)]);
    expect(joinEdgeSteps(steps)).toEqual([p[11], [107.5012, 31.2005], p[12]]);
    const back = stepsOfNodePath(graph, edges, [v(12), v(11)]);
    expect(back[0]).toMatchObject({ fromNode: 12, edge: { id: 2 } });
    expect(joinEdgeSteps(back)).toEqual([p[12], [107.5012, 31.2005], p[11]]);
  });

  it('takes the fastest of parallel edges and writes shared joints once', () => {
    const steps = stepsOfNodePath(graph, edges, pathFrom(11, 10));
    expect(steps.map((s) => s.edge.id)).toEqual([2, 6]);
    expect(joinEdgeSteps(steps)).toEqual([p[11], [107.5012, 31.2005], p[12], p[10]]);
  });

  it('answers [] for no steps and throws for nodes no edge joins', () => {
    expect(joinEdgeSteps([])).toEqual([]);
    expect(() => stepsOfNodePath(graph, edges, [v(11), v(10)])).toThrow(/no edge from node 11 to node 10/);
  });
});
