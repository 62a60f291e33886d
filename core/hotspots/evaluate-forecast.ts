import { HotspotInputError } from './types';

/** How well the chosen cells caught the forecast window's incidents (NIJ Real-Time Crime Forecasting Challenge). */
export interface ForecastEvaluation {
  /** Incidents of the window in the chosen cells (n), and in the whole study area (N). */
  hits: number;
  total: number;
  /** Chosen cells (a) and all cells (A), counted in cells (all the same size). */
  chosenCells: number;
  cellCount: number;
  /** PAI = (n/N) / (a/A); null when N = 0. */
  pai: number | null;
  /** The PAI of the best possible choice of the same number of cells (those with the most window incidents). */
  paiMax: number | null;
  /** PEI = PAI / PAI_max = n / n_max; null when N = 0. */
  pei: number | null;
}

/**
 * The Predictive Accuracy Index and Predictive Efficiency Index of a forecast, as the NIJ challenge defined them:
 * PAI = (n/N)/(a/A) with n the window's incidents in the chosen cells, N those in the study area, a the chosen area
 * and A the study area; PEI = PAI / PAI_max, where PAI_max is the PAI of the same number of cells chosen with
 * hindsight (the cells with the most window incidents), i.e. PEI = n / n_max. `actualCounts` holds the window's
 * incidents per cell; `chosen` the chosen cell indices (e.g. from selectTopCells). PAI, PAI_max and PEI are null
 * when the window holds no incident. Throws HotspotInputError for a chosen index that is not a cell, a cell chosen
 * twice, or a count that is negative or not finite. Does not mutate input.
 */
export function evaluateForecast(chosen: ArrayLike<number>, actualCounts: ArrayLike<number>): ForecastEvaluation {
  const cellCount = actualCounts.length;
  let total = 0;
  for (let i = 0; i < cellCount; i++) {
    if (!(Number.isFinite(actualCounts[i]) && actualCounts[i] >= 0)) throw new HotspotInputError(`count ${i} must be a finite number ≥ 0, got ${actualCounts[i]}`);
    total += actualCounts[i];
  }
  const seen = new Uint8Array(cellCount);
  let hits = 0;
  for (let k = 0; k < chosen.length; k++) {
    const cell = chosen[k];
    if (!(Number.isInteger(cell) && cell >= 0 && cell < cellCount)) throw new HotspotInputError(`chosen cell ${cell} is not a cell index`);
    if (seen[cell]) throw new HotspotInputError(`cell ${cell} is chosen twice`);
    seen[cell] = 1;
    hits += actualCounts[cell];
  }
  const chosenCells = chosen.length;
  const best = Float64Array.from(actualCounts).sort().reverse();
  let bestHits = 0;
  for (let k = 0; k < chosenCells; k++) bestHits += best[k];
  if (total === 0 || chosenCells === 0) return { hits, total, chosenCells, cellCount, pai: null, paiMax: null, pei: null };
  const areaShare = chosenCells / cellCount;
  const pai = hits / total / areaShare;
  const paiMax = bestHits / total / areaShare;
  return { hits, total, chosenCells, cellCount, pai, paiMax, pei: pai / paiMax };
}
