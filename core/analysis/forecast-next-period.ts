import type { MultiPolygon } from 'geojson';
import type { ForecastAnswer, ForecastScore } from '../contracts/analysis';
import { buildCellGrid, evaluateForecast, selectTopCells, type CellGrid, type IncidentColumns } from '../hotspots/index';
import { chooseForecastModel, pickIncidentsBetween, prepareForecastIncidents, scoreForecastModel, type ForecastIncidents } from '../hotspots/forecast/index';
import { cellFeature } from './cell-features';
import { describeForecastChoice, describeModelInWords } from './describe-forecast-choice';

const dayMs = 86_400_000;
const horizonDays = 7;

/**
 * The hotspot cells of the next 7 days (a patrol week, starting at the end of the filter's period), chosen to cover
 * `coverage` of the study area by the model that validated best inside the period (chooseForecastModel: prior
 * counts, KDE with a validated bandwidth, the recency blend, ETAS or a stack of them; rolling-origin folds that
 * never see the forecast week), with that validation in meta.selection and the winner named, Chinese first, in
 * meta.method. meta.backtest scores the whole procedure once more on data it did
 * not see: chosen again on the period minus its last 7 days (half the period when shorter than 14 days) and scored
 * by PAI and PEI on those days, next to prior counts on the same days. A shift forecast (say 19:00–23:00 on
 * weekdays) is this with the incidents filtered to the shift before they come in. Incidents' times are epoch
 * seconds. Pure.
 */
export function forecastNextPeriod(
  area: MultiPolygon,
  incidents: { lng: Float64Array; lat: Float64Array; timesS: ArrayLike<number> },
  cellSizeM: number,
  coverage: number,
  period: { from: string; to: string },
): ForecastAnswer {
  const grid = buildCellGrid({ cellSizeM, area, aligned: true });
  const fromMs = Date.parse(period.from);
  const toMs = Date.parse(period.to);
  const columns: IncidentColumns = { lng: incidents.lng, lat: incidents.lat, day: Float64Array.from(incidents.timesS, (s) => s / 86_400) };
  const all = prepareForecastIncidents(grid, columns);
  // Times arrive rounded to the second, so an incident in the filter's last half second can read as `to` itself:
  // the forecast starts a second later, which no incident of the period can reach.
  const window = { trainFrom: fromMs / dayMs, forecastFrom: (toMs + 1000) / dayMs, horizonDays, coverage };
  const choice = chooseForecastModel(grid, all, window);
  const chosen = selectTopCells(choice.scores, coverage, grid);
  let total = 0;
  for (const s of choice.scores) total += s;

  const testMs = Math.min(horizonDays * dayMs, (toMs - fromMs) / 2);
  const splitMs = toMs - testMs;
  const backtest = backtestProcedure(grid, all, { trainFrom: window.trainFrom, splitDay: splitMs / dayMs, toDay: window.forecastFrom, coverage });
  return {
    type: 'FeatureCollection',
    features: Array.from(chosen, (i, rank) => cellFeature(grid, i, {
      row: grid.row[i], col: grid.col[i], rank: rank + 1, score: Number(choice.scores[i].toPrecision(4)),
      share: total > 0 ? Number((choice.scores[i] / total).toPrecision(4)) : 0,
    })),
    meta: {
      method: describeModelInWords(choice.chosen.model),
      baseline: describeModelInWords({ method: 'prior-counts' }),
      selection: describeForecastChoice(choice, coverage),
      cellSizeM,
      coverage,
      forecastFrom: period.to,
      forecastTo: new Date(toMs + horizonDays * dayMs).toISOString(),
      backtest: {
        trainFrom: period.from,
        trainTo: new Date(splitMs).toISOString(),
        testTo: period.to,
        method: backtest.method,
        baseline: backtest.baseline,
        testIncidents: backtest.testIncidents,
      },
    },
  };
}

/** The choose-then-forecast procedure and prior counts, both trained on [trainFrom, splitDay), scored on [splitDay, toDay). */
function backtestProcedure(grid: CellGrid, all: ForecastIncidents, w: { trainFrom: number; splitDay: number; toDay: number; coverage: number }) {
  let testIncidents = 0;
  const testCounts = new Float64Array(grid.cells.length);
  let trainCount = 0;
  for (let i = 0; i < all.day.length; i++) {
    if (all.day[i] >= w.splitDay && all.day[i] < w.toDay) {
      testCounts[all.cell[i]]++;
      testIncidents++;
    } else if (all.day[i] >= w.trainFrom && all.day[i] < w.splitDay) trainCount++;
  }
  const none: ForecastScore = { pai: null, pei: null };
  if (trainCount === 0) return { method: none, baseline: none, testIncidents };
  const score = (scores: Float64Array): ForecastScore => {
    const e = evaluateForecast(selectTopCells(scores, w.coverage, grid), testCounts);
    return { pai: e.pai, pei: e.pei };
  };
  const span = { trainFrom: w.trainFrom, forecastFrom: w.splitDay };
  const choice = chooseForecastModel(grid, all, { ...span, horizonDays: w.toDay - w.splitDay, coverage: w.coverage });
  const prior = scoreForecastModel(grid, pickIncidentsBetween(all, span.trainFrom, span.forecastFrom), { method: 'prior-counts' }, span);
  return { method: score(choice.scores), baseline: score(prior), testIncidents };
}
