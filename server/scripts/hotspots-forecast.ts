// The forecasting half of `npm run hotspots` (hotspots.ts reads the options and the file, and prints): the model
// chosen by rolling-origin validation inside the training window (issue 17) or the old recency-weighted KDE on
// request, both scored on the forecast window next to the baselines.
import type { ForecastSelection } from '../../core/contracts/analysis';
import { describeForecastChoice, describeModelInWords, describeModelSettings } from '../../core/analysis/index';
import { evaluateForecast, forecastCellScores, selectTopCells, type CellGrid, type ForecastEvaluation, type IncidentColumns } from '../../core/hotspots/index';
import { chooseForecastModel, prepareForecastIncidents, scoreForecastModel } from '../../core/hotspots/forecast/index';

export type CliModel = 'validated' | 'recency-kde';

export interface ForecastRun {
  /** The method the chosen cells come from ('prior-counts', 'kde', 'recency-blend', 'etas', 'stack' or 'recency-kde'), and its settings. */
  method: string;
  /** The method in words ('自激点过程（ETAS；…）'). */
  methodName: string;
  settings: Record<string, number | null>;
  scores: Float64Array;
  chosen: Int32Array;
  result: ForecastEvaluation;
  /** Plain KDE at --bandwidth, the CLI's baseline since issue 6. */
  baseline: ForecastEvaluation;
  /** With --model validated: prior counts and KDE at the validated bandwidth on the forecast window, and the validation. */
  priorCounts: ForecastEvaluation | null;
  tunedKde: ForecastEvaluation | null;
  validation: ForecastSelection | null;
}

interface RunOptions {
  model: CliModel;
  trainFrom: number;
  trainTo: number;
  forecastFrom: number;
  forecastTo: number;
  coverage: number;
  bandwidthM: number;
  halfLifeDays: number;
}

/** Forecasts with the asked model from the training incidents and scores it and the baselines on `actualCounts`. */
export function forecastAndEvaluate(options: RunOptions, grid: CellGrid, training: IncidentColumns, actualCounts: Int32Array): ForecastRun {
  const evaluate = (scores: Float64Array) => evaluateForecast(selectTopCells(scores, options.coverage, grid), actualCounts);
  const baseline = evaluate(forecastCellScores(grid, training, { method: 'kde', bandwidthM: options.bandwidthM, referenceDay: options.forecastFrom }));
  if (options.model === 'recency-kde') {
    const scores = forecastCellScores(grid, training, { method: 'recency-kde', bandwidthM: options.bandwidthM, halfLifeDays: options.halfLifeDays, referenceDay: options.forecastFrom });
    const chosen = selectTopCells(scores, options.coverage, grid);
    const settings = { bandwidthM: options.bandwidthM, halfLifeDays: options.halfLifeDays };
    return { method: 'recency-kde', methodName: `近期加权核密度（带宽 ${options.bandwidthM} 米，半衰期 ${options.halfLifeDays} 天）`, settings, scores, chosen, result: evaluateForecast(chosen, actualCounts), baseline, priorCounts: null, tunedKde: null, validation: null };
  }
  const prepared = prepareForecastIncidents(grid, training);
  // The training window ends where its last day ends; a gap before the forecast window holds nothing to learn from.
  const span = { trainFrom: options.trainFrom, forecastFrom: options.trainTo + 1 };
  const horizonDays = options.forecastTo + 1 - options.forecastFrom;
  const choice = chooseForecastModel(grid, prepared, { ...span, horizonDays, coverage: options.coverage });
  const chosen = selectTopCells(choice.scores, options.coverage, grid);
  return {
    method: choice.chosen.model.method,
    methodName: describeModelInWords(choice.chosen.model),
    settings: describeModelSettings(choice.chosen.model),
    scores: choice.scores,
    chosen,
    result: evaluateForecast(chosen, actualCounts),
    baseline,
    priorCounts: evaluate(scoreForecastModel(grid, prepared, { method: 'prior-counts' }, span)),
    tunedKde: evaluate(scoreForecastModel(grid, prepared, choice.tunedKde.model, span)),
    validation: describeForecastChoice(choice, options.coverage),
  };
}
