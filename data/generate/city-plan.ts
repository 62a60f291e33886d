/**
 * The demo city plan: the urban mesh around the district government, the key places' blocks, the
 * households of every block and the layout of streets, communities and grids on the blocks.
 */
import gcoord from 'gcoord';
import type { Position } from 'geojson';
import type { CommunityRow, StreetRow } from './dataset';
import { pickKeyPlaceSites, type KeyPlaceSite } from './key-places';
import { assignBlockHouseholds } from './population';
import type { Rng } from './prng';
import type { RealInputs } from './real-inputs';
import { layOutUrbanUnits, type UrbanLayout } from './urban-layout';
import { buildUrbanMesh, locateCell, type UrbanMesh } from './urban-mesh';

/** The district government (达川区人民政府) as published in the DataV file, GCJ-02; converted below. */
const GOVERNMENT_GCJ02: [number, number] = [107.507926, 31.199062];

/** Figures of the Dachuan practice (and of a plausible demo city) that the plan reproduces. */
export const PLAN_TARGETS = { grids: 208, households: 85_000, urbanAreaKm2: 24, cellSizeM: 125 };

export interface CityPlan {
  mesh: UrbanMesh;
  government: [number, number];
  /** Where density peaks, metres in the mesh frame. */
  centreM: [number, number];
  sites: KeyPlaceSite[];
  households: number[];
  layout: UrbanLayout;
  /** Code of each laid-out grid, `${communityCode}${nnn}` (county 6 + street 3 + community 3 + sequence 3 digits). */
  gridCodes: string[];
}

/** Plans the city. `rng(stream)` gives the named random stream of the dataset seed. */
export function planCity(inputs: RealInputs, streets: readonly StreetRow[], communities: readonly CommunityRow[], rng: (stream: string) => Rng): CityPlan {
  // The only GCJ-02 point of the generator: converted at the edge like the district boundary.
  const government = gcoord.transform(GOVERNMENT_GCJ02, gcoord.GCJ02, gcoord.WGS84) as [number, number];
  const mesh = buildUrbanMesh({ centre: government, district: inputs.district.geom, cellSizeM: PLAN_TARGETS.cellSizeM, targetAreaKm2: PLAN_TARGETS.urbanAreaKm2, rng: rng('mesh') });
  // Density peaks between the government (near the northern edge) and the middle of the urban area.
  const n = mesh.cells.length;
  const mid = mesh.cells.reduce((a, c) => [a[0] + c.centroidM[0] / n, a[1] + c.centroidM[1] / n], [0, 0]);
  const centreM: [number, number] = [mid[0] / 2, mid[1] / 2];
  const sites = pickKeyPlaceSites(mesh, government, nearestCell(mesh, government), centreM, rng('key-places'));
  const households = assignBlockHouseholds(mesh, centreM, PLAN_TARGETS.households, new Set(sites.map((s) => s.cellId)), rng('households'));
  const urbanStreets = streets
    .filter((s) => s.urban)
    .map((s) => ({ code: s.code, communityCodes: communities.filter((c) => c.urban && c.streetCode === s.code).map((c) => c.code) }));
  const layout = layOutUrbanUnits(mesh, households, urbanStreets, PLAN_TARGETS.grids, rng('layout'));
  const gridCodes = layout.grids.map((g) => `${g.communityCode}${String(g.number).padStart(3, '0')}`);
  return { mesh, government, centreM, sites, households, layout, gridCodes };
}

/** The cell containing a point, or the cell with the nearest centre if the point is outside the mesh. */
export function nearestCell(mesh: UrbanMesh, p: Position): number {
  const inside = locateCell(mesh, p);
  if (inside >= 0) return inside;
  let best = 0;
  let bestD = Infinity;
  for (const c of mesh.cells) {
    const d = (c.centroid[0] - p[0]) ** 2 + (c.centroid[1] - p[1]) ** 2;
    if (d < bestD) [best, bestD] = [c.id, d];
  }
  return best;
}

/** The cell whose centre is nearest a point given in metres of the mesh frame. */
export function nearestCellToMetres(mesh: UrbanMesh, m: readonly [number, number]): number {
  let best = 0;
  let bestD = Infinity;
  for (const c of mesh.cells) {
    const d = (c.centroidM[0] - m[0]) ** 2 + (c.centroidM[1] - m[1]) ** 2;
    if (d < bestD) [best, bestD] = [c.id, d];
  }
  return best;
}
