import { HotspotInputError } from '../types';

/** One rolling-origin fold inside a training window: train on [trainFrom, testFrom), score on [testFrom, testTo). */
export interface ValidationFold {
  trainFrom: number;
  testFrom: number;
  testTo: number;
}

/** How many folds the validator wants; fewer when the window is short. */
export const validationFoldCount = 3;

/**
 * Rolling-origin folds that lie wholly inside the training window [trainFrom, trainTo) (day numbers): each tests on
 * the `L` days after its origin and trains on everything before it, origins stepping back L days from trainTo, with
 * L = min(horizonDays, ⌊(trainTo − trainFrom) / 4⌋) so that three folds fit, each with at least L days of training
 * (a 24-day window and a 7-day horizon: 6-day tests from days 19, 13 and 7). Latest fold first. An empty list when
 * the window is shorter than 4 days. Never reaches trainTo or beyond: the forecast window takes no part. Throws
 * HotspotInputError for bounds that are not finite or a horizon that is not positive. Pure.
 */
export function planValidationFolds(trainFrom: number, trainTo: number, horizonDays: number): ValidationFold[] {
  if (!Number.isFinite(trainFrom) || !Number.isFinite(trainTo) || trainTo < trainFrom) throw new HotspotInputError(`the training window must be finite days with from ≤ to, got ${trainFrom}..${trainTo}`);
  if (!(Number.isFinite(horizonDays) && horizonDays > 0)) throw new HotspotInputError(`the horizon must be a positive number of days, got ${horizonDays}`);
  const span = trainTo - trainFrom;
  const testDays = Math.min(horizonDays, Math.floor(span / 4));
  if (testDays < 1) return [];
  const folds: ValidationFold[] = [];
  for (let k = 1; k <= validationFoldCount; k++) {
    const testFrom = trainTo - k * testDays;
    if (testFrom - trainFrom < testDays) break;
    folds.push({ trainFrom, testFrom, testTo: testFrom + testDays });
  }
  return folds;
}
