/**
 * Hot cells, the two ways the system looks for them, through one Gi* pipeline (core/hotspots computeCellHotspots):
 * the analysis map's hotspots over the scope's study area (the incidents of the filter, every cell classed, hot
 * cells named by place), and the patrol planner's hot cells around a start (the incidents of a time window over the
 * last weeks, counted in DEFAULT_CELL_SIZE_M cells of a square around the start, the cells classed hot-90 or better
 * within the radius, named by the nearest place of the jurisdiction); and the analysis map's emerging trend, Gi* a
 * week. The analysis map's two are not run on fewer than MIN_HOTSPOT_INCIDENTS incidents (checkHotspotIncidents) and
 * say so (meta.tooFew); the patrol planner's hot cells have no floor. The SQL is in analysis.repo.ts, incidents.repo.ts and
 * patrol-candidates.repo.ts.
 */
import type { EmergingAnswer, HotspotAnswer, HotspotQuery } from '../../core/contracts/analysis';
import type { Scope } from '../../core/contracts/auth';
import type { PatrolCandidateView } from '../../core/contracts/patrol';
import { watchesWholeDistrict } from '../../core/contracts/role-groups';
import { analyseEmerging, analyseHotspots } from '../../core/analysis/index';
import { checkHotspotIncidents, computeCellHotspots, createUtmFrame, DEFAULT_CELL_SIZE_M } from '../../core/hotspots';
import { measureDistanceM, type LngLat } from '../../core/patrol';
import { distinguishSharedNames } from '../../core/search';
import type { Db } from '../db/engine';
import type { Period } from '../db/repos/analysis.repo';
import { findWindowIncidentPoints, type LngLatBox } from '../db/repos/patrol-candidates.repo';
import { nameNearestPlaces } from '../db/repos/place-names.repo';
import { pointsIntoScope } from '../db/repos/scope-points.repo';
import { loadAnalysisIncidents } from './analysis-incidents.service';
import { nameHotCells } from './analysis-place-names.service';

/**
 * How far a patrol's hot cell looks for a place to be named after (issue 11, part 6): within 300 m it is
 * '星河城1栋附近', farther '星河城1栋东北约450米'; a cell with nothing named within this reach is named by its grid, and
 * one in no grid either HOTSPOT_FALLBACK_NAME.
 */
export const HOTSPOT_NAME_REACH_M = 2000;
export const HOTSPOT_FALLBACK_NAME = '热点区域';

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * The analysis map's hotspots of the scope's incidents (analyseHotspots), hot cells named; null without a study area.
 * With fewer than MIN_HOTSPOT_INCIDENTS incidents in the cells no cell is classed (computeCellHotspots), and
 * meta.tooFew says so on the same count (meta.incidents); meta.scoped says whether the jurisdiction was less than the
 * whole district, whose analysis may differ.
 */
export async function findAnalysisHotCells(db: Db, q: HotspotQuery & Period, scope: Scope): Promise<HotspotAnswer | null> {
  const { area, incidents } = await loadAnalysisIncidents(db, q, scope);
  if (!area) return null;
  const answer = analyseHotspots(area, incidents, q.cell, { from: q.from, to: q.to });
  await nameHotCells(db, answer);
  const tooFew = checkHotspotIncidents(answer.meta.incidents);
  return { ...answer, meta: { ...answer.meta, scoped: !watchesWholeDistrict(scope), ...(tooFew && { tooFew }) } };
}

/**
 * The analysis map's emerging trend of the scope's incidents (analyseEmerging); null without a study area. When the
 * trend's weeks (meta.from to meta.to, the period less a partial first week) hold fewer than MIN_HOTSPOT_INCIDENTS of
 * the filter's incidents, no cell has a pattern and meta.tooFew says so: every week holds fewer still, and a week of
 * fewer has no hot or cold spot (detectEmergingHotspots), so the trend of such a window is noise.
 */
export async function findEmergingHotCells(db: Db, q: HotspotQuery & Period, scope: Scope): Promise<EmergingAnswer | null> {
  const { area, incidents } = await loadAnalysisIncidents(db, q, scope);
  if (!area) return null;
  const answer = analyseEmerging(area, incidents, q.cell, { from: q.from, to: q.to });
  const fromS = Date.parse(answer.meta.from) / 1000;
  const toS = Date.parse(answer.meta.to) / 1000;
  const inWeeks = Array.from(incidents.timesS).filter((s) => s >= fromS && s < toS).length;
  const tooFew = checkHotspotIncidents(inWeeks);
  return tooFew ? { ...answer, features: [], meta: { ...answer.meta, tooFew } } : answer;
}

export interface PatrolHotCellQuery {
  start: LngLat;
  radiusM: number;
  weeks: number;
  /** The window: its start in minutes after local midnight, its length in minutes, its ISO weekdays. */
  startMin: number;
  durationMin: number;
  weekdays: number[];
}

/**
 * A patrol's hot cells: incidents of the last `weeks` weeks whose local time falls in the window (see
 * findWindowIncidentPoints), counted in 150 m cells of a square study area around the start (2 × radius a side, in
 * the start's UTM zone), then Gi* with FDR classes; cells classed hot-90 or better, with incidents, whose centre lies
 * within the radius. Risk is incidents a week. Each is named by the nearest place of the jurisdiction within
 * HOTSPOT_NAME_REACH_M (placeHotCells); its id (cell-12-9) stays the plan's key.
 */
export async function findPatrolHotCells(db: Db, q: PatrolHotCellQuery, scope: Scope): Promise<PatrolCandidateView[]> {
  const frame = createUtmFrame(q.start);
  const [x, y] = frame.toXY(q.start);
  const r = q.radiusM;
  const corners = [[x - r, y - r], [x + r, y - r], [x + r, y + r], [x - r, y + r]].map((p) => frame.toLngLat(p));
  const bbox: LngLatBox = [Math.min(...corners.map((c) => c[0])), Math.min(...corners.map((c) => c[1])), Math.max(...corners.map((c) => c[0])), Math.max(...corners.map((c) => c[1]))];
  const points = await findWindowIncidentPoints(db, { bbox, weeks: q.weeks, startMin: q.startMin, durationMin: q.durationMin, weekdays: q.weekdays }, scope);
  // No floor here (MIN_HOTSPOT_INCIDENTS says why): a beat's window holds few incidents, and the cells they fell in
  // are still where to walk.
  const { grid, counts, gi, classes } = computeCellHotspots({ cellSizeM: DEFAULT_CELL_SIZE_M, bboxXY: [x - r, y - r, x + r, y + r], frame, aligned: true }, points, { minIncidents: 0 });
  const hot = grid.cells.flatMap((cell, i): PatrolCandidateView[] => {
    const cls = classes[i];
    if (!cls.startsWith('hot-') || counts[i] === 0 || measureDistanceM(q.start, cell.center) > r) return [];
    return [{
      id: `cell-${cell.row}-${cell.col}`,
      kind: 'hotspot',
      name: null,
      lngLat: [round(cell.center[0], 6), round(cell.center[1], 6)],
      risk: round(counts[i] / q.weeks, 3),
      mandatory: false,
      incidents: counts[i],
      z: round(gi.z[i], 3),
      hotspotClass: cls,
      polygon: cell.polygon.map(([lng, lat]): [number, number] => [round(lng, 6), round(lat, 6)]),
    }];
  });
  return placeHotCells(db, hot, scope);
}

/**
 * A patrol's hot cells as stops within the caller's jurisdiction, named. A cell on the jurisdiction's edge keeps
 * its incidents but its centre may lie outside, where an officer of the beat has no business: its stop moves to the
 * nearest point inside; a cell more than a cell's width outside is no stop of this jurisdiction at all. People read
 * a stop by the place it lies at, and go there: a stop is named by the jurisdiction's own buildings and key places
 * (or its grid), never by the next beat's building across the edge it lies on; cells named after one place are told
 * apart by their side of it (distinguishSharedNames).
 */
export async function placeHotCells(db: Db, cells: PatrolCandidateView[], scope: Scope): Promise<PatrolCandidateView[]> {
  const placed = await pointsIntoScope(db, cells.map((c) => c.lngLat), scope);
  const kept = cells.flatMap((c, i): PatrolCandidateView[] => {
    const { lngLat, movedM } = placed[i];
    if (movedM === null || movedM > DEFAULT_CELL_SIZE_M) return [];
    return [{ ...c, lngLat: [round(lngLat[0], 6), round(lngLat[1], 6)] }];
  });
  const near = await nameNearestPlaces(db, kept.map((c) => c.lngLat), { withinM: HOTSPOT_NAME_REACH_M, scope });
  const names = distinguishSharedNames(near.map((n) => n ?? HOTSPOT_FALLBACK_NAME), kept.map((c) => c.lngLat));
  return kept.map((c, i) => ({ ...c, name: names[i] }));
}
