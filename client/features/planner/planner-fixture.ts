import type { Polygon } from 'geojson';
import type { PlannerUnitProperties, PlannerUnits } from '../../../core/contracts/planner';

// A small area for the planner's tests: 6 columns × 2 rows of square building territories (0.001° a side) near
// Dachuan. Community A holds columns 0–3, community B columns 4–5; each column is one compound (two buildings).
// Published grids: G1 = columns 0–1, G2 = columns 2–3 (both A), G3 = columns 4–5 (B). Beats: B1 holds columns 0–2,
// B2 columns 3–5, so G2 is split between two beats. Every building has 100 households.

const origin: [number, number] = [107.5, 31.2];
const sideDeg = 0.001;
const communityA = '511703001001';
const communityB = '511703001002';
const kx = (Math.cos((31.2005 * Math.PI) / 180) * Math.PI * 6_371_008.8) / 180;
const ky = (Math.PI * 6_371_008.8) / 180;

export const fixtureCommunities = { A: communityA, B: communityB };

export function buildingCode(col: number, row: number): string {
  return `b${col}-${row}`;
}

function square(col: number, row: number, inset = 0): Polygon {
  const w = origin[0] + col * sideDeg + inset;
  const s = origin[1] + row * sideDeg + inset;
  const e = w + sideDeg - 2 * inset;
  const n = s + sideDeg - 2 * inset;
  return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
}

/** The fixture as GET /api/planner/units would answer it. */
export function plannerFixture(): PlannerUnits {
  const features: PlannerUnits['units']['features'] = [];
  for (let col = 0; col < 6; col++) {
    for (let row = 0; row < 2; row++) {
      const properties: PlannerUnitProperties = {
        code: buildingCode(col, row),
        name: `${col + 1}栋${row + 1}单元`,
        label: `测试小区${col + 1}栋${row + 1}单元`,
        compoundCode: `cp${col}`,
        compoundName: '测试小区',
        communityCode: col < 4 ? communityA : communityB,
        gridCode: col < 2 ? 'G1' : col < 4 ? 'G2' : 'G3',
        beatCode: col < 3 ? 'B1' : 'B2',
        households: 100,
        residents: 250,
        partyMembers: 10,
        institutionStaff: col === 0 ? 30 : 0,
        incidents12m: col + row,
        position: [origin[0] + (col + 0.5) * sideDeg, origin[1] + (row + 0.5) * sideDeg],
        footprint: square(col, row, sideDeg / 4),
      };
      features.push({ type: 'Feature', geometry: square(col, row), properties });
    }
  }
  const adjacency: [string, string, number][] = [];
  for (let col = 0; col < 6; col++) {
    for (let row = 0; row < 2; row++) {
      if (row === 0) adjacency.push([buildingCode(col, 0), buildingCode(col, 1), sideDeg * kx]);
      if (col < 5) adjacency.push([buildingCode(col, row), buildingCode(col + 1, row), sideDeg * ky]);
    }
  }
  const empty = { type: 'FeatureCollection' as const, features: [] };
  return {
    area: { kind: 'street', code: '511703001', name: '测试街道' },
    publishedPlanId: '00000000-0000-4000-8000-000000000001',
    communities: empty,
    units: { type: 'FeatureCollection', features },
    grids: empty,
    beats: empty,
    adjacency,
  };
}
