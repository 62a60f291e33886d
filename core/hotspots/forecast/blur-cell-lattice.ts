import { HotspotInputError, type CellGrid } from '../types';

/**
 * A per-cell field blurred by a discrete Gaussian of standard deviation `sigmaCells` cells on the grid's lattice
 * (separable, cut off at 3σ, weights normalised to sum 1 so mass is kept apart from what falls on squares outside
 * the study area, which is dropped). O(cells × σ). With `only`, just those cells are computed (the rest stay 0),
 * each to the same value as without it: for an iteration that reads the blur at a few cells. Throws
 * HotspotInputError for a σ that is not a positive finite number or values that are not one per cell. Does not
 * mutate input.
 */
export function blurCellLattice(grid: Pick<CellGrid, 'rows' | 'cols' | 'row' | 'col'>, values: ArrayLike<number>, sigmaCells: number, only?: ArrayLike<number>): Float64Array {
  if (!(Number.isFinite(sigmaCells) && sigmaCells > 0)) throw new HotspotInputError(`sigma must be a positive number of cells, got ${sigmaCells}`);
  const n = grid.row.length;
  if (values.length !== n) throw new HotspotInputError(`values must have one per cell: ${n} cells, ${values.length} values`);
  const { rows, cols } = grid;
  const radius = Math.ceil(3 * sigmaCells);
  const kernel = new Float64Array(2 * radius + 1);
  let sum = 0;
  for (let k = -radius; k <= radius; k++) sum += kernel[k + radius] = Math.exp(-(k * k) / (2 * sigmaCells * sigmaCells));
  for (let k = 0; k < kernel.length; k++) kernel[k] /= sum;
  const field = new Float64Array(rows * cols);
  for (let i = 0; i < n; i++) field[grid.row[i] * cols + grid.col[i]] = values[i];
  const across = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    for (let c = 0; c < cols; c++) {
      const v = field[base + c];
      if (v === 0) continue;
      const lo = Math.max(0, c - radius);
      const hi = Math.min(cols - 1, c + radius);
      for (let t = lo; t <= hi; t++) across[base + t] += v * kernel[t - c + radius];
    }
  }
  const out = new Float64Array(n);
  const targets = only?.length ?? n;
  for (let k = 0; k < targets; k++) {
    const i = only ? only[k] : k;
    const r = grid.row[i];
    const c = grid.col[i];
    const lo = Math.max(0, r - radius);
    const hi = Math.min(rows - 1, r + radius);
    let s = 0;
    for (let t = lo; t <= hi; t++) s += across[t * cols + c] * kernel[r - t + radius];
    out[i] = s;
  }
  return out;
}
