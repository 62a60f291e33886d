import createGraph from 'ngraph.graph';
import { aStar } from 'ngraph.path';
import { fileURLToPath } from 'node:url';
import {
  buildRoadGraph,
  buildRoadTravelMatrix,
  measureDistanceM,
  planNearestNeighbourRoute,
  planPatrolRoute,
  snapToGraph,
  type LngLat,
  type OrienteeringInput,
  type RoadGraph,
  type TravelMode,
} from '../../core/patrol/index';
import { createRandom } from '../../core/redistrict/create-random';
import { hotspotCandidates, monacoPoliceStation, monacoRoads } from '../fixtures/monaco/monaco';
import { formatRatios, median, timeInterleaved } from './measure';

// Issue 6, part 4: the patrol planner on the real Monaco roads, each figure next to a baseline from the same run.
//  1. Routing: the travel-time matrix by one one-to-all Dijkstra per point (ours) against ngraph.path A* run once
//     per ordered pair — what the library's one-to-one API would cost (timed on a sample of pairs, scaled up).
//  2. Optimisation: our orienteering heuristic against nearest-neighbour ordering truncated to the budget, time and
//     covered risk side by side: the risk ratio is what construction + local search buy.

const sizes = [20, 50, 100];
const runs = 5;
const aStarSamplePairs = 300;
const scenarios: { mode: TravelMode; budgetMin: number; dwellMin: number }[] = [
  { mode: 'foot', budgetMin: 240, dwellMin: 5 }, // a 19:00–23:00 foot patrol
  { mode: 'car', budgetMin: 60, dwellMin: 5 },
];

/** ngraph.path A* over the same edges (fastest of parallel edges), minutes weighted, haversine ÷ max speed heuristic. */
function createAStar(graph: RoadGraph) {
  const library = createGraph<unknown, { minutes: number }>();
  for (let a = 0; a < graph.nodeCount; a++) {
    for (let e = graph.edgeStart[a]; e < graph.edgeStart[a + 1]; e++) {
      const link = library.getLink(a, graph.edgeTarget[e]);
      if (!link) library.addLink(a, graph.edgeTarget[e], { minutes: graph.edgeMinutes[e] });
      else link.data.minutes = Math.min(link.data.minutes, graph.edgeMinutes[e]);
    }
  }
  const minPerM = 60 / (graph.maxSpeedKmh * 1000);
  const ll = graph.nodeLngLat;
  const at = (v: number): LngLat => [ll[2 * v], ll[2 * v + 1]];
  return aStar(library, {
    oriented: true,
    distance: (_a, _b, link) => link.data.minutes,
    heuristic: (a, b) => measureDistanceM(at(a.id as number), at(b.id as number)) * minPerM,
  });
}

async function benchRouting(graph: RoadGraph, log: (line: string) => void) {
  const finder = createAStar(graph);
  for (const n of sizes) {
    const points = [monacoPoliceStation, ...hotspotCandidates(graph, n, n).map((c) => c.lngLat)];
    const nodes = points.map((p) => snapToGraph(graph, p, { component: 0 })!.node);
    const pairs = Math.min(aStarSamplePairs, nodes.length * (nodes.length - 1));
    const random = createRandom(n);
    const sample = Array.from({ length: pairs }, () => {
      const from = Math.floor(random() * nodes.length);
      return [nodes[from], nodes[(from + 1 + Math.floor(random() * (nodes.length - 1))) % nodes.length]];
    });
    const timings = await timeInterleaved(
      [
        { label: `matrix ${nodes.length}×${nodes.length}, ${nodes.length} one-to-all Dijkstra (ours)`, run: async () => buildRoadTravelMatrix(graph, points) },
        {
          label: `ngraph.path A*, ${pairs} random of ${nodes.length * (nodes.length - 1)} pairs`,
          run: async () => sample.map(([from, to]) => finder.find(from, to)),
        },
      ],
      runs,
    );
    const [oursMs, sampleMs] = timings.map((t) => median(t.runsMs));
    const allPairsMs = (sampleMs / pairs) * nodes.length * (nodes.length - 1);
    formatRatios(timings).forEach((line) => log(line));
    log(`    → all pairs by A* ≈ ${allPairsMs.toFixed(0)} ms, ×${(allPairsMs / oursMs).toFixed(1)} of ours`);
  }
}

async function benchOptimisation(graph: RoadGraph, budgetMin: number, dwellMin: number, log: (line: string) => void) {
  log(`  ${'candidates'.padEnd(11)}${'NN ms'.padStart(8)}${'ours ms'.padStart(9)}${'NN risk'.padStart(9)}${'ours risk'.padStart(11)}${'ours/NN'.padStart(9)}${'stops NN/ours'.padStart(15)}${'rounds'.padStart(8)}`);
  for (const n of sizes) {
    const stops = hotspotCandidates(graph, n, 100 + n);
    const travel = buildRoadTravelMatrix(graph, [monacoPoliceStation, ...stops.map((s) => s.lngLat)]).minutes;
    const input: OrienteeringInput = { stops, travel, budgetMin, dwellMin };
    const timings = await timeInterleaved(
      [
        { label: 'nearest neighbour', run: async () => planNearestNeighbourRoute(input) },
        { label: 'ours', run: async () => planPatrolRoute(input) },
      ],
      runs,
    );
    const [nnMs, oursMs] = timings.map((t) => median(t.runsMs));
    const nn = planNearestNeighbourRoute(input);
    const ours = planPatrolRoute(input);
    log(
      `  ${String(n).padEnd(11)}${nnMs.toFixed(2).padStart(8)}${oursMs.toFixed(1).padStart(9)}${String(nn.coveredRisk).padStart(9)}` +
        `${String(ours.coveredRisk).padStart(11)}${(ours.coveredRisk / nn.coveredRisk).toFixed(2).padStart(9)}` +
        `${`${nn.order.length}/${ours.order.length}`.padStart(15)}${String(ours.rounds).padStart(8)}`,
    );
  }
}

/** Prints routing and optimisation figures for 20, 50 and 100 candidates on Monaco, on foot and by car. */
export async function benchPatrol(log: (line: string) => void = (line) => console.log(line)): Promise<void> {
  for (const { mode, budgetMin, dwellMin } of scenarios) {
    const started = performance.now();
    const graph = buildRoadGraph(monacoRoads, { mode });
    const buildMs = performance.now() - started;
    log(`Patrol routing on Monaco by ${mode}: ${graph.nodeCount.toLocaleString('en')} nodes, ${graph.edgeTarget.length.toLocaleString('en')} edges (graph built in ${buildMs.toFixed(0)} ms)`);
    await benchRouting(graph, log);
    log(`Patrol optimisation by ${mode}, ${budgetMin} min budget, ${dwellMin} min a stop (median of ${runs} runs)`);
    await benchOptimisation(graph, budgetMin, dwellMin, log);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchPatrol();
