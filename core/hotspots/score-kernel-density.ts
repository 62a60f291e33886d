import { HotspotInputError, type CellGrid, type PointColumns } from './types';

/** The Gaussian kernel is cut off beyond this many bandwidths (it has fallen to e^−8 ≈ 3e−4 of its peak there). */
export const kernelCutoffBandwidths = 4;

/**
 * Kernel density of points at every cell centre, with a Gaussian kernel of standard deviation `bandwidthM` metres in
 * the grid's UTM frame, each point weighted by weights[i] (default 1):
 *
 *   score_c = Σ_i w_i · exp(−d_ic² / (2h²)) / (2π h²)   in weighted points per square metre
 *
 * truncated at 4h (so the sum over a point's neighbourhood is O((8h/cell)²), not O(cells)). Points outside the study
 * area still contribute to the cells within 4h of them; the caller decides which points to pass. Throws
 * HotspotInputError for a bandwidth that is not a positive finite number, columns of different lengths, or a weight
 * that is negative or not finite. Non-finite coordinates are skipped. Does not mutate input.
 */
export function scoreKernelDensity(grid: CellGrid, points: PointColumns, options: { bandwidthM: number; weights?: ArrayLike<number> }): Float64Array {
  const h = options.bandwidthM;
  if (!(Number.isFinite(h) && h > 0)) throw new HotspotInputError(`bandwidth must be a positive number of metres, got ${h}`);
  const n = points.lng.length;
  const weights = options.weights;
  if (points.lat.length !== n || (weights && weights.length !== n)) {
    throw new HotspotInputError(`points have ${n} lng, ${points.lat.length} lat and ${weights?.length ?? n} weights`);
  }
  const { frame, originX, originY, cellSizeM: size, rows, cols, cellAt } = grid;
  const scores = new Float64Array(grid.cells.length);
  const reach = kernelCutoffBandwidths * h;
  const reach2 = reach * reach;
  const norm = 1 / (2 * Math.PI * h * h);
  const lngLat = [0, 0];
  for (let i = 0; i < n; i++) {
    const w = weights ? weights[i] : 1;
    if (!(Number.isFinite(w) && w >= 0)) throw new HotspotInputError(`weight ${i} must be a finite number ≥ 0, got ${w}`);
    lngLat[0] = points.lng[i];
    lngLat[1] = points.lat[i];
    if (w === 0 || !Number.isFinite(lngLat[0]) || !Number.isFinite(lngLat[1])) continue;
    const [x, y] = frame.toXY(lngLat);
    const r0 = Math.max(0, Math.ceil((y - reach - originY) / size - 0.5));
    const r1 = Math.min(rows - 1, Math.floor((y + reach - originY) / size - 0.5));
    const c0 = Math.max(0, Math.ceil((x - reach - originX) / size - 0.5));
    const c1 = Math.min(cols - 1, Math.floor((x + reach - originX) / size - 0.5));
    for (let r = r0; r <= r1; r++) {
      const dy = originY + (r + 0.5) * size - y;
      for (let c = c0; c <= c1; c++) {
        const cell = cellAt[r * cols + c];
        if (cell < 0) continue;
        const dx = originX + (c + 0.5) * size - x;
        const d2 = dx * dx + dy * dy;
        if (d2 <= reach2) scores[cell] += w * norm * Math.exp(-d2 / (2 * h * h));
      }
    }
  }
  return scores;
}
