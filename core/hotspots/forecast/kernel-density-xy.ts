import { kernelCutoffBandwidths } from '../score-kernel-density';
import { HotspotInputError, type CellGrid } from '../types';
import type { ForecastIncidents } from './forecast-incidents';

/**
 * scoreKernelDensity's estimate (Gaussian kernel of standard deviation `bandwidthM`, cut off at 4h, points per m²)
 * from incidents already projected into the grid's frame, so the validator can try many bandwidths on one
 * projection. The kernel is separable, so each incident computes one row of x factors and one column of y factors
 * and multiplies them, instead of an exp per cell. Weights default to 1. Throws HotspotInputError for a bandwidth
 * that is not a positive finite number or weights of the wrong length. Does not mutate input.
 */
export function scoreKernelDensityXY(grid: CellGrid, incidents: Pick<ForecastIncidents, 'x' | 'y'>, bandwidthM: number, weights?: ArrayLike<number>): Float64Array {
  const h = bandwidthM;
  if (!(Number.isFinite(h) && h > 0)) throw new HotspotInputError(`bandwidth must be a positive number of metres, got ${h}`);
  const n = incidents.x.length;
  if (weights && weights.length !== n) throw new HotspotInputError(`${n} incidents but ${weights.length} weights`);
  const { originX, originY, cellSizeM: size, rows, cols, cellAt } = grid;
  const scores = new Float64Array(grid.cells.length);
  const reach = kernelCutoffBandwidths * h;
  const reach2 = reach * reach;
  const norm = 1 / (2 * Math.PI * h * h);
  const span = Math.ceil((2 * reach) / size) + 2;
  const fx = new Float64Array(span);
  const dx2 = new Float64Array(span);
  for (let i = 0; i < n; i++) {
    const w = (weights ? weights[i] : 1) * norm;
    if (w === 0) continue;
    const x = incidents.x[i];
    const y = incidents.y[i];
    const r0 = Math.max(0, Math.ceil((y - reach - originY) / size - 0.5));
    const r1 = Math.min(rows - 1, Math.floor((y + reach - originY) / size - 0.5));
    const c0 = Math.max(0, Math.ceil((x - reach - originX) / size - 0.5));
    const c1 = Math.min(cols - 1, Math.floor((x + reach - originX) / size - 0.5));
    for (let c = c0; c <= c1; c++) {
      const dx = originX + (c + 0.5) * size - x;
      dx2[c - c0] = dx * dx;
      fx[c - c0] = Math.exp(-(dx * dx) / (2 * h * h));
    }
    for (let r = r0; r <= r1; r++) {
      const dy = originY + (r + 0.5) * size - y;
      const fy = w * Math.exp(-(dy * dy) / (2 * h * h));
      const base = r * cols;
      for (let c = c0; c <= c1; c++) {
        const cell = cellAt[base + c];
        if (cell >= 0 && dx2[c - c0] + dy * dy <= reach2) scores[cell] += fy * fx[c - c0];
      }
    }
  }
  return scores;
}
