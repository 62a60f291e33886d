import { countCellsForCoverage } from '../select-top-cells';
import type { CellGrid } from '../types';
import { countBestHits, countTopCellHits } from './count-top-cell-hits';
import { countIncidentsPerCell, pickIncidentsBetween, type ForecastIncidents } from './forecast-incidents';
import { blendParts, describeModelKey, mixBlend, scoreForecastModel, type BlendParts, type ForecastModel } from './forecast-models';
import type { ValidationFold } from './plan-validation-folds';

/** A model's mean PAI and PEI over the folds whose test days held incidents (null when none did). */
export interface ModelValidation {
  model: ForecastModel;
  pai: number | null;
  pei: number | null;
  /** Folds that counted. */
  folds: number;
}

/**
 * Every candidate model scored on every fold at `coverage`: trained on the fold's training days only, its top cells
 * (as selectTopCells picks them) scored by PAI and PEI on the fold's test days, then averaged over the folds whose
 * test days held incidents. `incidents` may hold anything; each fold picks its own days from it, so the caller
 * decides what the validator can see. Results in the candidates' order. Deterministic. Does not mutate input.
 */
export function validateForecastModels(grid: CellGrid, incidents: ForecastIncidents, folds: readonly ValidationFold[], candidates: readonly ForecastModel[], coverage: number): ModelValidation[] {
  const cellCount = grid.cells.length;
  const k = countCellsForCoverage(cellCount, coverage);
  const sums = candidates.map(() => ({ pai: 0, pei: 0, folds: 0 }));
  for (const fold of folds) {
    const train = pickIncidentsBetween(incidents, fold.trainFrom, fold.testFrom);
    const test = countIncidentsPerCell(cellCount, pickIncidentsBetween(incidents, fold.testFrom, fold.testTo));
    const total = test.reduce((s, v) => s + v, 0);
    if (total === 0 || train.day.length === 0) continue;
    const best = countBestHits(test, k);
    const share = k / cellCount;
    // Blend settings that share a time weighting share its blurred layers: computed once a fold, not once a model.
    const partsByTime = new Map<string, BlendParts>();
    const span = { trainFrom: fold.trainFrom, forecastFrom: fold.testFrom };
    candidates.forEach((model, m) => {
      let scores: Float64Array;
      if (model.method === 'recency-blend') {
        const timeKey = `${model.halfLifeDays}:${model.recentShare}`;
        let parts = partsByTime.get(timeKey);
        if (!parts) partsByTime.set(timeKey, (parts = blendParts(grid, train, span, model.halfLifeDays, model.recentShare)));
        scores = mixBlend(parts, model.nearDays, model.farDays);
      } else {
        scores = scoreForecastModel(grid, train, model, span);
      }
      const hits = countTopCellHits(scores, k, test);
      sums[m].pai += hits / total / share;
      sums[m].pei += hits / best;
      sums[m].folds++;
    });
  }
  return candidates.map((model, m) => {
    const s = sums[m];
    return { model, pai: s.folds ? s.pai / s.folds : null, pei: s.folds ? s.pei / s.folds : null, folds: s.folds };
  });
}

/** Candidates ranked best first: mean PAI, then mean PEI, then the given order (simpler models are listed first). */
export function rankValidations(validations: readonly ModelValidation[]): ModelValidation[] {
  const order = new Map(validations.map((v, i) => [describeModelKey(v.model), i]));
  return [...validations].sort((a, b) => (b.pai ?? -1) - (a.pai ?? -1) || (b.pei ?? -1) - (a.pei ?? -1) || order.get(describeModelKey(a.model))! - order.get(describeModelKey(b.model))!);
}
