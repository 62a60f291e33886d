import { measureUnitGeometry, type UnitGeometryMeasure } from './measure-unit-geometry';
import type { AdjacencyPair, DistrictMetrics, PlanMetrics, RedistrictUnit } from './types';

/**
 * Measures of a plan: per district weight, secondary sums, deviation from its region's ideal (region weight ÷ the
 * number of districts in the region, in %), contiguity in the adjacency graph, and Polsby-Popper 4πA/P² where A is
 * the sum of unit areas and P the sum of unit perimeters minus twice the boundary shared inside the district
 * (adjacency sharedLengthM), so no polygon union is needed; metres in the local frame. Point units give null
 * compactness. Plan-wide: largest |deviation|, all contiguous, cut edges (adjacent pairs in different districts),
 * min and mean Polsby-Popper. `geometry` is measureUnitGeometry(units) when the caller has it already. Every unit must be assigned (throws otherwise). Does not mutate input.
 */
export function measurePlan(
  units: readonly RedistrictUnit[],
  adjacency: readonly AdjacencyPair[],
  assignment: ReadonlyMap<string, number>,
  geometry: readonly UnitGeometryMeasure[] = measureUnitGeometry(units),
): PlanMetrics {
  const index = new Map(units.map((u, i) => [u.id, i]));
  const districtOf = units.map((u) => {
    const d = assignment.get(u.id);
    if (d === undefined) throw new Error(`unit ${u.id} has no district`);
    return d;
  });
  const districtIds = [...new Set(districtOf)].sort((a, b) => a - b);
  const members = new Map<number, number[]>(districtIds.map((d) => [d, []]));
  districtOf.forEach((d, i) => members.get(d)!.push(i));
  const neighbours: number[][] = units.map(() => []);
  const internalShared = new Map<number, number>();
  let cutEdges = 0;
  for (const pair of adjacency) {
    const a = index.get(pair.a);
    const b = index.get(pair.b);
    if (a === undefined || b === undefined) continue;
    neighbours[a].push(b);
    neighbours[b].push(a);
    if (districtOf[a] !== districtOf[b]) cutEdges++;
    else internalShared.set(districtOf[a], (internalShared.get(districtOf[a]) ?? 0) + (pair.sharedLengthM ?? 0));
  }
  const regionWeight = new Map<string, number>();
  const regionDistricts = new Map<string, Set<number>>();
  units.forEach((u, i) => {
    const r = u.regionId ?? '';
    regionWeight.set(r, (regionWeight.get(r) ?? 0) + u.weight);
    if (!regionDistricts.has(r)) regionDistricts.set(r, new Set());
    regionDistricts.get(r)!.add(districtOf[i]);
  });
  const hasPolygons = units.some((u) => u.geometry.type !== 'Point');
  const districts: DistrictMetrics[] = districtIds.map((d) => {
    const list = members.get(d)!;
    const region = units[list[0]].regionId ?? '';
    const idealWeight = regionWeight.get(region)! / regionDistricts.get(region)!.size;
    let weight = 0;
    let areaM2 = 0;
    let perimeterM = 0;
    const secondary: Record<string, number> = {};
    for (const i of list) {
      weight += units[i].weight;
      areaM2 += geometry[i].areaM2;
      perimeterM += geometry[i].perimeterM;
      for (const [key, value] of Object.entries(units[i].secondary ?? {})) secondary[key] = (secondary[key] ?? 0) + value;
    }
    perimeterM -= 2 * (internalShared.get(d) ?? 0);
    const polsbyPopper = hasPolygons && perimeterM > 0 ? (4 * Math.PI * areaM2) / (perimeterM * perimeterM) : null;
    return {
      district: d,
      regionId: units[list[0]].regionId ?? null,
      units: list.length,
      weight,
      secondary,
      idealWeight,
      deviationPct: idealWeight > 0 ? ((weight - idealWeight) / idealWeight) * 100 : 0,
      contiguous: isConnected(list, neighbours, districtOf),
      areaM2: hasPolygons ? areaM2 : null,
      perimeterM: hasPolygons ? perimeterM : null,
      polsbyPopper,
    };
  });
  const pp = districts.map((d) => d.polsbyPopper).filter((v): v is number => v !== null);
  return {
    districts,
    maxDeviationPct: Math.max(0, ...districts.map((d) => Math.abs(d.deviationPct))),
    contiguous: districts.every((d) => d.contiguous),
    cutEdges,
    minPolsbyPopper: pp.length ? Math.min(...pp) : null,
    meanPolsbyPopper: pp.length ? pp.reduce((s, v) => s + v, 0) / pp.length : null,
  };
}

function isConnected(list: number[], neighbours: number[][], districtOf: number[]): boolean {
  const d = districtOf[list[0]];
  const seen = new Set([list[0]]);
  const stack = [list[0]];
  while (stack.length) {
    for (const n of neighbours[stack.pop()!]) {
      if (districtOf[n] === d && !seen.has(n)) {
        seen.add(n);
        stack.push(n);
      }
    }
  }
  return seen.size === list.length;
}
