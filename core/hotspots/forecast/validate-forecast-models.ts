import { countCellsForCoverage } from '../select-top-cells';
import type { CellGrid } from '../types';
import { countBestHits, countTopCellHits } from './count-top-cell-hits';
import { countIncidentsPerCell, pickIncidentsBetween, type ForecastIncidents } from './forecast-incidents';
import { blendParts, describeModelKey, mixBlend, scoreForecastModel, stackScores, type BlendParts, type ChosenModel, type ForecastModel } from './forecast-models';
import { fitEtas, forecastEtas, traceEtasExcitation, type EtasTrace } from './score-etas';
import type { ValidationFold } from './plan-validation-folds';

/** A model's mean PAI and PEI over the folds whose test days held incidents (null when none did). */
export interface ModelValidation<M extends ChosenModel = ChosenModel> {
  model: M;
  pai: number | null;
  pei: number | null;
  /** Folds that counted. */
  folds: number;
}

/**
 * Every candidate model scored on every fold at `coverage`: trained on the fold's training days only, its top cells
 * (as selectTopCells picks them) scored by PAI and PEI on the fold's test days, then averaged over the folds whose
 * test days held incidents. `incidents` may hold anything; each fold picks its own days from it, so the caller
 * decides what the validator can see. A stack's parts are scored once a fold however many stacks share them.
 * Results in the candidates' order. Deterministic. Does not mutate input.
 */
export function validateForecastModels<M extends ChosenModel>(grid: CellGrid, incidents: ForecastIncidents, folds: readonly ValidationFold[], candidates: readonly M[], coverage: number): ModelValidation<M>[] {
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
    // ETAS settings that share a triggering kernel share its pass over the days.
    const traces = new Map<string, EtasTrace>();
    const span = { trainFrom: fold.trainFrom, forecastFrom: fold.testFrom, horizonDays: fold.testTo - fold.testFrom };
    const partScores = new Map<string, Float64Array>();
    const scoreSingle = (model: ForecastModel): Float64Array => {
      if (model.method === 'recency-blend') {
        const timeKey = `${model.halfLifeDays}:${model.recentShare}`;
        let parts = partsByTime.get(timeKey);
        if (!parts) partsByTime.set(timeKey, (parts = blendParts(grid, train, span, model.halfLifeDays, model.recentShare)));
        return mixBlend(parts, model.nearDays, model.farDays);
      } else if (model.method === 'etas') {
        const kernelKey = `${model.decayDays}:${model.triggerSigmaCells}`;
        let trace = traces.get(kernelKey);
        if (!trace) traces.set(kernelKey, (trace = traceEtasExcitation(grid, train, span, model.decayDays, model.triggerSigmaCells)));
        return forecastEtas(trace, fitEtas(grid, trace, model.backgroundSigmaCells), span.horizonDays);
      }
      return scoreForecastModel(grid, train, model, span);
    };
    const scorePart = (model: ForecastModel): Float64Array => {
      const key = describeModelKey(model);
      let scores = partScores.get(key);
      if (!scores) partScores.set(key, (scores = scoreSingle(model)));
      return scores;
    };
    candidates.forEach((model, m) => {
      const scores = model.method === 'stack' ? stackScores(model.parts.map((p) => ({ scores: scorePart(p.model), weight: p.weight }))) : scoreSingle(model);
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
export function rankValidations<M extends ChosenModel>(validations: readonly ModelValidation<M>[]): ModelValidation<M>[] {
  const order = new Map(validations.map((v, i) => [describeModelKey(v.model), i]));
  return [...validations].sort((a, b) => (b.pai ?? -1) - (a.pai ?? -1) || (b.pei ?? -1) - (a.pei ?? -1) || order.get(describeModelKey(a.model))! - order.get(describeModelKey(b.model))!);
}
