/**
 * A patrol's hotspot cells from the shift's forecast (issue 17), the alternative to hot-cells.service.ts's Gi* cells
 * (?hotspots=forecast): the window's incidents of the last weeks around the start, with their times, go to
 * core/analysis forecastWindowCells, which validates the models inside those weeks and forecasts next week; its chosen
 * cells (FORECAST_COVERAGE of the square around the start) within the radius become candidates, risk the forecast's
 * incidents a week, placed in the jurisdiction and named like the Gi* cells.
 */
import type { ForecastSelection } from '../../core/contracts/analysis';
import type { Scope } from '../../core/contracts/auth';
import type { PatrolCandidateView } from '../../core/contracts/patrol';
import { forecastWindowCells } from '../../core/analysis/index';
import { createUtmFrame, DEFAULT_CELL_SIZE_M } from '../../core/hotspots';
import { measureDistanceM } from '../../core/patrol';
import type { Db } from '../db/engine';
import { findWindowIncidentPoints, type LngLatBox } from '../db/repos/patrol-candidates.repo';
import { placeHotCells, type PatrolHotCellQuery } from './hot-cells.service';

/**
 * The share of the square around the start the forecast picks: 5 % of a 3 km square of 150 m cells is 20 cells, about
 * as many as Gi* classes hot on the demo's evenings, so the planner's pool keeps its size whichever source is asked.
 */
export const FORECAST_COVERAGE = 0.05;

/** The least forecast (incidents a week) that makes a cell a hotspot stop: what the candidate list shows as 0.01. */
export const MIN_FORECAST_RISK_PER_WEEK = 0.005;

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The forecast's hotspot candidates around the start, and the validation that chose the model. */
export async function findPatrolForecastCells(db: Db, q: PatrolHotCellQuery, scope: Scope): Promise<{ cells: PatrolCandidateView[]; selection: ForecastSelection }> {
  const frame = createUtmFrame(q.start);
  const [x, y] = frame.toXY(q.start);
  const r = q.radiusM;
  const corners = [[x - r, y - r], [x + r, y - r], [x + r, y + r], [x - r, y + r]].map((p) => frame.toLngLat(p));
  const bbox: LngLatBox = [Math.min(...corners.map((c) => c[0])), Math.min(...corners.map((c) => c[1])), Math.max(...corners.map((c) => c[0])), Math.max(...corners.map((c) => c[1]))];
  const points = await findWindowIncidentPoints(db, { bbox, weeks: q.weeks, startMin: q.startMin, durationMin: q.durationMin, weekdays: q.weekdays }, scope);
  const fromMs = points.toMs - q.weeks * 7 * 86_400_000;
  // The database's now() closes the weeks; an incident stamped in its last second still trains.
  const forecast = forecastWindowCells({ frame, bboxXY: [x - r, y - r, x + r, y + r], cellSizeM: DEFAULT_CELL_SIZE_M, incidents: points, fromMs, toMs: points.toMs + 1000, coverage: FORECAST_COVERAGE });
  const { grid } = forecast;
  const cells = Array.from(forecast.chosen).flatMap((i): PatrolCandidateView[] => {
    const cell = grid.cells[i];
    // A cell the forecast expects less than 0.005 incidents a week in reads as 0.00 in the list: no hotspot to walk to
    // (the 5 % share picks such cells where the window's incidents are few).
    if (forecast.perWeek[i] < MIN_FORECAST_RISK_PER_WEEK || measureDistanceM(q.start, cell.center) > r) return [];
    return [{
      id: `cell-${cell.row}-${cell.col}`,
      kind: 'hotspot',
      name: null,
      lngLat: [round(cell.center[0], 6), round(cell.center[1], 6)],
      risk: round(forecast.perWeek[i], 3),
      mandatory: false,
      incidents: forecast.counts[i],
      polygon: cell.polygon.map(([lng, lat]): [number, number] => [round(lng, 6), round(lat, 6)]),
    }];
  });
  return { cells: await placeHotCells(db, cells, scope), selection: forecast.selection };
}
