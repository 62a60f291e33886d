import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildAdjacency,
  createRandom,
  measurePlan,
  redistrict,
  unitsFromGeojson,
  type AdjacencyPair,
  type PlanMetrics,
  type RedistrictResult,
  type RedistrictUnit,
} from '../../core/redistrict/index';

// Issue 5, part 6: our algorithm against a simple baseline measured in the same run — k-means on unit centroids
// (k-means++ seeding, 25 Lloyd iterations) then contiguity repair (every piece of a district but its heaviest
// joins the neighbouring district it shares most edges with).

/** A deterministic jittered lattice of cols × rows quadrilaterals sharing their (moved) vertices. */
export function jitteredLattice(cols: number, rows: number, seed: number): RedistrictUnit[] {
  const random = createRandom(seed);
  const size = 0.001;
  const vertex: number[][][] = [];
  for (let i = 0; i <= cols; i++) {
    vertex.push([]);
    for (let j = 0; j <= rows; j++) {
      const inside = i > 0 && j > 0 && i < cols && j < rows;
      const dx = inside ? (random() - 0.5) * 0.6 * size : 0;
      const dy = inside ? (random() - 0.5) * 0.6 * size : 0;
      vertex[i].push([+(116 + i * size + dx).toFixed(7), +(39.9 + j * size + dy).toFixed(7)]);
    }
  }
  const units: RedistrictUnit[] = [];
  for (let i = 0; i < cols; i++) {
    for (let j = 0; j < rows; j++) {
      const ring = [vertex[i][j], vertex[i + 1][j], vertex[i + 1][j + 1], vertex[i][j + 1], vertex[i][j]];
      units.push({ id: `u${i}_${j}`, weight: 20 + Math.floor(random() * 60), geometry: { type: 'Polygon', coordinates: [ring] } });
    }
  }
  return units;
}

function centroid(unit: RedistrictUnit): [number, number] {
  const g = unit.geometry;
  const ring = g.type === 'Point' ? [g.coordinates] : g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0][0];
  const n = ring.length > 1 ? ring.length - 1 : 1;
  let x = 0;
  let y = 0;
  for (let i = 0; i < n; i++) {
    x += ring[i][0];
    y += ring[i][1];
  }
  return [x / n, y / n];
}

export function kMeansWithRepair(units: RedistrictUnit[], adjacency: AdjacencyPair[], k: number, seed: number): Map<string, number> {
  const random = createRandom(seed);
  const points = units.map(centroid);
  const centres: [number, number][] = [points[Math.floor(random() * points.length)]];
  const nearest = points.map(() => Infinity);
  while (centres.length < k) {
    let sum = 0;
    points.forEach((p, i) => {
      const c = centres[centres.length - 1];
      nearest[i] = Math.min(nearest[i], (p[0] - c[0]) ** 2 + (p[1] - c[1]) ** 2);
      sum += nearest[i];
    });
    let pick = random() * sum;
    let chosen = 0;
    while (chosen < points.length - 1 && (pick -= nearest[chosen]) > 0) chosen++;
    centres.push(points[chosen]);
  }
  const label = new Int32Array(points.length);
  for (let iteration = 0; iteration < 25; iteration++) {
    points.forEach((p, i) => {
      let best = 0;
      let bestD = Infinity;
      centres.forEach((c, d) => {
        const dist = (p[0] - c[0]) ** 2 + (p[1] - c[1]) ** 2;
        if (dist < bestD) {
          bestD = dist;
          best = d;
        }
      });
      label[i] = best;
    });
    const sums = centres.map(() => [0, 0, 0]);
    points.forEach((p, i) => {
      sums[label[i]][0] += p[0];
      sums[label[i]][1] += p[1];
      sums[label[i]][2]++;
    });
    sums.forEach((s, d) => {
      if (s[2] > 0) centres[d] = [s[0] / s[2], s[1] / s[2]];
    });
  }
  const index = new Map(units.map((u, i) => [u.id, i]));
  const neighbours: number[][] = units.map(() => []);
  for (const p of adjacency) {
    neighbours[index.get(p.a)!].push(index.get(p.b)!);
    neighbours[index.get(p.b)!].push(index.get(p.a)!);
  }
  // Repair: until no district has more than one piece, hand every lighter piece to its most-bordering neighbour.
  for (let round = 0; round < 100; round++) {
    let changed = false;
    const pieceOf = new Int32Array(points.length).fill(-1);
    const pieces: number[][] = [];
    for (let s = 0; s < points.length; s++) {
      if (pieceOf[s] >= 0) continue;
      const piece = [s];
      pieceOf[s] = pieces.length;
      for (let h = 0; h < piece.length; h++) {
        for (const m of neighbours[piece[h]]) {
          if (pieceOf[m] < 0 && label[m] === label[s]) {
            pieceOf[m] = pieces.length;
            piece.push(m);
          }
        }
      }
      pieces.push(piece);
    }
    const heaviest = new Map<number, number>();
    pieces.forEach((piece, p) => {
      const d = label[piece[0]];
      const w = piece.reduce((s, i) => s + units[i].weight, 0);
      const current = heaviest.get(d);
      if (current === undefined || w > pieces[current].reduce((s, i) => s + units[i].weight, 0)) heaviest.set(d, p);
    });
    pieces.forEach((piece, p) => {
      if (heaviest.get(label[piece[0]]) === p) return;
      const border = new Map<number, number>();
      for (const i of piece) for (const m of neighbours[i]) if (label[m] !== label[i]) border.set(label[m], (border.get(label[m]) ?? 0) + 1);
      const target = [...border].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
      if (!target) return;
      for (const i of piece) label[i] = target[0];
      changed = true;
    });
    if (!changed) break;
  }
  return new Map(units.map((u, i) => [u.id, label[i]]));
}

function describePlan(metrics: PlanMetrics, seconds: number) {
  return { seconds, maxDev: metrics.maxDeviationPct, cut: metrics.cutEdges, minPP: metrics.minPolsbyPopper ?? 0, meanPP: metrics.meanPolsbyPopper ?? 0, contiguous: metrics.contiguous, grids: metrics.districts.length };
}

/** Ratio a/b for a bench column; a dash when b is 0. */
export function ratio(a: number, b: number): string {
  return b === 0 ? '—' : (a / b).toFixed(2);
}

/** Phase seconds of a plan as one line ("partition 0.01 s, balance …"). */
export function describePhases(plan: RedistrictResult): string {
  const p = plan.phases;
  return `partition ${p.partitionSeconds.toFixed(3)} s, balance ${p.balanceSeconds.toFixed(3)} s, compactness ${p.compactnessSeconds.toFixed(3)} s (${p.compactnessSteps} steps), measure ${p.measureSeconds.toFixed(3)} s`;
}

// Issue 17: ours, the same plan without the ReCom chain (steps 0: partition, flips, swaps and refinement; same run)
// and k-means + repair, side by side as ratios.
function compare(name: string, units: RedistrictUnit[], k: number, tolerance: number): string[] {
  let started = performance.now();
  const adjacency = buildAdjacency(units);
  const adjacencySeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const cpu = process.cpuUsage();
  const ours = redistrict(units, adjacency, { k }, { seed: 1, tolerance });
  const oursRow = describePlan(ours, (performance.now() - started) / 1000);
  const oursCpu = process.cpuUsage(cpu);
  started = performance.now();
  const trees = redistrict(units, adjacency, { k }, { seed: 1, tolerance, steps: 0 });
  const treesRow = describePlan(trees, (performance.now() - started) / 1000);
  started = performance.now();
  const baselinePlan = kMeansWithRepair(units, adjacency, k, 1);
  const base = describePlan(measurePlan(units, adjacency, baselinePlan), (performance.now() - started) / 1000);
  const f = (v: number, d: number) => v.toFixed(d).padStart(10);
  const line = (label: string, a: number, b: number, c: number, d: number) =>
    `  ${label.padEnd(18)}${f(a, d)}${f(b, d).padStart(11)}${f(c, d).padStart(12)}${ratio(a, b).padStart(11)}${ratio(a, c).padStart(11)}`;
  return [
    `redistrict ${name}: ${units.length} units → ${k} grids at ${tolerance * 100} % (adjacency ${adjacencySeconds.toFixed(2)} s, ${adjacency.length} pairs)`,
    `  ${'measure'.padEnd(18)}${'ours'.padStart(10)}${'no chain'.padStart(11)}${'k-means+fix'.padStart(12)}${'ours/nochn'.padStart(11)}${'ours/base'.padStart(11)}`,
    line('seconds', oursRow.seconds, treesRow.seconds, base.seconds, 3),
    line('max deviation %', oursRow.maxDev, treesRow.maxDev, base.maxDev, 3),
    line('cut edges', oursRow.cut, treesRow.cut, base.cut, 0),
    line('min Polsby-Popper', oursRow.minPP, treesRow.minPP, base.minPP, 3),
    line('mean Polsby-Popper', oursRow.meanPP, treesRow.meanPP, base.meanPP, 3),
    `  ${'grids, contiguous'.padEnd(18)}${`${oursRow.grids} ${oursRow.contiguous ? 'yes' : 'no'}`.padStart(10)}${`${treesRow.grids} ${treesRow.contiguous ? 'yes' : 'no'}`.padStart(11)}${`${base.grids} ${base.contiguous ? 'yes' : 'no'}`.padStart(12)}`,
    `  ours: ${describePhases(ours)}; CPU ${((oursCpu.user + oursCpu.system) / 1e6).toFixed(3)} s (the wall clock counts other processes' time on a shared machine)`,
  ];
}

/** Synthetic 5,000 units into 200 grids at 2 % and the Iowa counties into 4 at 1 %: time and quality next to the baseline. */
export async function runRedistrictBench(): Promise<string[]> {
  const iowaPath = fileURLToPath(new URL('../fixtures/iowa/IA_counties.geojson', import.meta.url));
  const iowa = unitsFromGeojson(JSON.parse(readFileSync(iowaPath, 'utf8')), { id: 'GEOID10', weight: 'TOTPOP' });
  return [...compare('synthetic jittered lattice', jitteredLattice(100, 50, 7), 200, 0.02), ...compare('Iowa counties (TOTPOP)', iowa, 4, 0.01)];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of await runRedistrictBench()) console.log(line);
}
