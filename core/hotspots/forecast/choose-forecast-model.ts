import { HotspotInputError, type CellGrid } from '../types';
import { pickIncidentsBetween, type ForecastIncidents } from './forecast-incidents';
import { listCandidateModels, listStackWeights, scoreForecastModel, type ChosenModel, type ForecastModel, type StackedModel } from './forecast-models';
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
  chosen: ModelValidation<ChosenModel>;
  /** The baselines on the same folds: prior counts, KDE at its validated bandwidth, and KDE at half a cell. */
  priorCounts: ModelValidation<ForecastModel>;
  tunedKde: ModelValidation<ForecastModel>;
  plainKde: ModelValidation<ForecastModel>;
  folds: ValidationFold[];
  trainIncidents: number;
}

/** The plain KDE the product used before: bandwidth half the cell side. */
export const plainKdeBandwidthPerCell = 0.5;

/**
 * Chooses the forecast model by rolling-origin validation inside the training window and forecasts with it:
 * only incidents with trainFrom ≤ day < forecastFrom are read (the forecast window cannot enter the choice), folds
 * come from planValidationFolds, every candidate of listCandidateModels is scored on them, then stacks of the best
 * KDE, recency blend and ETAS (every split into quarters, stackedFamilies) on the same folds; the one with the best
 * mean PAI at `coverage` wins (tie: PEI, then the simpler model, singles before stacks), and it is refitted on the
 * whole training window. The stack's parts and weights are picked on the same folds that score it, so its validation
 * figure leans optimistic; the forecast window still takes no part.
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
  const singles = rankValidations(validations);
  const counted = singles[0].folds > 0;
  const stacks = counted ? validateForecastModels(grid, train, folds, listStacks(singles), window.coverage) : [];
  const ranked = rankValidations<ChosenModel>([...validations, ...stacks]);
  const priorCounts = validations.find((v) => v.model.method === 'prior-counts')!;
  const chosen = counted ? ranked[0] : priorCounts;
  const tunedKde = singles.find((v) => v.model.method === 'kde')!;
  return {
    scores: scoreForecastModel(grid, train, chosen.model, { trainFrom: window.trainFrom, forecastFrom: window.forecastFrom, horizonDays: window.horizonDays }),
    chosen,
    priorCounts,
    tunedKde,
    plainKde,
    folds,
    trainIncidents: train.day.length,
  };
}

/** The families whose validated best a stack mixes: a smooth density, the recency blend, the self-exciting model. */
export const stackedFamilies = ['kde', 'recency-blend', 'etas'] as const;

/** Every quarter split among the best validated model of each stacked family (ranked best first). */
function listStacks(ranked: readonly ModelValidation<ForecastModel>[]): StackedModel[] {
  const bests = stackedFamilies.map((family) => ranked.find((v) => v.model.method === family)?.model).filter((m): m is ForecastModel => m !== undefined);
  return listStackWeights(bests.length).map((weights) => ({
    method: 'stack',
    parts: bests.map((model, i) => ({ model, weight: weights[i] })).filter((p) => p.weight > 0),
  }));
}
