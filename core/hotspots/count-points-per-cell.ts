import { HotspotInputError, type CellGrid, type PointColumns } from './types';

/**
 * The cell of each point: its lattice square in the grid's frame (a point on a shared side belongs to the square to
 * its north or east), or −1 when that square is not a cell of the study area (or the point is off the lattice, or
 * not a finite coordinate). Throws HotspotInputError when lng and lat differ in length. Does not mutate input.
 */
export function locatePointsInCells(points: PointColumns, grid: CellGrid): Int32Array {
  const n = points.lng.length;
  if (points.lat.length !== n) throw new HotspotInputError(`lng has ${n} values but lat has ${points.lat.length}`);
  const { frame, originX, originY, cellSizeM: size, rows, cols, cellAt } = grid;
  const cellOf = new Int32Array(n);
  const lngLat = [0, 0];
  for (let i = 0; i < n; i++) {
    lngLat[0] = points.lng[i];
    lngLat[1] = points.lat[i];
    cellOf[i] = -1;
    if (!Number.isFinite(lngLat[0]) || !Number.isFinite(lngLat[1])) continue;
    const [x, y] = frame.toXY(lngLat);
    const c = Math.floor((x - originX) / size);
    const r = Math.floor((y - originY) / size);
    if (r >= 0 && r < rows && c >= 0 && c < cols) cellOf[i] = cellAt[r * cols + c];
  }
  return cellOf;
}

/** Counts per cell, and how many points fell outside the study area. */
export interface CellCounts {
  /** counts[i] = points in grid.cells[i]; 0 for an empty cell. */
  counts: Int32Array;
  /** The cell of each point, −1 when outside (see locatePointsInCells). */
  cellOfPoint: Int32Array;
  /** Points not in any cell (dropped from counts). */
  outside: number;
}

/**
 * The number of points in each cell of the grid (points in EPSG:4326 columns). Points outside every cell are dropped
 * and counted in `outside`. O(points + cells). Throws HotspotInputError when lng and lat differ in length.
 * Does not mutate input.
 */
export function countPointsPerCell(points: PointColumns, grid: CellGrid): CellCounts {
  const cellOfPoint = locatePointsInCells(points, grid);
  const counts = new Int32Array(grid.cells.length);
  let outside = 0;
  for (let i = 0; i < cellOfPoint.length; i++) {
    const cell = cellOfPoint[i];
    if (cell < 0) outside++;
    else counts[cell]++;
  }
  return { counts, cellOfPoint, outside };
}
