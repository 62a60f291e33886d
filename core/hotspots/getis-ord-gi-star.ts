import { twoSidedP } from './normal-cdf';
import { HotspotInputError, type CellGrid } from './types';

/** The lattice a statistic needs: its size, the lattice → cell lookup, and each cell's row and col. */
export type Lattice = Pick<CellGrid, 'rows' | 'cols' | 'cellAt' | 'row' | 'col'>;

/** Gi* of every cell: z[i] is the z-score (Gi* is already one) and p[i] its two-sided normal p-value. */
export interface GiStar {
  z: Float64Array;
  p: Float64Array;
}

/**
 * Getis-Ord Gi* (Getis & Ord 1992; Ord & Getis 1995; as in ArcGIS's Hot Spot Analysis) of `values` (one per cell,
 * e.g. incident counts) over a lattice, with binary queen-contiguity weights that include the cell itself: w_ij = 1
 * when cell j is i or one of the up-to-8 lattice squares around i that are cells of the study area, else 0.
 *
 *   Gi* = (Σ_j w_ij x_j − X̄ Σ_j w_ij) / (S √[(n Σ_j w_ij² − (Σ_j w_ij)²) / (n − 1)])
 *
 * with X̄ and S = √(Σ x²/n − X̄²) over all n cells (S computed as √(Σ(x − X̄)²/n), the same number with less
 * cancellation). p is two-sided from the standard normal. When every value is equal (S = 0), or a cell's
 * neighbourhood is the whole study area (the denominator is 0, n ≤ 9), that cell gets z = 0, p = 1.
 * O(n) through the lattice lookup. Throws HotspotInputError when values do not have one finite number per cell.
 * Does not mutate input.
 */
export function computeGiStar(lattice: Lattice, values: ArrayLike<number>): GiStar {
  const n = lattice.row.length;
  if (values.length !== n) throw new HotspotInputError(`Gi* needs one value per cell: ${n} cells, ${values.length} values`);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(values[i])) throw new HotspotInputError(`value ${i} is not a finite number: ${values[i]}`);
    sum += values[i];
  }
  const mean = sum / n;
  let squares = 0;
  let allEqual = true;
  for (let i = 0; i < n; i++) {
    squares += (values[i] - mean) ** 2;
    if (values[i] !== values[0]) allEqual = false;
  }
  const s = Math.sqrt(squares / n);
  const z = new Float64Array(n);
  const p = new Float64Array(n).fill(1);
  if (allEqual || n < 2) return { z, p };
  const { rows, cols, cellAt } = lattice;
  for (let i = 0; i < n; i++) {
    const r = lattice.row[i];
    const c = lattice.col[i];
    let local = 0;
    let w = 0;
    for (let rr = Math.max(0, r - 1); rr <= Math.min(rows - 1, r + 1); rr++) {
      for (let cc = Math.max(0, c - 1); cc <= Math.min(cols - 1, c + 1); cc++) {
        const j = cellAt[rr * cols + cc];
        if (j < 0) continue;
        local += values[j];
        w++;
      }
    }
    // Binary weights: Σ w_ij² = Σ w_ij = w.
    const spread = (n * w - w * w) / (n - 1);
    if (spread <= 0) continue;
    z[i] = (local - mean * w) / (s * Math.sqrt(spread));
    p[i] = twoSidedP(z[i]);
  }
  return { z, p };
}
