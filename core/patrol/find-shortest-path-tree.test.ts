import createGraph from 'ngraph.graph';
import { aStar } from 'ngraph.path';
import { describe, expect, it } from 'vitest';
import { monacoRoads } from '../../test/fixtures/monaco/monaco';
import { createRandom } from '../redistrict/create-random';
import { buildRoadGraph } from './build-road-graph';
import { findShortestPathTree, tracePath } from './find-shortest-path-tree';
import { measureDistanceMRaw } from './measure-distance-m';
import type { RoadGraph } from './types';

const graphs = { foot: buildRoadGraph(monacoRoads, { mode: 'foot' }), car: buildRoadGraph(monacoRoads, { mode: 'car' }) };

/** Textbook Dijkstra without a heap (scan for the closest unsettled node): slow, simple, independent. */
function slowDijkstra(graph: RoadGraph, source: number): number[] {
  const dist = new Array<number>(graph.nodeCount).fill(Infinity);
  const done = new Array<boolean>(graph.nodeCount).fill(false);
  dist[source] = 0;
  for (;;) {
    let u = -1;
    for (let v = 0; v < graph.nodeCount; v++) if (!done[v] && (u < 0 || dist[v] < dist[u])) u = v;
    if (u < 0 || dist[u] === Infinity) return dist;
    done[u] = true;
    for (let e = graph.edgeStart[u]; e < graph.edgeStart[u + 1]; e++) {
      dist[graph.edgeTarget[e]] = Math.min(dist[graph.edgeTarget[e]], dist[u] + graph.edgeMinutes[e]);
    }
  }
}

/** The fastest edge from a to b (parallel ways can join the same two nodes). */
function edgeMinutes(graph: RoadGraph, a: number, b: number): number {
  let best = Infinity;
  for (let e = graph.edgeStart[a]; e < graph.edgeStart[a + 1]; e++) if (graph.edgeTarget[e] === b) best = Math.min(best, graph.edgeMinutes[e]);
  return best;
}

function largestComponentNodes(graph: RoadGraph) {
  const nodes: number[] = [];
  for (let v = 0; v < graph.nodeCount; v++) if (graph.component[v] === 0) nodes.push(v);
  return nodes;
}

describe.each(['foot', 'car'] as const)('findShortestPathTree by %s on Monaco', (mode) => {
  const graph = graphs[mode];
  const random = createRandom(mode === 'foot' ? 5 : 6);
  const nodes = largestComponentNodes(graph);
  const pick = () => nodes[Math.floor(random() * nodes.length)];

  it('agrees with a heap-less Dijkstra at every node, from three random sources', () => {
    for (let k = 0; k < 3; k++) {
      const source = pick();
      const expected = slowDijkstra(graph, source);
      const tree = findShortestPathTree(graph, source);
      expected.forEach((m, v) => (Number.isFinite(m) ? expect(tree.minutes[v]).toBeCloseTo(m, 9) : expect(tree.minutes[v]).toBe(Infinity)));
    }
  });

  it('agrees with ngraph.path A* (haversine ÷ max speed) on ten random pairs', () => {
    const library = createGraph<unknown, { minutes: number }>();
    for (let a = 0; a < graph.nodeCount; a++) {
      for (let e = graph.edgeStart[a]; e < graph.edgeStart[a + 1]; e++) {
        const b = graph.edgeTarget[e];
        if (!library.getLink(a, b)) library.addLink(a, b, { minutes: edgeMinutes(graph, a, b) });
      }
    }
    const minPerM = 60 / (graph.maxSpeedKmh * 1000);
    const ll = graph.nodeLngLat;
    const finder = aStar(library, {
      oriented: true,
      distance: (_from, _to, link) => link.data.minutes,
      heuristic: (from, to) => {
        const [a, b] = [from.id as number, to.id as number];
        return measureDistanceMRaw(ll[2 * a], ll[2 * a + 1], ll[2 * b], ll[2 * b + 1]) * minPerM;
      },
    });
    for (let k = 0; k < 10; k++) {
      const [from, to] = [pick(), pick()];
      const path = finder.find(from, to).map((n) => n.id as number).reverse(); // ngraph.path answers to → from
      let minutes = 0;
      for (let i = 1; i < path.length; i++) minutes += edgeMinutes(graph, path[i - 1], path[i]);
      expect(findShortestPathTree(graph, from).minutes[to]).toBeCloseTo(minutes, 9);
    }
  });

  it('traces a path whose edges add up to the tree’s minutes', () => {
    const [from, to] = [pick(), pick()];
    const tree = findShortestPathTree(graph, from);
    const path = tracePath(tree, to)!;
    expect(path[0]).toBe(from);
    expect(path[path.length - 1]).toBe(to);
    let minutes = 0;
    for (let i = 1; i < path.length; i++) minutes += edgeMinutes(graph, path[i - 1], path[i]);
    expect(minutes).toBeCloseTo(tree.minutes[to], 9);
  });

  it('gives exact targets when it stops early at them', () => {
    const source = pick();
    const targets = [pick(), pick(), pick()];
    const full = findShortestPathTree(graph, source);
    const early = findShortestPathTree(graph, source, targets);
    for (const t of targets) {
      expect(early.minutes[t]).toBe(full.minutes[t]);
      expect(tracePath(early, t)).toEqual(tracePath(full, t));
    }
  });
});

describe('findShortestPathTree edge cases', () => {
  it('never finds a round trip between two strongly connected components (a oneway trap by car)', () => {
    const car = graphs.car;
    const main = car.component.indexOf(0);
    const fromMain = findShortestPathTree(car, main);
    for (let c = 1; c < car.componentSizes.length; c++) {
      const other = car.component.indexOf(c);
      const back = findShortestPathTree(car, other).minutes[main];
      expect(Number.isFinite(fromMain.minutes[other]) && Number.isFinite(back)).toBe(false);
    }
  });

  it('leaves nodes of a separate island unreachable, with no path', () => {
    const line = (a: number[], b: number[]) => ({ type: 'Feature' as const, properties: { highway: 'footway' }, geometry: { type: 'LineString' as const, coordinates: [a, b] } });
    const graph = buildRoadGraph([line([7.42, 43.73], [7.421, 43.73]), line([7.43, 43.74], [7.431, 43.74])], { mode: 'foot' });
    const tree = findShortestPathTree(graph, 0);
    expect(tree.minutes[1]).toBeGreaterThan(0);
    expect(tree.minutes[2]).toBe(Infinity);
    expect(tracePath(tree, 2)).toBeNull();
    expect(tracePath(tree, 0)).toEqual([0]);
  });
});
