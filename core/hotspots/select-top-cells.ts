import { HotspotInputError, type CellGrid } from './types';

/** The number of cells that covers `coverage` of a study area of `cellCount` cells: ⌊coverage·n⌋, at least 1. */
export function countCellsForCoverage(cellCount: number, coverage: number): number {
  if (!(coverage > 0 && coverage <= 1)) throw new HotspotInputError(`coverage must be a share of the study area in (0, 1], got ${coverage}`);
  // The epsilon keeps 0.01 × 1500 at 15 despite binary rounding; the chosen area never exceeds the share otherwise.
  return Math.max(1, Math.floor(coverage * cellCount + 1e-9));
}

/**
 * The indices of the highest-scoring cells that together cover `coverage` (a share in (0, 1]) of the study area:
 * countCellsForCoverage(n, coverage) cells (all cells are the same size, so the share of cells is the share of area;
 * rounded down, so a forecast never claims more area than allowed, except that at least one cell is chosen). Ranked by
 * score descending, ties by row then col ascending (so the result is deterministic). Throws HotspotInputError for a
 * coverage outside (0, 1], or scores that are not one finite number per cell. Does not mutate input.
 */
export function selectTopCells(scores: ArrayLike<number>, coverage: number, grid: Pick<CellGrid, 'row' | 'col'>): Int32Array {
  const n = grid.row.length;
  if (scores.length !== n) throw new HotspotInputError(`scores must have one value per cell: ${n} cells, ${scores.length} scores`);
  for (let i = 0; i < n; i++) if (!Number.isFinite(scores[i])) throw new HotspotInputError(`score ${i} is not a finite number: ${scores[i]}`);
  const k = countCellsForCoverage(n, coverage);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => scores[b] - scores[a] || grid.row[a] - grid.row[b] || grid.col[a] - grid.col[b]);
  return order.slice(0, k);
}
