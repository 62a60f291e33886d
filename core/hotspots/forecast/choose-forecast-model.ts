import { HotspotInputError, type CellGrid } from '../types';
import { pickIncidentsBetween, type ForecastIncidents } from './forecast-incidents';
import { listCandidateModels, scoreForecastModel, type ForecastModel } from './forecast-models';
import { planValidationFolds, type ValidationFold } from './plan-validation-folds';
import { rankValidations, validateForecastModels, type ModelValidation } from './validate-forecast-models';

export interface ForecastWindow {
  /** The training window [trainFrom, forecastFrom) and the forecast horizon, in day numbers and days. */
  trainFrom: number;
  forecastFrom: number;
  horizonDays: number;
  /** The share of the study area the forecast picks, in (0, 1]; the validator scores PAI/PEI at it. */
  coverage: number;
}

/** The validated forecast: the winner's scores for the forecast window, and how it and the baselines validated. */
export interface ForecastChoice {
  scores: Float64Array;
  chosen: ModelValidation;
  /** The baselines on the same folds: prior counts, KDE at its validated bandwidth, and KDE at half a cell. */
  priorCounts: ModelValidation;
  tunedKde: ModelValidation;
  plainKde: ModelValidation;
  folds: ValidationFold[];
  trainIncidents: number;
}

/** The plain KDE the product used before: bandwidth half the cell side. */
export const plainKdeBandwidthPerCell = 0.5;

/**
 * Chooses the forecast model by rolling-origin validation inside the training window and forecasts with it:
 * only incidents with trainFrom ≤ day < forecastFrom are read (the forecast window cannot enter the choice), folds
 * come from planValidationFolds, every candidate of listCandidateModels is scored on them, the one with the best
 * mean PAI at `coverage` wins (tie: PEI, then the simpler model), and it is refitted on the whole training window.
 * Without a fold (a window under 4 days, or no incident in any fold's test days) prior counts are used, with null
 * validation figures. Deterministic. Throws HotspotInputError for an invalid window. Does not mutate input.
 */
export function chooseForecastModel(grid: CellGrid, incidents: ForecastIncidents, window: ForecastWindow): ForecastChoice {
  if (!(window.forecastFrom > window.trainFrom)) throw new HotspotInputError(`the forecast must start after the training window begins, got ${window.trainFrom}..${window.forecastFrom}`);
  const train = pickIncidentsBetween(incidents, window.trainFrom, window.forecastFrom);
  const folds = planValidationFolds(window.trainFrom, window.forecastFrom, window.horizonDays);
  const candidates = listCandidateModels(grid.cellSizeM);
  const plain: ForecastModel = { method: 'kde', bandwidthM: plainKdeBandwidthPerCell * grid.cellSizeM };
  const validations = validateForecastModels(grid, train, folds, [...candidates, plain], window.coverage);
  const plainKde = validations.pop()!;
  const ranked = rankValidations(validations);
  const counted = ranked[0].folds > 0;
  const priorCounts = validations.find((v) => v.model.method === 'prior-counts')!;
  const chosen = counted ? ranked[0] : priorCounts;
  const tunedKde = ranked.find((v) => v.model.method === 'kde')!;
  return {
    scores: scoreForecastModel(grid, train, chosen.model, window),
    chosen,
    priorCounts,
    tunedKde,
    plainKde,
    folds,
    trainIncidents: train.day.length,
  };
}
