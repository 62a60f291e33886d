/**
 * The candidate stops of a patrol around a start for a time window (issue 6, part 4), within the caller's scope:
 * hot cells of recent incidents in the window (hot-cells.service.ts) and key places at their peak during it
 * (core/patrol measurePeakOverlap over patrol-candidates.repo.ts's key places), on one risk scale so the planner can
 * weigh a cell against a key place:
 * - a hotspot cell: incidents a week in the cell during the window (count over the weeks ÷ weeks); only cells
 *   classed hot at 90 % confidence or better (Gi*, FDR-corrected) are candidates;
 * - a key place: hours a day its peak overlaps the window (averaged over the weekdays) × KEY_PLACE_RISK_PER_HOUR.
 */
import type { Scope } from '../../core/contracts/auth';
import type { ForecastSelection } from '../../core/contracts/analysis';
import { DEFAULT_PATROL_RADIUS_M, parseTimeOfDay, windowLengthMin, type PatrolCandidates, type PatrolCandidatesQuery, type PatrolCandidateView, type PatrolHotspotSource, type PatrolWindow } from '../../core/contracts/patrol';
import { measureDistanceM, mergeKeyPlaceCells, type LngLat } from '../../core/patrol';
import { measurePeakOverlap } from '../../core/patrol/measure-peak-overlap';
import type { Db } from '../db/engine';
import { findKeyPlacesNear } from '../db/repos/patrol-candidates.repo';
import type { Language } from '../i18n/language';
import { DEFAULT_CELL_SIZE_M } from '../../core/hotspots';
import { findPatrolHotCells } from './hot-cells.service';
import { findPatrolForecastCells } from './patrol-forecast-cells.service';
import { findStartOrRefusal, type ScopeRefusal } from './patrol-start.service';

export const DEFAULT_WEEKS = 8;
/**
 * An hour a day of a key place's peak inside the window counts as half an incident a week. On the demo data the hot
 * cells within 1.5 km of a station see 0.1–3 incidents a week in a 4-hour evening window, so a mall at its peak all
 * evening (3 h → 1.5) ranks with the upper third of the hot cells: neither kind crowds out the other.
 */
export const KEY_PLACE_RISK_PER_HOUR = 0.5;

const ALL_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export interface CandidateQuery {
  start: LngLat;
  window: PatrolWindow;
  weekdays?: number[];
  radiusM: number;
  weeks?: number;
  /** Key places to include wherever they are and whatever their peak (they must still be in scope). */
  mandatory?: string[];
  /** Gi* hot cells (the default) or the shift's forecast cells. */
  hotspots?: PatrolHotspotSource;
}

export interface FoundCandidates {
  weekdays: number[];
  weeks: number;
  /** Best first (risk, then id); mandatory key places included and flagged. */
  candidates: PatrolCandidateView[];
  /** Mandatory codes that are no key place in the caller's scope. */
  unknownMandatory: string[];
  hotspots: PatrolHotspotSource;
  /** With hotspots 'forecast': the validation that chose the forecast model. */
  forecast?: ForecastSelection;
}

/** GET /api/patrol/candidates: the start within the caller's scope (or its refusal) and the candidates around it. */
export async function answerPatrolCandidates(db: Db, q: PatrolCandidatesQuery, scope: Scope, language: Language): Promise<{ ok: true; answer: PatrolCandidates } | ScopeRefusal> {
  const found = await findStartOrRefusal(db, { stationCode: q.station, start: q.at }, scope, language);
  if (!found.ok) return found;
  const window = { start: q.start, end: q.end };
  const radiusM = q.radiusM ?? DEFAULT_PATROL_RADIUS_M[q.mode];
  const r = await findPatrolCandidates(db, { start: found.start.lngLat, window, weekdays: q.weekdays, radiusM, weeks: q.weeks, hotspots: q.hotspots }, scope);
  const answer: PatrolCandidates = { start: found.start, window, weekdays: r.weekdays, weeks: r.weeks, radiusM, cellSizeM: DEFAULT_CELL_SIZE_M, candidates: r.candidates, hotspots: r.hotspots };
  if (r.forecast) answer.forecast = r.forecast;
  return { ok: true, answer };
}

/** The candidate stops around a start for a window, within the caller's scope (incidents and key places alike). */
export async function findPatrolCandidates(db: Db, q: CandidateQuery, scope: Scope): Promise<FoundCandidates> {
  const weekdays = q.weekdays ?? ALL_WEEKDAYS;
  const weeks = q.weeks ?? DEFAULT_WEEKS;
  const startMin = parseTimeOfDay(q.window.start);
  const durationMin = windowLengthMin(q.window);
  const hotspots = q.hotspots ?? 'gi';
  const cellQuery = { start: q.start, radiusM: q.radiusM, weeks, startMin, durationMin, weekdays };
  const forecast = hotspots === 'forecast' ? await findPatrolForecastCells(db, cellQuery, scope) : null;
  const hot = forecast ? forecast.cells : await findPatrolHotCells(db, cellQuery, scope);
  const { places, unknownMandatory } = await findKeyPlaceCandidates(db, { ...q, weekdays, startMin, durationMin }, scope);
  const candidates = mergeKeyPlaceCells([...hot, ...places]);
  return { weekdays, weeks, candidates, unknownMandatory, hotspots, ...(forecast ? { forecast: forecast.selection } : {}) };
}

type Window = { startMin: number; durationMin: number; weekdays: number[] };

/** Key places within the radius whose peak overlaps the window, and the mandatory ones wherever they are in scope. */
async function findKeyPlaceCandidates(db: Db, q: CandidateQuery & Window, scope: Scope): Promise<{ places: PatrolCandidateView[]; unknownMandatory: string[] }> {
  const mandatory = q.mandatory ?? [];
  const dLat = q.radiusM / 111_320;
  const dLng = q.radiusM / (111_320 * Math.cos((q.start[1] * Math.PI) / 180));
  const rows = await findKeyPlacesNear(db, { bbox: [q.start[0] - dLng, q.start[1] - dLat, q.start[0] + dLng, q.start[1] + dLat], codes: mandatory }, scope);
  const places = rows.flatMap((k): PatrolCandidateView[] => {
    const isMandatory = mandatory.includes(k.code);
    const overlap = measurePeakOverlap(q, q.weekdays, k.peakWindows);
    if (!isMandatory && (overlap.meanMin === 0 || measureDistanceM(q.start, k.lngLat) > q.radiusM)) return [];
    return [{
      id: k.code,
      kind: 'key_place',
      name: k.name,
      lngLat: k.lngLat,
      risk: round((overlap.meanMin / 60) * KEY_PLACE_RISK_PER_HOUR, 3),
      mandatory: isMandatory,
      keyPlaceKind: k.kind,
      peakOverlapMin: round(overlap.meanMin, 1),
      ...(overlap.window ? { window: overlap.window } : {}),
    }];
  });
  const found = new Set(rows.map((k) => k.code));
  return { places, unknownMandatory: mandatory.filter((c) => !found.has(c)) };
}
