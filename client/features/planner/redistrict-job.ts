import { redistrict } from '../../../core/redistrict/redistrict';
import { RedistrictInputError, type AdjacencyPair, type RedistrictUnit } from '../../../core/redistrict/types';

/** What the page sends the redistricting worker. */
export interface RedistrictRequest {
  units: RedistrictUnit[];
  adjacency: AdjacencyPair[];
  band: [number, number];
  seed: number;
}

/** What the worker sends back: progress any number of times, then one result or one error. */
export type RedistrictMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; assignment: [string, number][]; withinTarget: boolean }
  | { type: 'error'; message: string; inputError: boolean };

/**
 * Runs core/redistrict on a request and posts progress (after each connected piece of a community) and the result
 * (building → district number, as entries: structured-clone friendly and easy to test). Input the algorithm
 * refuses (a compound over the band's max, …) posts an error with its message instead of throwing.
 */
export function runRedistrictJob(request: RedistrictRequest, post: (message: RedistrictMessage) => void): void {
  try {
    const result = redistrict(request.units, request.adjacency, { band: request.band }, {
      seed: request.seed,
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    });
    post({ type: 'result', assignment: [...result.assignment], withinTarget: result.withinTarget });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err), inputError: err instanceof RedistrictInputError });
  }
}
