import { redistrict } from '../../../core/redistrict/redistrict';
import { findFlaggedDistricts, redrawFlagged } from '../../../core/redistrict/redraw-flagged';
import { RedistrictInputError, type AdjacencyPair, type RedistrictUnit } from '../../../core/redistrict/types';

/**
 * How much auto-redistricting redraws: 'minimal' only the grids that break a rule (out of the band, in pieces, …)
 * with as few neighbours as it needs; 'all' every unlocked grid (a full re-plan).
 */
export type RedistrictMode = 'minimal' | 'all';

/** What the page sends the redistricting worker. */
export interface RedistrictRequest {
  units: RedistrictUnit[];
  adjacency: AdjacencyPair[];
  band: [number, number];
  seed: number;
  mode: RedistrictMode;
  /** The units' current grids (building code → grid key), as entries; what 'minimal' keeps where it can. */
  current: [string, string][];
}

/** What the worker sends back: progress any number of times, then one result or one error. */
export type RedistrictMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; mode: RedistrictMode; assignment: [string, number][]; withinTarget: boolean; flagged: number; redrawn: number }
  | { type: 'error'; message: string; inputError: boolean };

/**
 * Runs core/redistrict on a request and posts progress (after each connected piece of a community) and the result
 * (building → district number for the buildings redrawn, as entries: structured-clone friendly and easy to test),
 * with the number of grids that broke a rule and of grids redrawn. Input the algorithm refuses (a compound over the
 * band's max, …) posts an error with its message instead of throwing.
 */
export function runRedistrictJob(request: RedistrictRequest, post: (message: RedistrictMessage) => void): void {
  try {
    const options = { seed: request.seed, onProgress: (done: number, total: number) => post({ type: 'progress', done, total }) };
    if (request.mode === 'minimal') {
      const result = redrawFlagged(request.units, request.adjacency, new Map(request.current), request.band, options);
      post({ type: 'result', mode: 'minimal', assignment: [...result.assignment], withinTarget: result.withinTarget, flagged: result.flagged.length, redrawn: result.redrawn.length });
      return;
    }
    const result = redistrict(request.units, request.adjacency, { band: request.band }, options);
    const current = new Map(request.current);
    const flagged = findFlaggedDistricts(request.units, request.adjacency, current, request.band).length;
    post({ type: 'result', mode: 'all', assignment: [...result.assignment], withinTarget: result.withinTarget, flagged, redrawn: new Set(current.values()).size });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err), inputError: err instanceof RedistrictInputError });
  }
}
