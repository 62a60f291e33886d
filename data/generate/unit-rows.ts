/**
 * Rows of the units drawn from the mesh — grids, beats, urban streets and communities — with their
 * geometry dissolved from blocks, so that every level tiles the one above it exactly.
 */
import type { Area, BeatRow, BuildingRow, CommunityRow, GridRow, StationRow, StreetRow } from './dataset';
import { dissolveCells } from './dissolve-cells';
import type { BeatGroup } from './police';
import type { UrbanLayout } from './urban-layout';
import type { UrbanMesh } from './urban-mesh';

/** Dissolves a set of mesh cells (see dissolve-cells.ts). */
export function createDissolver(mesh: UrbanMesh): (cells: Iterable<number>) => Area {
  const rings = mesh.cells.map((c) => c.ring);
  return (cells) => dissolveCells(mesh.vertices, rings, cells);
}

/** Grid rows, their figures summed from their buildings. */
export function buildGridRows(
  layout: UrbanLayout, codes: readonly string[], shortNameOf: (communityCode: string) => string, leaderIds: readonly string[],
  buildings: readonly BuildingRow[], dissolve: (cells: Iterable<number>) => Area,
): GridRow[] {
  const totals = new Map(codes.map((c) => [c, { households: 0, residents: 0, partyMembers: 0, institutionStaff: 0 }]));
  for (const b of buildings) {
    const t = totals.get(b.gridCode)!;
    t.households += b.households;
    t.residents += b.residents;
    t.partyMembers += b.partyMembers;
    t.institutionStaff += b.institutionStaff;
  }
  return layout.grids.map((g, k) => ({
    code: codes[k], name: `${shortNameOf(g.communityCode)}第${g.number}网格`, communityCode: g.communityCode, streetCode: g.streetCode,
    leaderId: leaderIds[k], ...totals.get(codes[k])!, geom: dissolve(g.cells),
  }));
}

/** Beat rows coded `${station}-Jnn`, numbered within their station, each the union of its grids. */
export function buildBeatRows(
  groups: readonly BeatGroup[], stations: readonly StationRow[], layout: UrbanLayout, gridCodes: readonly string[], officerIds: readonly string[],
  dissolve: (cells: Iterable<number>) => Area,
): BeatRow[] {
  const perStation = new Map<string, number>();
  return groups.map((b, k) => {
    const n = (perStation.get(b.stationCode) ?? 0) + 1;
    perStation.set(b.stationCode, n);
    const station = stations.find((s) => s.code === b.stationCode)!;
    const grids = [...b.grids].sort((x, y) => gridCodes[x].localeCompare(gridCodes[y]));
    return {
      code: `${b.stationCode}-J${String(n).padStart(2, '0')}`, name: `${station.name}第${n}警格`, stationCode: b.stationCode, officerId: officerIds[k],
      gridCodes: grids.map((g) => gridCodes[g]), geom: dissolve(grids.flatMap((g) => layout.grids[g].cells)),
    };
  });
}

/** Streets and communities with the demo geometry of the urban ones filled in (new rows; input not mutated). */
export function withUrbanGeometry(
  streets: readonly StreetRow[], communities: readonly CommunityRow[], layout: UrbanLayout, dissolve: (cells: Iterable<number>) => Area,
): { streets: StreetRow[]; communities: CommunityRow[] } {
  return {
    streets: streets.map((s) => (s.urban ? { ...s, geom: dissolve(layout.streetCells.get(s.code)!) } : { ...s })),
    communities: communities.map((c) => (c.urban ? { ...c, geom: dissolve(layout.communityCells.get(c.code)!) } : { ...c })),
  };
}
