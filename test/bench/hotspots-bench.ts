import { fileURLToPath } from 'node:url';
import {
  buildCellGrid,
  classifyHotspots,
  computeGiStar,
  countPointsPerCell,
  createUtmFrame,
  twoSidedP,
  type CellGrid,
  type Lattice,
  type PointColumns,
  type UtmFrame,
} from '../../core/hotspots/index';
import { formatRatios, median, timeInterleaved } from './measure';

// Hotspot statistics at city scale: Gi* over the lattice (O(n): each cell reads its ≤ 9 neighbours through the
// row/col lookup) against the textbook all-pairs loop (O(n²): every cell against every cell, weight from
// |Δrow| ≤ 1 && |Δcol| ≤ 1), both measured in this run. The all-pairs loop over the whole 100 m lattice (30,000 cells,
// 9e8 pairs) is too slow to repeat: it is timed (interleaved, 3 runs) on the first rows of the lattice and
// extrapolated by (n / n_measured)², which the figures say, then run once over all cells to check the extrapolation. Points are generated deterministically: 40 Gaussian clusters (σ 150–900 m) and 30 % scattered.

const areaM = { width: 20_000, height: 15_000 };
const runs = 3;

function createRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` clustered points over the study box, as lng/lat columns (projected back from the UTM frame). */
function generatePoints(frame: UtmFrame, origin: [number, number], count: number, seed: number): PointColumns {
  const random = createRandom(seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const clusters = Array.from({ length: 40 }, () => ({ x: random() * areaM.width, y: random() * areaM.height, sigma: 150 + random() * 750, weight: random() }));
  const totalWeight = clusters.reduce((s, c) => s + c.weight, 0);
  const lng = new Float64Array(count);
  const lat = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    let x = random() * areaM.width;
    let y = random() * areaM.height;
    if (random() >= 0.3) {
      let pick = random() * totalWeight;
      const cluster = clusters.find((c) => (pick -= c.weight) <= 0) ?? clusters[clusters.length - 1];
      x = Math.min(areaM.width, Math.max(0, cluster.x + gaussian() * cluster.sigma));
      y = Math.min(areaM.height, Math.max(0, cluster.y + gaussian() * cluster.sigma));
    }
    [lng[i], lat[i]] = frame.toLngLat([origin[0] + x, origin[1] + y]);
  }
  return { lng, lat };
}

/** The textbook Gi*: every pair of cells (the baseline). */
function giStarAllPairs(lattice: Lattice, x: ArrayLike<number>, n: number): Float64Array {
  let sum = 0;
  let sumSq = 0;
  for (let j = 0; j < n; j++) {
    sum += x[j];
    sumSq += x[j] * x[j];
  }
  const mean = sum / n;
  const s = Math.sqrt(sumSq / n - mean * mean);
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let wx = 0;
    let w = 0;
    for (let j = 0; j < n; j++) {
      if (Math.abs(lattice.row[i] - lattice.row[j]) <= 1 && Math.abs(lattice.col[i] - lattice.col[j]) <= 1) {
        wx += x[j];
        w++;
      }
    }
    p[i] = twoSidedP((wx - mean * w) / (s * Math.sqrt((n * w - w * w) / (n - 1))));
  }
  return p;
}

/** The first cells of the lattice (whole rows), as a lattice of their own with their counts. */
function firstRows(grid: CellGrid, counts: Int32Array, cells: number): { lattice: Lattice; counts: Int32Array } {
  const rows = Math.max(3, Math.round(cells / grid.cols));
  const n = rows * grid.cols;
  return { lattice: { rows, cols: grid.cols, cellAt: grid.cellAt.subarray(0, n), row: grid.row.subarray(0, n), col: grid.col.subarray(0, n) }, counts: counts.subarray(0, n) };
}

const ms = (t: { runsMs: number[] }) => median(t.runsMs);

async function benchStatistics(frame: UtmFrame, origin: [number, number], cellSizeM: number, points: PointColumns): Promise<string[]> {
  const grid = buildCellGrid({ bboxXY: [origin[0], origin[1], origin[0] + areaM.width - 1e-6, origin[1] + areaM.height - 1e-6], frame, cellSizeM });
  const n = grid.cells.length;
  const { counts } = countPointsPerCell(points, grid);
  const small = firstRows(grid, counts, 2_500);
  const larger = firstRows(grid, counts, 5_000);
  const nSmall = small.lattice.row.length;
  const nLarger = larger.lattice.row.length;
  const timings = await timeInterleaved(
    [
      { label: `all-pairs Gi*, first ${nSmall.toLocaleString('en')} cells (measured)`, run: async () => giStarAllPairs(small.lattice, small.counts, nSmall) },
      { label: `all-pairs Gi*, first ${nLarger.toLocaleString('en')} cells (measured)`, run: async () => giStarAllPairs(larger.lattice, larger.counts, nLarger) },
      { label: `lattice Gi*, first ${nSmall.toLocaleString('en')} cells`, run: async () => computeGiStar(small.lattice, small.counts) },
      { label: `lattice Gi*, all ${n.toLocaleString('en')} cells`, run: async () => computeGiStar(grid, counts) },
      { label: `lattice Gi* + FDR classes, all ${n.toLocaleString('en')} cells`, run: async () => { const g = computeGiStar(grid, counts); return classifyHotspots(g.z, g.p); } },
    ],
    runs,
  );
  const allPairsFullMs = ms(timings[1]) * (n / nLarger) ** 2;
  const started = performance.now();
  giStarAllPairs(grid, counts, n); // once, to check the extrapolation
  const allPairsOnceMs = performance.now() - started;
  return [
    `Gi* over ${areaM.width / 1000} × ${areaM.height / 1000} km at ${cellSizeM} m: ${n.toLocaleString('en')} cells, ${points.lng.length.toLocaleString('en')} points (baseline: the all-pairs loop on the first ${nSmall.toLocaleString('en')} cells)`,
    ...formatRatios(timings),
    `  all-pairs Gi*, all ${n.toLocaleString('en')} cells: ≈ ${(allPairsFullMs / 1000).toFixed(1)} s EXTRAPOLATED as (n/${nLarger.toLocaleString('en')})² × the measured ${ms(timings[1]).toFixed(0)} ms; the lattice takes ${ms(timings[3]).toFixed(2)} ms, ×${(allPairsFullMs / ms(timings[3])).toFixed(0)} faster`,
    `  all-pairs Gi*, all ${n.toLocaleString('en')} cells, measured once as a check: ${(allPairsOnceMs / 1000).toFixed(1)} s`,
    `  scaling check: all-pairs ${nSmall} → ${nLarger} cells took ×${(ms(timings[1]) / ms(timings[0])).toFixed(2)} (quadratic predicts ×${((nLarger / nSmall) ** 2).toFixed(2)})`,
  ];
}

async function benchMillionPoints(frame: UtmFrame, origin: [number, number]): Promise<string[]> {
  const points = generatePoints(frame, origin, 1_000_000, 11);
  const grid = buildCellGrid({ bboxXY: [origin[0], origin[1], origin[0] + areaM.width - 1e-6, origin[1] + areaM.height - 1e-6], frame, cellSizeM: 100 });
  let counts: Int32Array = new Int32Array(0);
  const timings = await timeInterleaved(
    [
      { label: 'proj4 forward of 1,000,000 points alone (reference)', run: async () => { for (let i = 0; i < points.lng.length; i++) frame.toXY([points.lng[i], points.lat[i]]); } },
      { label: 'countPointsPerCell (projection + lattice lookup)', run: async () => (counts = countPointsPerCell(points, grid).counts) },
      { label: `Gi* + FDR classes on the ${grid.cells.length.toLocaleString('en')} counts`, run: async () => { const g = computeGiStar(grid, counts); return classifyHotspots(g.z, g.p); } },
    ],
    runs,
  );
  return [`1,000,000 points on ${grid.cells.length.toLocaleString('en')} cells of 100 m: aggregation and statistics timed apart (baseline: projecting the points alone)`, ...formatRatios(timings)];
}

/** Prints Gi* timings (lattice against all-pairs) at 150 m and 100 m over 300 km², and a 1,000,000-point run. */
export async function benchHotspots(): Promise<void> {
  const frame = createUtmFrame([107.47, 31.21]); // Dachuan, zone 48N
  const centre = frame.toXY([107.47, 31.21]);
  const origin: [number, number] = [Math.round(centre[0] - areaM.width / 2), Math.round(centre[1] - areaM.height / 2)];
  const points = generatePoints(frame, origin, 60_000, 7);
  for (const cellSizeM of [150, 100]) (await benchStatistics(frame, origin, cellSizeM, points)).forEach((line) => console.log(line));
  (await benchMillionPoints(frame, origin)).forEach((line) => console.log(line));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchHotspots();
