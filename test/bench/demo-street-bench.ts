import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { fileURLToPath } from 'node:url';
import { buildAdjacency, measurePlan, redistrict, type AdjacencyPair, type RedistrictUnit } from '../../core/redistrict/index';
import { generateDemoDataset } from '../../data/generate/generate-demo-dataset';
import { loadRealInputs } from '../../data/generate/load-real-inputs';
import { describePhases, kMeansWithRepair, ratio } from './redistrict-bench';

// Issue 5, part 6: the demo's largest street redrawn into grids of 300–500 households, as the planner does it,
// next to k-means on building centroids (per community, with as many grids as ours made there) repaired for
// contiguity. Territories are Voronoi cells of the buildings clipped to their community — what the server builds
// in PostGIS — made here with Turf so the benchmark needs no database.

const band: [number, number] = [300, 500];

function streetUnits(): { name: string; units: RedistrictUnit[] } {
  const dataset = generateDemoDataset(loadRealInputs(), { seed: 'dachuan-2026', anchor: new Date('2026-11-01T00:00:00Z') });
  const compounds = new Map(dataset.compounds.map((c) => [c.code, c]));
  const streetOf = new Map(dataset.communities.map((c) => [c.code, c.streetCode]));
  const count = new Map<string, number>();
  for (const b of dataset.buildings) {
    const street = streetOf.get(compounds.get(b.compoundCode)!.communityCode)!;
    count.set(street, (count.get(street) ?? 0) + 1);
  }
  const [street] = [...count].sort((a, b) => b[1] - a[1])[0];
  const units: RedistrictUnit[] = [];
  for (const community of dataset.communities.filter((c) => c.streetCode === street && c.geom)) {
    const buildings = dataset.buildings.filter((b) => compounds.get(b.compoundCode)!.communityCode === community.code);
    const points = turf.featureCollection(buildings.map((b) => turf.centroid(turf.polygon(b.geom.coordinates))));
    const cells = turf.voronoi(points, { bbox: turf.bbox(turf.buffer(community.geom!, 0.5, { units: 'kilometers' })!) });
    buildings.forEach((b, i) => {
      const cell = cells.features[i];
      const clipped = cell && turf.intersect(turf.featureCollection([cell, turf.feature(community.geom!)]));
      if (!clipped) return;
      units.push({
        id: b.code,
        weight: b.households,
        groupId: b.compoundCode,
        regionId: community.code,
        geometry: clipped.geometry as Polygon | MultiPolygon,
      });
    });
  }
  return { name: dataset.streets.find((s) => s.code === street)!.name, units };
}

interface Quality {
  seconds: number;
  grids: number;
  inBand: number;
  worstOutsidePct: number;
  contiguous: boolean;
  splitCompounds: number;
  cutEdges: number;
  minPP: number;
  meanPP: number;
}

function quality(units: RedistrictUnit[], adjacency: AdjacencyPair[], assignment: Map<string, number>, seconds: number): Quality {
  const m = measurePlan(units, adjacency, assignment);
  const outside = (w: number) => (w < band[0] ? (band[0] - w) / band[0] : w > band[1] ? (w - band[1]) / band[1] : 0);
  const gridsOfCompound = new Map<string, Set<number>>();
  for (const u of units) gridsOfCompound.set(u.groupId!, (gridsOfCompound.get(u.groupId!) ?? new Set()).add(assignment.get(u.id)!));
  return {
    seconds,
    grids: m.districts.length,
    inBand: m.districts.filter((d) => outside(d.weight) === 0).length,
    worstOutsidePct: Math.max(...m.districts.map((d) => outside(d.weight))) * 100,
    contiguous: m.contiguous,
    splitCompounds: [...gridsOfCompound.values()].filter((s) => s.size > 1).length,
    cutEdges: m.cutEdges,
    minPP: m.minPolsbyPopper ?? 0,
    meanPP: m.meanPolsbyPopper ?? 0,
  };
}

/** k-means + repair inside each community, with the number of grids our plan made there. */
function baselinePlan(units: RedistrictUnit[], adjacency: AdjacencyPair[], ours: Map<string, number>): Map<string, number> {
  const plan = new Map<string, number>();
  let offset = 0;
  for (const region of [...new Set(units.map((u) => u.regionId!))]) {
    const members = units.filter((u) => u.regionId === region);
    const ids = new Set(members.map((u) => u.id));
    const k = new Set(members.map((u) => ours.get(u.id))).size;
    const local = kMeansWithRepair(members, adjacency.filter((p) => ids.has(p.a) && ids.has(p.b)), k, 1);
    for (const [id, d] of local) plan.set(id, offset + d);
    offset += k;
  }
  return plan;
}

export function runDemoStreetBench(): string[] {
  let t = performance.now();
  const { name, units } = streetUnits();
  const adjacency = buildAdjacency(units);
  const prepSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const ours = redistrict(units, adjacency, { band }, { seed: 1 });
  const oursQ = quality(units, adjacency, ours.assignment, (performance.now() - t) / 1000);
  t = performance.now();
  const trees = redistrict(units, adjacency, { band }, { seed: 1, steps: 0 });
  const treesQ = quality(units, adjacency, trees.assignment, (performance.now() - t) / 1000);
  t = performance.now();
  const base = baselinePlan(units, adjacency, ours.assignment);
  const baseQ = quality(units, adjacency, base, (performance.now() - t) / 1000);
  const row = (label: string, a: string, b: string, c: string, r1 = '', r2 = '') =>
    `  ${label.padEnd(26)}${a.padStart(10)}${b.padStart(12)}${c.padStart(14)}${r1.padStart(11)}${r2.padStart(11)}`;
  const numbers = (label: string, pick: (q: Quality) => number, digits: number) =>
    row(label, pick(oursQ).toFixed(digits), pick(treesQ).toFixed(digits), pick(baseQ).toFixed(digits), ratio(pick(oursQ), pick(treesQ)), ratio(pick(oursQ), pick(baseQ)));
  const households = units.reduce((s, u) => s + u.weight, 0);
  return [
    `redistrict the demo's largest street (${name}): ${units.length} buildings, ${households} households, band ${band[0]}–${band[1]} (territories + adjacency ${prepSeconds.toFixed(2)} s)`,
    row('measure', 'ours', 'no chain', 'k-means+fix', 'ours/nochn', 'ours/base'),
    numbers('seconds', (q) => q.seconds, 3),
    row('grids', String(oursQ.grids), String(treesQ.grids), String(baseQ.grids)),
    row('grids within the band', `${oursQ.inBand}/${oursQ.grids}`, `${treesQ.inBand}/${treesQ.grids}`, `${baseQ.inBand}/${baseQ.grids}`),
    row('worst grid outside band %', oursQ.worstOutsidePct.toFixed(1), treesQ.worstOutsidePct.toFixed(1), baseQ.worstOutsidePct.toFixed(1)),
    row('all grids contiguous', oursQ.contiguous ? 'yes' : 'no', treesQ.contiguous ? 'yes' : 'no', baseQ.contiguous ? 'yes' : 'no'),
    row('compounds split', String(oursQ.splitCompounds), String(treesQ.splitCompounds), String(baseQ.splitCompounds)),
    numbers('cut edges', (q) => q.cutEdges, 0),
    numbers('min Polsby-Popper', (q) => q.minPP, 3),
    numbers('mean Polsby-Popper', (q) => q.meanPP, 3),
    `  ours: ${describePhases(ours)}`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of runDemoStreetBench()) console.log(line);
}
