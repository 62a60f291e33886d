import { HotspotInputError, type CellGrid } from '../types';
import { blurCellLattice } from './blur-cell-lattice';
import { countIncidentsPerCell, type ForecastIncidents } from './forecast-incidents';
import { scoreKernelDensityXY } from './kernel-density-xy';

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
 *   counts, so validation prefers the blend only where it helped inside the training window.
 */
export type ForecastModel =
  | { method: 'prior-counts' }
  | { method: 'kde'; bandwidthM: number }
  | { method: 'recency-blend'; halfLifeDays: number | null; recentShare: number; nearDays: number; farDays: number };

export type ForecastMethodName = ForecastModel['method'];

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
  return [{ method: 'prior-counts' }, ...kde, ...listBlendModels()];
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

/** A short stable key of a model's settings ('kde:76', 'recency-blend:7:0.5:2:1': half-life, recent share, near and far days). */
export function describeModelKey(model: ForecastModel): string {
  if (model.method === 'prior-counts') return model.method;
  if (model.method === 'kde') return `kde:${model.bandwidthM}`;
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
}

/**
 * Scores every cell of `grid` for a window starting at span.forecastFrom with one model, trained on `train` (which
 * must lie in the span); higher means more incidents expected (units differ by method; only the ranking is used).
 * Throws HotspotInputError for an incident not before forecastFrom, or an invalid setting. Does not mutate input.
 */
export function scoreForecastModel(grid: CellGrid, train: ForecastIncidents, model: ForecastModel, span: TrainingSpan): Float64Array {
  const referenceDay = span.forecastFrom;
  for (let i = 0; i < train.day.length; i++) {
    if (!(train.day[i] < referenceDay)) throw new HotspotInputError(`training incident ${i} (day ${train.day[i]}) is not before the forecast start (day ${referenceDay})`);
  }
  if (model.method === 'prior-counts') return countIncidentsPerCell(grid.cells.length, train);
  if (model.method === 'kde') return scoreKernelDensityXY(grid, train, model.bandwidthM);
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
