import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Translate } from '../../i18n/messages';
import type { MessageKey } from '../../i18n/zh-CN';
import type { PlanState } from './plan-state';
import type { PlanUnits } from './plan-units';

/** What an import could not use or had to correct; codes sorted. */
export interface ImportReport {
  features: number;
  /** Features that gave no grid: [index, reason]. */
  skippedFeatures: { index: number; reason: 'no-grid' | 'no-geometry' | 'bad-key' }[];
  /** Buildings of the area the file put in a grid. */
  matched: number;
  /** Buildings of the area the file gave no grid (in no polygon, or not listed): they keep their current grid. */
  unmatched: string[];
  /** Building codes in the file that the area does not have. */
  unknown: string[];
  /** Buildings given two grids by the file (the first feature wins). */
  conflicting: string[];
  /** Compounds the file split: each is put whole in the grid holding most of its households. */
  compoundsMadeWhole: string[];
  /** Grid keys whose buildings lay in two communities: each further community's part got the key + "-2", "-3", … */
  keysSplitByCommunity: string[];
}

export interface ImportResult {
  state: PlanState;
  report: ImportReport;
}

/** Why a file gave no plan at all: no JSON, JSON but no GeoJSON, a CSV without the plan's columns, or no area chosen to import into. */
export type PlanImportReason = 'not-json' | 'not-geojson' | 'no-area' | 'not-plan-csv';

const reasonMessages: Record<PlanImportReason, MessageKey> = {
  'not-json': 'plannerImportNotJson',
  'not-plan-csv': 'plannerImportNotPlanCsv',
  'not-geojson': 'plannerImportNotGeojson',
  'no-area': 'plannerImportNoArea',
};

/** A file that is no GeoJSON FeatureCollection (or Feature) at all; `reason` is worded by importFailureText. */
export class PlanImportError extends Error {
  override name = 'PlanImportError';
  constructor(readonly reason: PlanImportReason) {
    super(reason);
  }
}

/**
 * The line an import that failed shows, in the interface's language: a PlanImportError by its reason, any other error
 * (the server's refusal of a Shapefile or GeoPackage, already worded) by its message.
 */
export function importFailureText(t: Translate, err: Error): string {
  return t('plannerImportFailed', { message: err instanceof PlanImportError ? t(reasonMessages[err.reason]) : err.message });
}

const keyPattern = /^[0-9A-Za-z_-]{1,40}$/;
const gridProps = ['key', 'gridKey', 'grid_key', 'grid', 'gridCode', 'grid_code', 'code'];
const buildingProps = ['building', 'buildingCode', 'building_code'];

/**
 * Reads a plan from GeoJSON text. Each feature gives a grid in one of three ways: a `buildingCodes` array (as this
 * planner exports), a building-code property (building / buildingCode / building_code) with a grid-key property
 * (key / gridKey / grid_key / grid / gridCode / code), or a Polygon/MultiPolygon with a grid key, every building
 * whose position lies inside going to that grid (features without a key are keyed I001, I002, …). Then compounds
 * are made whole and grids split at community boundaries, as the plan's rules require. The result unlocks every
 * grid and drops the accepted docking. Throws PlanImportError when the text is no GeoJSON.
 */
export function importPlan(pu: PlanUnits, current: PlanState, text: string): ImportResult {
  const features = readFeatures(text);
  const given = new Map<string, string>();
  const report: ImportReport = {
    features: features.length, skippedFeatures: [], matched: 0, unmatched: [], unknown: [], conflicting: [], compoundsMadeWhole: [], keysSplitByCommunity: [],
  };
  const unknown = new Set<string>();
  const conflicting = new Set<string>();
  const give = (code: string, key: string) => {
    if (!pu.props.has(code)) unknown.add(code);
    else if (given.has(code) && given.get(code) !== key) conflicting.add(code);
    else given.set(code, key);
  };
  let generated = 0;
  features.forEach((f, index) => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const rawKey = gridProps.map((p) => props[p]).find((v) => typeof v === 'string' || typeof v === 'number') ?? f.id;
    const key = rawKey === undefined ? null : String(rawKey);
    if (key !== null && !keyPattern.test(key)) return report.skippedFeatures.push({ index, reason: 'bad-key' });
    const codes = props.buildingCodes;
    const building = buildingProps.map((p) => props[p]).find((v) => typeof v === 'string' || typeof v === 'number');
    if (Array.isArray(codes) || building !== undefined) {
      if (key === null) return report.skippedFeatures.push({ index, reason: 'no-grid' });
      for (const code of Array.isArray(codes) ? codes : [building]) give(String(code), key);
      return;
    }
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return report.skippedFeatures.push({ index, reason: 'no-geometry' });
    const gridKey = key ?? `I${String(++generated).padStart(3, '0')}`;
    const [w, s, e, n] = bbox(g);
    for (const u of pu.units) {
      const [x, y] = pu.props.get(u.id)!.position;
      if (x < w || x > e || y < s || y > n) continue;
      if (booleanPointInPolygon([x, y], g as Polygon | MultiPolygon)) give(u.id, gridKey);
    }
  });
  const assignment = new Map<string, string>();
  for (const u of pu.units) {
    const key = given.get(u.id);
    if (key === undefined) report.unmatched.push(u.id);
    assignment.set(u.id, key ?? current.assignment.get(u.id)!);
  }
  report.matched = given.size;
  report.unknown = [...unknown].sort();
  report.conflicting = [...conflicting].sort();
  report.compoundsMadeWhole = makeCompoundsWhole(pu, assignment);
  report.keysSplitByCommunity = splitKeysByCommunity(pu, assignment);
  return { state: { assignment, locked: new Set(), docking: {} }, report };
}

function readFeatures(text: string): Feature[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new PlanImportError('not-json');
  }
  const o = json as { type?: unknown; features?: unknown };
  if (o && o.type === 'FeatureCollection' && Array.isArray(o.features)) return o.features as Feature[];
  if (o && o.type === 'Feature') return [o as unknown as Feature];
  throw new PlanImportError('not-geojson');
}

/** Puts each split compound whole into its grid with most households (ties: the lower key); answers those compounds. */
function makeCompoundsWhole(pu: PlanUnits, assignment: Map<string, string>): string[] {
  const fixed: string[] = [];
  for (const [compound, codes] of pu.compounds) {
    const byKey = new Map<string, number>();
    for (const c of codes) byKey.set(assignment.get(c)!, (byKey.get(assignment.get(c)!) ?? 0) + pu.props.get(c)!.households);
    if (byKey.size < 2) continue;
    const [best] = [...byKey].sort(([a, ha], [b, hb]) => hb - ha || (a < b ? -1 : 1))[0];
    for (const c of codes) assignment.set(c, best);
    fixed.push(compound);
  }
  return fixed.sort();
}

/** Gives each further community of a key that spans several its own key (key-2, key-3, …); answers those keys. */
function splitKeysByCommunity(pu: PlanUnits, assignment: Map<string, string>): string[] {
  const parts = new Map<string, Map<string, number>>();
  for (const [code, key] of assignment) {
    const p = pu.props.get(code)!;
    const byCommunity = parts.get(key) ?? new Map<string, number>();
    byCommunity.set(p.communityCode, (byCommunity.get(p.communityCode) ?? 0) + p.households);
    parts.set(key, byCommunity);
  }
  const taken = new Set(assignment.values());
  const split: string[] = [];
  for (const [key, byCommunity] of parts) {
    if (byCommunity.size < 2) continue;
    split.push(key);
    const others = [...byCommunity].sort(([a, ha], [b, hb]) => hb - ha || (a < b ? -1 : 1)).slice(1);
    let n = 2;
    for (const [community] of others) {
      while (taken.has(`${key.slice(0, 36)}-${n}`)) n++;
      const fresh = `${key.slice(0, 36)}-${n}`;
      taken.add(fresh);
      for (const [code, k] of assignment) if (k === key && pu.props.get(code)!.communityCode === community) assignment.set(code, fresh);
    }
  }
  return split.sort();
}
