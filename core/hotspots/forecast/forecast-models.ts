import { HotspotInputError, type CellGrid } from '../types';
import { blurCellLattice } from './blur-cell-lattice';
import { countIncidentsPerCell, type ForecastIncidents } from './forecast-incidents';
import { scoreKernelDensityXY } from './kernel-density-xy';
import { fitEtas, forecastEtas, traceEtasExcitation } from './score-etas';

/**
 * A forecast model and its settings:
 * - 'prior-counts': the training window's incidents per cell (the simplest baseline, hard to beat on calls for
 *   service because busy places stay busy);
 * - 'kde': kernel density of the training incidents (Gaussian, standard deviation bandwidthM metres);
 * - 'recency-blend': counts weighted by age, w = (1 − recentShare) + recentShare · 2^(−age/halfLifeDays), plus the
 *   same counts spread by a Gaussian of 1 cell (near) and of 3 cells (far), each added with the weight
 *   nearDays / E and farDays / E, where E = Σ over the training days of w (the window's exposure in days). This is the
 *   posterior mean of a Poisson rate under a gamma prior centred on the neighbourhood's rate and worth nearDays
 *   (farDays) days of data (empirical Bayes shrinkage): the longer the history, the less a cell leans on its
 *   neighbours. Expressed in days rather than as a share, a setting validated on the shorter folds inside the
 *   training window carries over to the whole window, where a fixed share would over-smooth. All days 0 is prior
 *   counts, so validation prefers the blend only where it helped inside the training window;
 * - 'etas': a self-exciting point process (Mohler et al. 2011) at day resolution: a background rate per cell plus
 *   triggering that decays over decayDays and spreads over triggerSigmaCells, the background spread over
 *   backgroundSigmaCells, fitted by EM (score-etas.ts).
 */
export type ForecastModel =
  | { method: 'prior-counts' }
  | { method: 'kde'; bandwidthM: number }
  | { method: 'recency-blend'; halfLifeDays: number | null; recentShare: number; nearDays: number; farDays: number }
  | { method: 'etas'; decayDays: number; triggerSigmaCells: number; backgroundSigmaCells: number };

/**
 * A stacked ensemble: Σ weight · (part's scores / their sum), a convex combination of single models' forecasts each
 * scaled to one incident, so that parts in different units (counts, densities) mix by their weights alone.
 */
export interface StackedModel {
  method: 'stack';
  parts: { model: ForecastModel; weight: number }[];
}

/** Any model the validator can choose: a single one, or a stack of single ones. */
export type ChosenModel = ForecastModel | StackedModel;

export type ForecastMethodName = ChosenModel['method'];

/** The blend's spatial scales, in cells: a neighbour ring, and a few blocks. */
export const blendSigmaCells = { near: 1, far: 3 } as const;

/**
 * The settings the validator tries, fixed before any fold is seen (a priori grids, not fitted to Portland): KDE
 * bandwidths from a quarter cell to three cells; blend half-lives of 3, 7 and 14 days (half or all of the weight),
 * or none, times 36 prior strengths (0–16 days near, 0–8 days far; widened once when the validator's choices sat
 * on the edge of 0–8 and 0–4).
 */
export function listCandidateModels(cellSizeM: number): ForecastModel[] {
  const kde = [0.25, 0.35, 0.5, 0.75, 1, 1.5, 2, 3].map((k): ForecastModel => ({ method: 'kde', bandwidthM: k * cellSizeM }));
  return [{ method: 'prior-counts' }, ...kde, ...listBlendModels(), ...listEtasModels()];
}

/**
 * ETAS settings, fixed before the bench's folds were seen: mean triggering delays of 3 days to 2 weeks (Mohler et al.
 * report days to weeks for burglary), triggering spreads of half a cell and a cell (75–150 m at 152 m cells),
 * background bandwidths of 2 and 4 cells. Narrowed from 1–14 days × 0.5–2 cells × 1–4 cells on August 1–17 only
 * (the development folds of test/bench/forecast-dev.ts), where 1 day, 2-cell triggering and a 1-cell background
 * never validated best, to keep the validator's cost down: 6 passes over the days a fold, not 12.
 */
function listEtasModels(): ForecastModel[] {
  const models: ForecastModel[] = [];
  for (const decayDays of [3, 7, 14]) {
    for (const triggerSigmaCells of [0.5, 1]) for (const backgroundSigmaCells of [2, 4]) models.push({ method: 'etas', decayDays, triggerSigmaCells, backgroundSigmaCells });
  }
  return models;
}

function listBlendModels(): ForecastModel[] {
  const times: { halfLifeDays: number | null; recentShare: number }[] = [{ halfLifeDays: null, recentShare: 0 }];
  for (const halfLifeDays of [3, 7, 14]) for (const recentShare of [0.5, 1]) times.push({ halfLifeDays, recentShare });
  const models: ForecastModel[] = [];
  for (const t of times) {
    for (const nearDays of [0, 1, 2, 4, 8, 16]) for (const farDays of [0, 0.5, 1, 2, 4, 8]) models.push({ method: 'recency-blend', ...t, nearDays, farDays });
  }
  return models;
}

/**
 * A short stable key of a model's settings ('kde:76', 'recency-blend:7:0.5:2:1': half-life, recent share, near and
 * far days; 'stack(0.5×kde:76+0.5×etas:3:1:2)').
 */
export function describeModelKey(model: ChosenModel): string {
  if (model.method === 'stack') return `stack(${model.parts.map((p) => `${p.weight}×${describeModelKey(p.model)}`).join('+')})`;
  if (model.method === 'prior-counts') return model.method;
  if (model.method === 'kde') return `kde:${Math.round(model.bandwidthM * 10) / 10}`;
  if (model.method === 'etas') return `etas:${model.decayDays}:${model.triggerSigmaCells}:${model.backgroundSigmaCells}`;
  return `recency-blend:${model.halfLifeDays ?? '∞'}:${model.recentShare}:${model.nearDays}:${model.farDays}`;
}

/**
 * The blend's time weights: (1 − recentShare) + recentShare · 2^(−age/halfLifeDays), age = referenceDay − day.
 * Throws HotspotInputError for an incident not before referenceDay, or a recent share without a half-life.
 */
export function weighBlendByAge(day: ArrayLike<number>, referenceDay: number, halfLifeDays: number | null, recentShare: number): Float64Array {
  if (recentShare > 0 && !(halfLifeDays !== null && halfLifeDays > 0)) throw new HotspotInputError(`a recent share of ${recentShare} needs a positive half-life, got ${halfLifeDays}`);
  const w = new Float64Array(day.length);
  for (let i = 0; i < day.length; i++) {
    const age = referenceDay - day[i];
    if (!(age > 0)) throw new HotspotInputError(`training incident ${i} (day ${day[i]}) is not before the forecast start (day ${referenceDay})`);
    w[i] = 1 - recentShare + (recentShare > 0 ? recentShare * 2 ** (-age / halfLifeDays!) : 0);
  }
  return w;
}

/** The training window [trainFrom, forecastFrom) in day numbers; the forecast starts at forecastFrom. */
export interface TrainingSpan {
  trainFrom: number;
  forecastFrom: number;
  /** The forecast's length in days (7 when absent): ETAS weighs its decaying triggering over it. */
  horizonDays?: number;
}

/** The horizon a span forecasts over when it does not say. */
export const defaultHorizonDays = 7;

/**
 * Scores every cell of `grid` for a window starting at span.forecastFrom with one model, trained on `train` (which
 * must lie in the span); higher means more incidents expected (units differ by method; only the ranking is used).
 * Throws HotspotInputError for an incident not before forecastFrom, or an invalid setting. Does not mutate input.
 */
export function scoreForecastModel(grid: CellGrid, train: ForecastIncidents, model: ChosenModel, span: TrainingSpan): Float64Array {
  const referenceDay = span.forecastFrom;
  for (let i = 0; i < train.day.length; i++) {
    if (!(train.day[i] < referenceDay)) throw new HotspotInputError(`training incident ${i} (day ${train.day[i]}) is not before the forecast start (day ${referenceDay})`);
  }
  if (model.method === 'stack') return stackScores(model.parts.map((p) => ({ scores: scoreForecastModel(grid, train, p.model, span), weight: p.weight })));
  if (model.method === 'prior-counts') return countIncidentsPerCell(grid.cells.length, train);
  if (model.method === 'kde') return scoreKernelDensityXY(grid, train, model.bandwidthM);
  if (model.method === 'etas') {
    const trace = traceEtasExcitation(grid, train, span, model.decayDays, model.triggerSigmaCells);
    return forecastEtas(trace, fitEtas(grid, trace, model.backgroundSigmaCells), span.horizonDays ?? defaultHorizonDays);
  }
  if (model.method !== 'recency-blend') throw new HotspotInputError(`unknown forecast method: ${(model as { method: string }).method}`);
  const parts = blendParts(grid, train, span, model.halfLifeDays, model.recentShare);
  return mixBlend(parts, model.nearDays, model.farDays);
}

/** The blend's three spatial components for one time weighting (shared by every prior strength), and E in days. */
export interface BlendParts {
  own: Float64Array;
  near: Float64Array;
  far: Float64Array;
  exposureDays: number;
}

/**
 * The training window's exposure in days under the blend's time weights: the integral of
 * (1 − ρ) + ρ · 2^(−age/τ) over ages 0..T, T = forecastFrom − trainFrom, i.e. (1 − ρ)T + ρτ(1 − 2^(−T/τ))/ln 2.
 */
export function measureExposureDays(span: TrainingSpan, halfLifeDays: number | null, recentShare: number): number {
  const t = span.forecastFrom - span.trainFrom;
  if (!(t > 0)) throw new HotspotInputError(`the training window must be longer than 0 days, got ${span.trainFrom}..${span.forecastFrom}`);
  if (recentShare === 0 || halfLifeDays === null) return t;
  return (1 - recentShare) * t + (recentShare * halfLifeDays * (1 - 2 ** (-t / halfLifeDays))) / Math.LN2;
}

export function blendParts(grid: CellGrid, train: ForecastIncidents, span: TrainingSpan, halfLifeDays: number | null, recentShare: number): BlendParts {
  const w = weighBlendByAge(train.day, span.forecastFrom, halfLifeDays, recentShare);
  const own = new Float64Array(grid.cells.length);
  for (let i = 0; i < w.length; i++) own[train.cell[i]] += w[i];
  return {
    own,
    near: blurCellLattice(grid, own, blendSigmaCells.near),
    far: blurCellLattice(grid, own, blendSigmaCells.far),
    exposureDays: measureExposureDays(span, halfLifeDays, recentShare),
  };
}

/** own + (nearDays / E) · near + (farDays / E) · far. Throws HotspotInputError for a negative or non-finite strength. */
export function mixBlend(parts: BlendParts, nearDays: number, farDays: number): Float64Array {
  if (!(nearDays >= 0 && farDays >= 0 && Number.isFinite(nearDays + farDays))) throw new HotspotInputError(`prior strengths must be finite days ≥ 0, got ${nearDays} and ${farDays}`);
  const a = nearDays / parts.exposureDays;
  const b = farDays / parts.exposureDays;
  const out = new Float64Array(parts.own.length);
  for (let i = 0; i < out.length; i++) out[i] = parts.own[i] + a * parts.near[i] + b * parts.far[i];
  return out;
}

/**
 * Σ weight · scores / Σ scores over the parts (a part scoring 0 everywhere adds nothing). Throws HotspotInputError
 * for no part, parts of different lengths, or weights that are negative or do not sum to 1. Does not mutate input.
 */
export function stackScores(parts: readonly { scores: ArrayLike<number>; weight: number }[]): Float64Array {
  if (parts.length === 0) throw new HotspotInputError('a stack needs at least one part');
  const n = parts[0].scores.length;
  let weights = 0;
  for (const p of parts) {
    if (p.scores.length !== n) throw new HotspotInputError(`stack parts differ in length: ${n} and ${p.scores.length}`);
    if (!(p.weight >= 0 && Number.isFinite(p.weight))) throw new HotspotInputError(`stack weights must be finite and ≥ 0, got ${p.weight}`);
    weights += p.weight;
  }
  if (Math.abs(weights - 1) > 1e-9) throw new HotspotInputError(`stack weights must sum to 1, got ${weights}`);
  const out = new Float64Array(n);
  for (const p of parts) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += p.scores[i];
    if (!(sum > 0) || p.weight === 0) continue;
    const f = p.weight / sum;
    for (let i = 0; i < n; i++) out[i] += f * p.scores[i];
  }
  return out;
}

/** The stack's weight grid: every split of 1 into quarters among `parts` models that uses at least two of them. */
export function listStackWeights(parts: number): number[][] {
  const out: number[][] = [];
  const walk = (prefix: number[], left: number) => {
    if (prefix.length === parts - 1) {
      const w = [...prefix, left].map((q) => q / stackWeightSteps);
      if (w.filter((x) => x > 0).length >= 2) out.push(w);
      return;
    }
    for (let q = left; q >= 0; q--) walk([...prefix, q], left - q);
  };
  if (parts >= 2) walk([], stackWeightSteps);
  return out;
}

/** Weights in quarters: fine enough to lean on one part, coarse enough that 3 folds can tell the splits apart. */
export const stackWeightSteps = 4;
