/**
 * Police stations (派出所) and beats (警格). One station per urban street; its name is the street's
 * plus 派出所 — a demo name, not a claim about the real station layout. Beats are docked onto grids:
 * each beat is 2–6 adjacent grids of one community (a community with a single grid joins a neighbouring
 * beat of its street), and every grid lies in exactly one beat.
 */
import type { StationRow, StreetRow } from './dataset';
import { components, partitionBlocks, type BlockGraph } from './partition';
import type { UrbanLayout } from './urban-layout';
import type { UrbanMesh } from './urban-mesh';

/** A beat before it has an officer, a code and a geometry. */
export interface BeatGroup {
  stationCode: string;
  /** Indexes into layout.grids. */
  grids: number[];
}

/** One station per urban street, coded PS01… in street-code order, placed at the block nearest the street's centre. */
export function buildStations(mesh: UrbanMesh, layout: UrbanLayout, urbanStreets: readonly StreetRow[]): StationRow[] {
  return urbanStreets.map((street, i) => {
    const cells = layout.streetCells.get(street.code) ?? [];
    if (cells.length === 0) throw new Error(`buildStations: street ${street.code} has no blocks`);
    const mx = cells.reduce((a, id) => a + mesh.cells[id].centroidM[0], 0) / cells.length;
    const my = cells.reduce((a, id) => a + mesh.cells[id].centroidM[1], 0) / cells.length;
    const at = cells.reduce((best, id) => (dist2(mesh, id, mx, my) < dist2(mesh, best, mx, my) ? id : best), cells[0]);
    const [lng, lat] = mesh.cells[at].centroid;
    return { code: `PS${String(i + 1).padStart(2, '0')}`, name: `${street.name.replace(/街道$/, '')}派出所`, streetCode: street.code, geom: { type: 'Point', coordinates: [lng, lat] } };
  });
}

function dist2(mesh: UrbanMesh, id: number, x: number, y: number): number {
  const [cx, cy] = mesh.cells[id].centroidM;
  return (cx - x) ** 2 + (cy - y) ** 2;
}

/** Which grids touch which: two grids are adjacent when a block of one shares an edge with a block of the other. */
export function gridAdjacency(mesh: UrbanMesh, layout: UrbanLayout): number[][] {
  const sets = layout.grids.map(() => new Set<number>());
  mesh.adjacency.forEach((nbs, id) => {
    const g = layout.gridOfCell[id];
    for (const nb of nbs) if (layout.gridOfCell[nb] !== g) sets[g].add(layout.gridOfCell[nb]);
  });
  return sets.map((s) => [...s].sort((a, b) => a - b));
}

/** Groups the grids into beats of 2–6 adjacent grids, four to five a beat, community by community. */
export function groupGridsIntoBeats(mesh: UrbanMesh, layout: UrbanLayout, stations: readonly StationRow[]): BeatGroup[] {
  const adjacency = gridAdjacency(mesh, layout);
  const graph: BlockGraph = {
    adjacency,
    weights: layout.grids.map(() => 1),
    xy: layout.grids.map((g) => {
      const xs = g.cells.map((id) => mesh.cells[id].centroidM);
      return [xs.reduce((a, p) => a + p[0], 0) / xs.length, xs.reduce((a, p) => a + p[1], 0) / xs.length] as [number, number];
    }),
  };
  const stationOf = new Map(stations.map((s) => [s.streetCode, s.code]));
  const beats: BeatGroup[] = [];
  const loners: number[] = [];
  for (const code of layout.communityCells.keys()) {
    const grids = layout.grids.flatMap((g, k) => (g.communityCode === code ? [k] : []));
    if (grids.length === 1) {
      loners.push(grids[0]);
      continue;
    }
    const stationCode = stationOf.get(layout.grids[grids[0]].streetCode)!;
    for (const part of splitIntoBeats(graph, grids)) beats.push({ stationCode, grids: part });
  }
  for (const g of loners) {
    const stationCode = stationOf.get(layout.grids[g].streetCode)!;
    const host = beats
      .filter((b) => b.stationCode === stationCode && b.grids.length < 6 && b.grids.some((x) => adjacency[g].includes(x)))
      .sort((a, b) => a.grids.length - b.grids.length)[0];
    if (host) host.grids.push(g);
    else beats.push({ stationCode, grids: [g] }); // an isolated one-grid community: a beat of its own
  }
  return beats.sort((a, b) => a.stationCode.localeCompare(b.stationCode) || Math.min(...a.grids) - Math.min(...b.grids));
}

/** Splits one community's grids into contiguous beats of 2–6, preferring four to five grids a beat. */
function splitIntoBeats(graph: BlockGraph, grids: number[]): number[][] {
  const n = grids.length;
  const tries = [Math.round(n / 4.5), Math.ceil(n / 6), Math.ceil(n / 5), Math.round(n / 3)].filter((k, i, a) => k >= 1 && a.indexOf(k) === i);
  for (const k of tries) {
    const parts = partitionBlocks(graph, grids, Array(k).fill(1));
    if (parts.every((p) => p.length >= 2 && p.length <= 6 && components(graph, p).length === 1)) return parts;
  }
  throw new Error(`splitIntoBeats: cannot split ${n} grids into beats of 2–6`);
}
