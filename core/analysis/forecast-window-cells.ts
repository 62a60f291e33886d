import type { ForecastSelection } from '../contracts/analysis';
import { buildCellGrid, selectTopCells, type CellGrid, type UtmFrame } from '../hotspots/index';
import { chooseForecastModel, countIncidentsPerCell, pickIncidentsBetween, prepareForecastIncidents } from '../hotspots/forecast/index';
import { describeForecastChoice } from './describe-forecast-choice';

const dayMs = 86_400_000;

export interface WindowForecastInput {
  frame: UtmFrame;
  /** The study box in `frame` metres, [minX, minY, maxX, maxY]. */
  bboxXY: readonly [number, number, number, number];
  cellSizeM: number;
  /** The shift's incidents (already only those in the time-of-day window and weekdays), times in epoch seconds. */
  incidents: { lng: Float64Array; lat: Float64Array; timesS: ArrayLike<number> };
  /** The weeks of history [fromMs, toMs); the forecast is of the week from toMs. */
  fromMs: number;
  toMs: number;
  coverage: number;
}

export interface WindowForecastCells {
  grid: CellGrid;
  /** The chosen cells, best first. */
  chosen: Int32Array;
  /** Per cell: the history's incidents, and the forecast's incidents a week (the score's share of the weekly rate). */
  counts: Float64Array;
  perWeek: Float64Array;
  selection: ForecastSelection;
}

/**
 * A shift's forecast cells (issue 17) for the patrol planner: the model validated inside the history (see
 * chooseForecastModel; horizon a week) scores every cell of the box, and the cells covering `coverage` of it are
 * chosen. Each cell's expected incidents a week spread the history's weekly rate over the cells by the score
 * (so with prior counts it is the cell's incidents ÷ weeks, the scale the Gi* candidates use). Pure.
 */
export function forecastWindowCells(input: WindowForecastInput): WindowForecastCells {
  const grid = buildCellGrid({ bboxXY: input.bboxXY, frame: input.frame, cellSizeM: input.cellSizeM, aligned: true });
  const columns = { lng: input.incidents.lng, lat: input.incidents.lat, day: Float64Array.from(input.incidents.timesS, (s) => s / 86_400) };
  const all = prepareForecastIncidents(grid, columns);
  const window = { trainFrom: input.fromMs / dayMs, forecastFrom: input.toMs / dayMs, horizonDays: 7, coverage: input.coverage };
  const choice = chooseForecastModel(grid, all, window);
  const train = pickIncidentsBetween(all, window.trainFrom, window.forecastFrom);
  const counts = countIncidentsPerCell(grid.cells.length, train);
  const weeks = (input.toMs - input.fromMs) / (7 * dayMs);
  const total = choice.scores.reduce((s, v) => s + v, 0);
  const perWeek = new Float64Array(grid.cells.length);
  if (total > 0) for (let i = 0; i < perWeek.length; i++) perWeek[i] = ((choice.scores[i] / total) * train.day.length) / weeks;
  return { grid, chosen: selectTopCells(choice.scores, input.coverage, grid), counts, perWeek, selection: describeForecastChoice(choice, input.coverage) };
}
