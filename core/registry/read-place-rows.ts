import type { Point, Polygon } from 'geojson';
import { keyPlaceKinds, MAX_IMPORT_ROWS, placeColumns, type PlaceImportKind } from '../contracts/registry';

/**
 * Why a row of a buildings or key places file is refused: a message code the server words in the caller's language
 * (server/i18n/messages.ts), so the reason reaches a person in Chinese first.
 */
export type PlaceProblemCode =
  | 'place_not_collection' | 'place_no_rows' | 'place_too_many_rows' | 'place_not_feature' | 'place_required' | 'place_code_format'
  | 'place_text_too_long' | 'place_floors' | 'place_households' | 'place_kind' | 'place_polygon_expected' | 'place_point_expected'
  | 'place_code_repeats' | 'place_code_exists' | 'place_outside_grids' | 'place_outside_scope' | 'place_geometry_invalid'
  | 'place_no_compound' | 'place_compound_elsewhere';

export interface PlaceProblem {
  row: number; // the feature's 1-based position; 0 for the file as a whole
  field: string; // a column, 'geometry', or '' for the whole row or file
  code: PlaceProblemCode;
  params: Record<string, string | number>;
}

export interface PlaceRow {
  row: number;
  code: string;
  name: string;
  floors: number | null; // buildings only
  households: number; // buildings only; 0 when the file leaves it empty
  compoundCode: string | null; // buildings only; null: the compound is found from where the building lies
  kind: string | null; // key places only
  geometry: Polygon | Point; // CRS84, two dimensions
}

export interface PlaceFile {
  rows: PlaceRow[]; // the rows without a problem
  problems: PlaceProblem[];
  ignoredColumns: string[];
}

const codeRe = /^[0-9A-Za-z][0-9A-Za-z-]{0,39}$/;
const intRe = /^\d+$/;
const MAX_NAME = 100;
const MAX_FLOORS = 200;

/**
 * Reads and checks a FeatureCollection of buildings (Polygon, or a MultiPolygon of one part) or key places (Point)
 * in CRS84: required columns, their forms, the geometry's type, and a code repeated in the file or already taken
 * (`existingCodes`, district-wide). An existing code is refused, never updated: an import only adds places. Where a
 * place lies (its grid, scope, compound) is the repository's to check. Pure; the value is not mutated.
 */
export function readPlaceRows(kind: PlaceImportKind, value: unknown, existingCodes: ReadonlySet<string>): PlaceFile {
  const out: PlaceFile = { rows: [], problems: [], ignoredColumns: [] };
  const fc = value as { type?: unknown; features?: unknown } | null;
  if (!fc || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    out.problems.push({ row: 0, field: '', code: 'place_not_collection', params: {} });
    return out;
  }
  if (fc.features.length === 0) out.problems.push({ row: 0, field: '', code: 'place_no_rows', params: {} });
  if (fc.features.length > MAX_IMPORT_ROWS) out.problems.push({ row: 0, field: '', code: 'place_too_many_rows', params: { rows: fc.features.length, max: MAX_IMPORT_ROWS } });
  if (out.problems.length > 0) return out;
  const known = new Set(placeColumns[kind]);
  const ignored = new Set<string>();
  const firstRowOf = new Map<string, number>();
  fc.features.forEach((f: unknown, i: number) => {
    const row = i + 1;
    const problems: PlaceProblem[] = [];
    const refuse = (field: string, code: PlaceProblemCode, params: PlaceProblem['params'] = {}) => problems.push({ row, field, code, params });
    const feature = f as { type?: unknown; properties?: unknown; geometry?: unknown } | null;
    if (!feature || typeof feature !== 'object' || feature.type !== 'Feature') {
      out.problems.push({ row, field: '', code: 'place_not_feature', params: {} });
      return;
    }
    const v = readValues(feature.properties, known, ignored);
    const text = (field: string) => {
      const t = v[field];
      if (t === undefined) refuse(field, 'place_required', { field });
      return t ?? '';
    };
    const code = text('code');
    if (code && !codeRe.test(code)) refuse('code', 'place_code_format', { field: 'code' });
    const name = text('name');
    if (name.length > MAX_NAME) refuse('name', 'place_text_too_long', { field: 'name', max: MAX_NAME });
    let floors: number | null = null;
    let households = 0;
    let compoundCode: string | null = null;
    let placeKind: string | null = null;
    if (kind === 'buildings') {
      const f = text('floors');
      floors = intRe.test(f) ? Number(f) : NaN;
      if (f && !(floors >= 1 && floors <= MAX_FLOORS)) refuse('floors', 'place_floors', { max: MAX_FLOORS });
      if (v.households !== undefined) {
        households = intRe.test(v.households) ? Number(v.households) : NaN;
        if (!Number.isSafeInteger(households)) refuse('households', 'place_households');
      }
      compoundCode = v.compound_code ?? null;
      if (compoundCode !== null && !codeRe.test(compoundCode)) refuse('compound_code', 'place_code_format', { field: 'compound_code' });
    } else {
      placeKind = text('kind');
      if (placeKind && !(keyPlaceKinds as readonly string[]).includes(placeKind)) refuse('kind', 'place_kind', { kinds: keyPlaceKinds.join(', ') });
    }
    const geometry = readGeometry(kind, feature.geometry);
    if (!geometry) refuse('geometry', kind === 'buildings' ? 'place_polygon_expected' : 'place_point_expected');
    if (code) {
      const first = firstRowOf.get(code);
      if (first !== undefined) refuse('code', 'place_code_repeats', { code, first });
      else if (existingCodes.has(code)) refuse('code', 'place_code_exists', { code });
      else firstRowOf.set(code, row);
    }
    if (problems.length > 0) out.problems.push(...problems);
    else out.rows.push({ row, code, name, floors, households, compoundCode, kind: placeKind, geometry: geometry! });
  });
  out.ignoredColumns = [...ignored];
  return out;
}

/** Codes a file names, so that the caller looks up only those. */
export function placeCodesOf(value: unknown): string[] {
  const features = (value as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) return [];
  const codes = features.map((f) => {
    const props = (f as { properties?: Record<string, unknown> } | null)?.properties ?? {};
    const key = Object.keys(props).find((k) => k.trim().toLowerCase() === 'code');
    return key === undefined ? '' : String(props[key] ?? '').trim();
  });
  return [...new Set(codes.filter(Boolean))];
}

function readValues(properties: unknown, known: ReadonlySet<string>, ignored: Set<string>): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  for (const [key, raw] of Object.entries((properties ?? {}) as Record<string, unknown>)) {
    const k = key.trim().toLowerCase();
    if (!known.has(k)) ignored.add(k);
    // An object is not text; it is read as absent, and a required column then says so.
    else if (raw !== null && raw !== undefined && typeof raw !== 'object') values[k] = String(raw).trim() || undefined;
  }
  return values;
}

const isPosition = (p: unknown): p is number[] => Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1])
  && Math.abs(p[0] as number) <= 180 && Math.abs(p[1] as number) <= 90;
// A ring is closed (its last position repeats its first), as GeoJSON and Shapefiles write it.
const isRing = (r: unknown): r is number[][] => Array.isArray(r) && r.length >= 4 && r.every(isPosition)
  && r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1];

/** The file's geometry as the table's type, in two dimensions (a Shapefile's Z is dropped), or null if it is not one. */
function readGeometry(kind: PlaceImportKind, geometry: unknown): Polygon | Point | null {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || typeof g !== 'object') return null;
  const flat = (p: number[]) => [p[0], p[1]];
  if (kind === 'key_places') return g.type === 'Point' && isPosition(g.coordinates) ? { type: 'Point', coordinates: flat(g.coordinates) } : null;
  // The buildings table holds one polygon a building: a MultiPolygon of one part is that polygon.
  const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' && Array.isArray(g.coordinates) && g.coordinates.length === 1 ? g.coordinates[0] : null;
  if (!Array.isArray(rings) || rings.length === 0 || !rings.every(isRing)) return null;
  return { type: 'Polygon', coordinates: (rings as number[][][]).map((r) => r.map(flat)) };
}
