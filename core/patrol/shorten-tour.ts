/**
 * Local search on the order of a fixed set of stops: 2-opt (reverse a stretch) and relocation (move one stop),
 * first improvement, until neither shortens the tour or `maxPasses` is reached. Only feasible tours (windows kept)
 * are accepted, so a feasible input stays feasible. Internal to core/patrol; returns a new array.
 */
import { EPSILON_MIN, endOfTour, type OrienteeringContext } from './orienteering-context';

export function shortenTour(ctx: OrienteeringContext, order: number[], maxPasses = 50): number[] {
  const tour = Int32Array.from(order);
  const trial = new Int32Array(tour.length);
  let end = endOfTour(ctx, tour);
  for (let pass = 0; pass < maxPasses; pass++) {
    const before = end;
    end = reverseStretches(ctx, tour, trial, end);
    end = relocateStops(ctx, tour, trial, end);
    if (!(end < before - EPSILON_MIN)) break;
  }
  return Array.from(tour);
}

function reverseStretches(ctx: OrienteeringContext, tour: Int32Array, trial: Int32Array, end: number): number {
  const n = tour.length;
  for (let i = 0; i < n - 1; i++) {
    for (let k = i + 1; k < n; k++) {
      trial.set(tour);
      for (let a = i, b = k; a <= k; a++, b--) trial[a] = tour[b];
      const trialEnd = endOfTour(ctx, trial);
      if (trialEnd < end - EPSILON_MIN) {
        tour.set(trial);
        end = trialEnd;
      }
    }
  }
  return end;
}

function relocateStops(ctx: OrienteeringContext, tour: Int32Array, trial: Int32Array, end: number): number {
  const n = tour.length;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      // Move the stop at i so that it lands at index j.
      const v = tour[i];
      let w = 0;
      for (let r = 0; r < n; r++) {
        if (r === i) continue;
        if (w === j) trial[w++] = v;
        trial[w++] = tour[r];
      }
      if (w === j) trial[w] = v;
      const trialEnd = endOfTour(ctx, trial);
      if (trialEnd < end - EPSILON_MIN) {
        tour.set(trial);
        end = trialEnd;
      }
    }
  }
  return end;
}
