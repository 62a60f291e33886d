import { HotspotInputError } from '../types';

/**
 * The incidents of `actual` (per cell) that fall in the `k` highest-scoring cells, choosing exactly the cells
 * selectTopCells chooses (score descending, ties by cell index, which is row then col), without sorting the cells:
 * the k-th largest score is found by sorting a copy of the scores natively, then cells above it are taken and ties
 * in index order. For validation, where thousands of rankings are scored. Throws HotspotInputError when the lengths
 * differ or k is not in 1..cells. Does not mutate input.
 */
export function countTopCellHits(scores: Float64Array, k: number, actual: ArrayLike<number>): number {
  const n = scores.length;
  if (actual.length !== n) throw new HotspotInputError(`scores and counts differ in length: ${n} and ${actual.length}`);
  if (!(Number.isInteger(k) && k >= 1 && k <= n)) throw new HotspotInputError(`k must be a whole number in 1..${n}, got ${k}`);
  const sorted = scores.slice().sort();
  const threshold = sorted[n - k];
  let above = 0;
  for (let i = 0; i < n; i++) if (scores[i] > threshold) above++;
  let ties = k - above;
  let hits = 0;
  for (let i = 0; i < n; i++) {
    if (scores[i] > threshold) hits += actual[i];
    else if (scores[i] === threshold && ties > 0) {
      hits += actual[i];
      ties--;
    }
  }
  return hits;
}

/** The most incidents any k cells hold (n_max of PEI). Does not mutate input. */
export function countBestHits(actual: ArrayLike<number>, k: number): number {
  const sorted = Float64Array.from(actual).sort();
  let s = 0;
  for (let i = sorted.length - 1; i >= Math.max(0, sorted.length - k); i--) s += sorted[i];
  return s;
}
