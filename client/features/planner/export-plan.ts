import type { FeatureCollection, MultiPolygon } from 'geojson';
import { dissolveGrids, type GridOutline } from './dissolve-grids';
import type { GridRow } from './grid-rows';
import type { PlanState } from './plan-state';
import type { PlanUnits } from './plan-units';

/**
 * How the exported files name places beside their codes (a file read in a GIS or a spreadsheet shows a grid by its
 * name, not N001 or 511703001003005 alone): a grid key as the planner's lists word it (梧桐梁社区第1网格, 新网格 N001),
 * a community and a beat by name.
 */
export interface ExportNames {
  grid: (key: string) => string;
  community: (code: string) => string;
  beat: (code: string) => string;
}

/** The properties of one exported grid: its names, its measures, its buildings and its accepted beat. */
export interface ExportedGridProperties {
  key: string;
  name: string;
  communityCode: string;
  communityName: string;
  households: number;
  residents: number;
  partyMembers: number;
  institutionStaff: number;
  buildings: number;
  areaKm2: number;
  polsbyPopper: number | null;
  contiguous: boolean;
  /** From the band's middle, % (see grid-rows.ts). */
  deviationPct: number;
  inBand: boolean;
  locked: boolean;
  beat: string | null;
  beatName: string | null;
  /** The building codes of the grid: importing the file again restores the plan exactly. */
  buildingCodes: string[];
}

/**
 * The draft's grids as GeoJSON (EPSG:4326): one MultiPolygon feature a grid, dissolved from its territories with
 * core/redistrict dissolveDistricts, with its measures. `outlines` (from the map) is reused when given.
 */
export function buildPlanGeojson(
  pu: PlanUnits,
  state: PlanState,
  rows: readonly GridRow[],
  names: ExportNames,
  outlines: ReadonlyMap<string, GridOutline> = dissolveGrids(pu, state.assignment),
): FeatureCollection<MultiPolygon, ExportedGridProperties> {
  const members = new Map<string, string[]>();
  for (const u of pu.units) {
    const key = state.assignment.get(u.id)!;
    members.set(key, [...(members.get(key) ?? []), u.id]);
  }
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature',
      id: r.key,
      geometry: outlines.get(r.key)?.geometry ?? { type: 'MultiPolygon', coordinates: [] },
      properties: {
        key: r.key,
        name: names.grid(r.key),
        communityCode: r.communityCode,
        communityName: names.community(r.communityCode),
        households: r.households,
        residents: r.residents,
        partyMembers: r.partyMembers,
        institutionStaff: r.institutionStaff,
        buildings: r.buildings,
        areaKm2: round(r.areaKm2, 6),
        polsbyPopper: r.polsbyPopper === null ? null : round(r.polsbyPopper, 4),
        contiguous: r.contiguous,
        deviationPct: round(r.deviationPct, 2),
        inBand: r.inBand,
        locked: r.locked,
        beat: state.docking[r.key] ?? null,
        beatName: state.docking[r.key] ? names.beat(state.docking[r.key]!) : null,
        buildingCodes: members.get(r.key) ?? [],
      },
    })),
  };
}

/** Column names of the CSV export (machine names, so the file can be read back by a script); each code has its name beside it. */
export const csvColumns = [
  'building_code', 'building_name', 'compound_code', 'compound_name', 'community_code', 'community_name', 'grid_key', 'grid_name',
  'published_grid', 'published_grid_name', 'households', 'residents', 'party_members', 'institution_staff',
] as const;

/**
 * The draft as CSV, one row a building in unit order: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order
 * mark so that spreadsheet programs on Windows read the Chinese names correctly.
 */
export function buildPlanCsv(pu: PlanUnits, state: PlanState, names: ExportNames): string {
  const lines = [csvColumns.join(',')];
  for (const u of pu.units) {
    const p = pu.props.get(u.id)!;
    const key = state.assignment.get(u.id) ?? '';
    const cells = [
      p.code, p.name, p.compoundCode, p.compoundName, p.communityCode, names.community(p.communityCode), key, key && names.grid(key),
      p.gridCode, names.grid(p.gridCode), p.households, p.residents, p.partyMembers, p.institutionStaff,
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

function csvCell(value: string | number): string {
  const text = String(value);
  // A leading = + - @ would be read as a formula by spreadsheet programs (CSV injection): quote it with a '.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
