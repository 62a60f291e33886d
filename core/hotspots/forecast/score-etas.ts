import { HotspotInputError, type CellGrid } from '../types';
import { blurCellLattice } from './blur-cell-lattice';
import type { ForecastIncidents } from './forecast-incidents';

/**
 * What the EM needs from the incidents under one triggering kernel (it does not depend on θ or the background, so
 * the validator shares it between background settings): every cell-day with incidents, the triggering that reached
 * it from earlier days, and what is still alive at the end of the window.
 */
export interface EtasTrace {
  days: number;
  q: number;
  /** Per cell-day with incidents: its cell, its incidents, and Σ_{d′<d} g(d − d′) · K_σ ∗ N(·, d′) there. */
  cell: Int32Array;
  count: Float64Array;
  excitation: Float64Array;
  /** Per cell, the triggering due after the window: Σ_d (1 − q) q^(T−1−d) · K_σ ∗ N(·, d). */
  excitationAtEnd: Float64Array;
  /** The per-incident triggering kernel's mass that falls inside the window, summed: Σ_i (1 − q^(T−1−d_i)). */
  kernelMass: number;
  /** Incidents per cell over the window. */
  totals: Float64Array;
}

/** The fitted model: background rate per cell per day, and the branching ratio θ. */
export interface EtasFit {
  background: Float64Array;
  theta: number;
}

/** EM iterations: a fixed number keeps the fit deterministic and its cost known; θ settles within a few. */
export const etasIterations = 15;
/** θ ≥ 1 would be an explosive process; the fit is kept below it. */
const maxBranchingRatio = 0.95;

/**
 * One pass over the training days (counted from span.trainFrom in whole days, so incidents of one day do not
 * trigger each other) with the kernel g(L) = (1 − q) q^(L−1), L ≥ 1, q = e^(−1/decayDays), spread in space by the
 * lattice Gaussian of triggerSigmaCells cells: x_d = q x_{d−1} + (1 − q) K_σ ∗ N(·, d−1). Memory O(cells + cell-days
 * with incidents), time O(days × cells × σ). Throws HotspotInputError for an invalid setting or window.
 */
export function traceEtasExcitation(grid: CellGrid, train: Pick<ForecastIncidents, 'cell' | 'day'>, span: { trainFrom: number; forecastFrom: number }, decayDays: number, triggerSigmaCells: number): EtasTrace {
  if (!(Number.isFinite(decayDays) && decayDays > 0)) throw new HotspotInputError(`decayDays must be a positive number of days, got ${decayDays}`);
  if (!(Number.isFinite(triggerSigmaCells) && triggerSigmaCells > 0)) throw new HotspotInputError(`triggerSigmaCells must be a positive number of cells, got ${triggerSigmaCells}`);
  const window = span.forecastFrom - span.trainFrom;
  if (!(window > 0)) throw new HotspotInputError(`the training window must be longer than 0 days, got ${span.trainFrom}..${span.forecastFrom}`);
  const cells = grid.cells.length;
  const days = Math.ceil(window);
  const q = Math.exp(-1 / decayDays);
  const dayOf = Int32Array.from(train.day, (t) => Math.min(days - 1, Math.max(0, Math.floor(t - span.trainFrom))));
  const order = Array.from(dayOf.keys()).sort((a, b) => dayOf[a] - dayOf[b] || a - b);

  const totals = new Float64Array(cells);
  const x = new Float64Array(cells);
  const n = new Float64Array(cells);
  const entryCell: number[] = [];
  const entryCount: number[] = [];
  const entryX: number[] = [];
  let kernelMass = 0;
  let k = 0;
  for (let d = 0; d < days; d++) {
    const touched: number[] = [];
    for (; k < order.length && dayOf[order[k]] === d; k++) {
      const c = train.cell[order[k]];
      if (n[c] === 0) touched.push(c);
      n[c]++;
    }
    touched.sort((a, b) => a - b);
    for (const c of touched) {
      entryCell.push(c);
      entryCount.push(n[c]);
      entryX.push(x[c]);
      totals[c] += n[c];
      kernelMass += n[c] * (1 - q ** (days - 1 - d));
    }
    if (touched.length === 0) {
      for (let c = 0; c < cells; c++) x[c] *= q;
      continue;
    }
    const spread = blurCellLattice(grid, n, triggerSigmaCells);
    for (let c = 0; c < cells; c++) x[c] = q * x[c] + (1 - q) * spread[c];
    for (const c of touched) n[c] = 0;
  }
  return { days, q, cell: Int32Array.from(entryCell), count: Float64Array.from(entryCount), excitation: Float64Array.from(entryX), excitationAtEnd: x, kernelMass, totals };
}

/**
 * Fits λ(c, d) = μ(c) + θ · x_d(c) by EM (Mohler et al. 2011, at day resolution on the cell lattice). The E step
 * splits each cell-day's incidents into background and triggered by μ / λ; the M step sets θ to the triggered
 * incidents over the kernel mass inside the window (capped below 1), and μ to the background incidents spread by
 * the lattice Gaussian of backgroundSigmaCells, per day: Mohler's fixed-bandwidth background. The background must be
 * smooth: a free rate per cell explains every repeat by itself and θ falls to 0. Deterministic,
 * O(iterations × (cell-days with incidents + cells × σ)). Throws HotspotInputError for a σ that is not positive.
 */
export function fitEtas(grid: CellGrid, trace: EtasTrace, backgroundSigmaCells: number): EtasFit {
  if (!(Number.isFinite(backgroundSigmaCells) && backgroundSigmaCells > 0)) throw new HotspotInputError(`backgroundSigmaCells must be a positive number of cells, got ${backgroundSigmaCells}`);
  const { days } = trace;
  // The E step reads the background only where incidents are, so the iterations blur onto those cells alone; the
  // whole map is blurred once, for the forecast.
  const eventCells = Int32Array.from(new Set(trace.cell));
  const smooth = (b: Float64Array, only?: Int32Array): Float64Array => blurCellLattice(grid, b, backgroundSigmaCells, only).map((v) => v / days);
  let theta = trace.kernelMass > 0 ? 0.1 : 0;
  const initialCounts = trace.totals.map((v) => v * (1 - theta));
  if (theta === 0) return { background: smooth(initialCounts), theta };
  let background = smooth(initialCounts, eventCells);
  const backgroundCounts = new Float64Array(trace.totals.length);
  for (let it = 0; it < etasIterations; it++) {
    backgroundCounts.fill(0);
    let triggered = 0;
    for (let e = 0; e < trace.cell.length; e++) {
      const c = trace.cell[e];
      const lambdaTrig = theta * trace.excitation[e];
      const share = lambdaTrig / (background[c] + lambdaTrig);
      triggered += trace.count[e] * share;
      backgroundCounts[c] += trace.count[e] * (1 - share);
    }
    theta = Math.min(maxBranchingRatio, triggered / trace.kernelMass);
    if (theta === 0) break;
    if (it < etasIterations - 1) background = smooth(backgroundCounts, eventCells);
  }
  return { background: smooth(backgroundCounts), theta };
}

/**
 * The expected incidents per cell over the `horizonDays` whole days after the window: H · μ(c) plus the triggering
 * still due, θ · (1 − q^H) / (1 − q) · x_T(c) (the kernel's mass on the forecast days, in closed form). Pure.
 */
export function forecastEtas(trace: EtasTrace, fit: EtasFit, horizonDays: number): Float64Array {
  if (!(Number.isFinite(horizonDays) && horizonDays > 0)) throw new HotspotInputError(`the horizon must be a positive number of days, got ${horizonDays}`);
  const h = Math.max(1, Math.round(horizonDays));
  const trigger = (fit.theta * (1 - trace.q ** h)) / (1 - trace.q);
  return fit.background.map((mu, c) => h * mu + trigger * trace.excitationAtEnd[c]);
}
