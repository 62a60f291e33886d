/**
 * Where people live: households of every block (dense in the centre, thinning outwards), one compound
 * (小区) per block and its buildings (楼栋) with floors, households, residents, party members and staff
 * of state organs and institutions.
 */
import type { Polygon, Position } from 'geojson';
import type { BuildingRow, CompoundRow } from './dataset';
import type { NameSource } from './demo-names';
import { DAY_MS, localDateKey } from '../../core/time';
import { roundPosition, toLngLat, toMetres } from './planar';
import { apportion, type Rng } from './prng';
import type { UrbanLayout } from './urban-layout';
import { pointInCell, type UrbanMesh } from './urban-mesh';

/**
 * Households of every mesh cell, summing exactly to `total`. The weight falls off exponentially with
 * distance from `centreM` (scale 1.5 km) over a floor, times ±35 % noise; `mixedUse` cells (schools,
 * malls, hospitals …) keep 30 %. Every block holds at least 6 households.
 */
export function assignBlockHouseholds(mesh: UrbanMesh, centreM: readonly [number, number], total: number, mixedUse: ReadonlySet<number>, rng: Rng): number[] {
  const weights = mesh.cells.map((c) => {
    const d = Math.hypot(c.centroidM[0] - centreM[0], c.centroidM[1] - centreM[1]);
    return (0.22 + Math.exp(-d / 1500)) * rng.range(0.65, 1.35) * (mixedUse.has(c.id) ? 0.3 : 1);
  });
  return apportion(total, weights, 6);
}

/** Compounds and buildings, and per-block lookups derived from them. */
export interface PopulationRows {
  compounds: CompoundRow[];
  buildings: BuildingRow[];
  /** Compound code of every mesh cell. */
  compoundOfCell: string[];
  /** Residents of every mesh cell (the sum of its buildings). */
  residentsOfCell: number[];
}

const COMPOUND_INSET = 0.86; // a compound is its block shrunk towards the centre: the rest is street

/** Builds one compound per block (codes C0001… in grid order) and its buildings. */
export function buildCompoundsAndBuildings(
  mesh: UrbanMesh, layout: UrbanLayout, households: readonly number[], gridCodes: readonly string[], names: NameSource, anchorMs: number, rng: Rng,
): PopulationRows {
  const compounds: CompoundRow[] = [];
  const buildings: BuildingRow[] = [];
  const compoundOfCell: string[] = Array(mesh.cells.length).fill('');
  const residentsOfCell: number[] = Array(mesh.cells.length).fill(0);
  layout.grids.forEach((grid, g) => {
    for (const cellId of grid.cells) {
      const code = `C${String(compounds.length + 1).padStart(4, '0')}`;
      const ring = compoundRing(mesh, cellId);
      compounds.push({ code, name: names.compoundName(), communityCode: grid.communityCode, gridCode: gridCodes[g], geom: { type: 'Polygon', coordinates: [ring] } });
      compoundOfCell[cellId] = code;
      const rows = buildBuildings(mesh, cellId, ring, code, gridCodes[g], households[cellId], anchorMs, rng);
      residentsOfCell[cellId] = rows.reduce((a, b) => a + b.residents, 0);
      buildings.push(...rows);
    }
  });
  return { compounds, buildings, compoundOfCell, residentsOfCell };
}

function compoundRing(mesh: UrbanMesh, cellId: number): Position[] {
  const [cx, cy] = mesh.cells[cellId].centroid;
  const corners = mesh.cells[cellId].ring.map((k) => {
    const [x, y] = mesh.vertices[k];
    return roundPosition([cx + COMPOUND_INSET * (x - cx), cy + COMPOUND_INSET * (y - cy)]);
  });
  return [...corners, corners[0]];
}

/** Building type by how many households the block holds: high-rise in the centre, walk-ups outside. */
function buildingStyle(blockHouseholds: number, rng: Rng): { perBuilding: number; perFloor: number } {
  if (blockHouseholds >= 100) return { perBuilding: rng.range(55, 110), perFloor: 4 };
  if (blockHouseholds >= 45) return { perBuilding: rng.range(24, 48), perFloor: 4 };
  return { perBuilding: rng.range(10, 24), perFloor: rng.pick([2, 3, 4]) };
}

function buildBuildings(
  mesh: UrbanMesh, cellId: number, compound: Position[], compoundCode: string, gridCode: string, blockHouseholds: number, anchorMs: number, rng: Rng,
): BuildingRow[] {
  const style = buildingStyle(blockHouseholds, rng);
  const n = Math.max(1, Math.min(12, blockHouseholds, Math.round(blockHouseholds / style.perBuilding)));
  const split = apportion(blockHouseholds, Array.from({ length: n }, () => rng.range(0.7, 1.3)), 1);
  const cols = Math.ceil(Math.sqrt(n));
  const rows = Math.ceil(n / cols);
  const slotM = (COMPOUND_INSET * 0.8 * mesh.cellSizeM) / Math.max(cols, rows);
  return split.map((hh, b) => {
    const s = 0.1 + (0.8 * ((b % cols) + 0.5)) / cols;
    const t = 0.1 + (0.8 * (Math.floor(b / cols) + 0.5)) / rows;
    const centre = pointInCell(mesh, cellId, 0.5 + COMPOUND_INSET * (s - 0.5), 0.5 + COMPOUND_INSET * (t - 0.5));
    const residents = Math.round(hh * rng.range(2.75, 3.13));
    const ageDays = rng.chance(0.75) ? rng.range(0, 90) : rng.range(90, 200);
    return {
      code: `${compoundCode}-B${String(b + 1).padStart(2, '0')}`,
      name: `${b + 1}栋`,
      compoundCode,
      gridCode,
      floors: Math.max(2, Math.min(34, Math.ceil(hh / style.perFloor))),
      households: hh,
      residents,
      // Party members are ~6–9 % of adults (adults ~80 % of residents).
      partyMembers: Math.round(residents * rng.range(0.78, 0.84) * rng.range(0.06, 0.09)),
      institutionStaff: Math.round(residents * rng.range(0.03, 0.09)),
      verifiedAt: localDateKey(anchorMs - ageDays * DAY_MS),
      geom: footprint(mesh, centre, Math.min(60, slotM * rng.range(0.45, 0.6)), Math.min(22, slotM * rng.range(0.3, 0.45)), compound),
    };
  });
}

/** A w × d metre rectangle aligned with the lattice, shrunk until it lies inside the (convex) compound. */
function footprint(mesh: UrbanMesh, centre: Position, widthM: number, depthM: number, compound: Position[]): Polygon {
  const [cx, cy] = toMetres(mesh.frame, centre);
  const cos = Math.cos(mesh.rotationRad);
  const sin = Math.sin(mesh.rotationRad);
  let scale = 1;
  for (let attempt = 0; attempt < 8; attempt++, scale *= 0.75) {
    const w = (widthM * scale) / 2;
    const d = (depthM * scale) / 2;
    const corners = [[-w, -d], [w, -d], [w, d], [-w, d]].map(([u, v]) => roundPosition(toLngLat(mesh.frame, cx + u * cos - v * sin, cy + u * sin + v * cos)));
    if (corners.every((p) => insideConvex(p, compound))) return { type: 'Polygon', coordinates: [[...corners, corners[0]]] };
  }
  throw new Error('footprint: no building fits its compound');
}

/** Strictly inside a counter-clockwise convex ring (closed). */
function insideConvex(p: Position, ring: Position[]): boolean {
  for (let k = 0; k < ring.length - 1; k++) {
    const [ax, ay] = ring[k];
    const [bx, by] = ring[k + 1];
    if ((bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax) <= 0) return false;
  }
  return true;
}
