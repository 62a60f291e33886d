import type { MultiPolygon, Position } from 'geojson';
import { fileURLToPath } from 'node:url';
import { buildCellGrid, classifyHotspots, computeGiStar, countPointsPerCell } from '../../core/hotspots/index';
import { generateDemoDataset } from '../../data/generate/generate-demo-dataset';
import { loadRealInputs } from '../../data/generate/load-real-inputs';
import { median, timeInterleaved } from './measure';

// Issue 6, part 5: Gi* over the demo's own incidents (a year of them, over the urban communities) at 100 m and
// 150 m cells, aggregation and statistics timed apart, next to the obvious all-pairs Gi* on the same cells.

function allPairsGiStar(rows: Int32Array, cols: Int32Array, x: ArrayLike<number>): Float64Array {
  const n = x.length;
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    sum += x[i];
    sumSq += x[i] * x[i];
  }
  const mean = sum / n;
  const s = Math.sqrt(sumSq / n - mean * mean);
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let wx = 0;
    let w = 0;
    for (let j = 0; j < n; j++) {
      if (Math.abs(rows[i] - rows[j]) <= 1 && Math.abs(cols[i] - cols[j]) <= 1) {
        wx += x[j];
        w++;
      }
    }
    const d = s * Math.sqrt((n * w - w * w) / (n - 1));
    z[i] = d > 0 ? (wx - mean * w) / d : 0;
  }
  return z;
}

export async function runDemoHotspotsBench(): Promise<string[]> {
  const dataset = generateDemoDataset(loadRealInputs(), { seed: 'dachuan-2026', anchor: new Date('2026-11-01T00:00:00Z') });
  const polygons: Position[][][] = [];
  for (const c of dataset.communities) {
    if (!c.urban || !c.geom) continue;
    if (c.geom.type === 'Polygon') polygons.push(c.geom.coordinates);
    else polygons.push(...c.geom.coordinates);
  }
  const area: MultiPolygon = { type: 'MultiPolygon', coordinates: polygons };
  const lng = Float64Array.from(dataset.incidents, (i) => i.geom.coordinates[0]);
  const lat = Float64Array.from(dataset.incidents, (i) => i.geom.coordinates[1]);
  const lines: string[] = [];
  for (const cellSizeM of [150, 100]) {
    const grid = buildCellGrid({ cellSizeM, area });
    const counts = countPointsPerCell({ lng, lat }, grid).counts;
    const [aggregate, stats, baseline] = await timeInterleaved(
      [
        { label: 'aggregation', run: async () => countPointsPerCell({ lng, lat }, grid) },
        {
          label: 'statistics',
          run: async () => {
            const gi = computeGiStar(grid, counts);
            return classifyHotspots(gi.z, gi.p);
          },
        },
        { label: 'all-pairs', run: async () => allPairsGiStar(grid.row, grid.col, counts) },
      ],
      3,
    );
    const a = median(aggregate.runsMs);
    const s = median(stats.runsMs);
    const b = median(baseline.runsMs);
    lines.push(
      `Gi* over the demo's ${lng.length.toLocaleString('en')} incidents (one year), urban communities at ${cellSizeM} m: ${grid.cells.length.toLocaleString('en')} cells`,
      `  aggregation (project + count per cell)   ${a.toFixed(1).padStart(8)} ms`,
      `  statistics (lattice Gi* + FDR classes)   ${s.toFixed(1).padStart(8)} ms   baseline: all-pairs Gi* on the same cells ${b.toFixed(1)} ms, ours ×${(s / b).toFixed(3)}`,
    );
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of await runDemoHotspotsBench()) console.log(line);
}
