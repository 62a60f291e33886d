import { buildCellGrid, type CellGridInput } from './build-cell-grid';
import { checkHotspotIncidents, MIN_HOTSPOT_INCIDENTS, type TooFewIncidents } from './check-hotspot-incidents';
import { countPointsPerCell } from './count-points-per-cell';
import { computeGiStar, type GiStar } from './getis-ord-gi-star';
import { classifyHotspots } from './classify-hotspots';
import type { CellGrid, HotspotClass, PointColumns } from './types';

/** The Gi* hotspot statistic of every cell of a study area, step by step. */
export interface CellHotspots {
  grid: CellGrid;
  /** counts[i] = points in grid.cells[i]. */
  counts: Int32Array;
  /** Points not in any cell (dropped from counts). */
  outside: number;
  gi: GiStar;
  /** One class per cell, FDR-corrected (classifyHotspots); every one 'none' when `tooFew` is set. */
  classes: HotspotClass[];
  /** Set when the cells hold fewer than MIN_HOTSPOT_INCIDENTS points: then no cell is classed (checkHotspotIncidents). */
  tooFew: TooFewIncidents | null;
}

/**
 * The one hotspot pipeline of the system (issue 13): cells over the study area (buildCellGrid), points counted per
 * cell (countPointsPerCell), Getis-Ord Gi* of the counts (computeGiStar), and classes at 99/95/90 % after the
 * Benjamini–Hochberg FDR correction (classifyHotspots). The analysis map and the patrol planner's hot cells both
 * read it, so a cell hot on one is hot on the other for the same incidents. With fewer than MIN_HOTSPOT_INCIDENTS
 * points in the cells every class is 'none' and `tooFew` says why: a handful of incidents made dozens of "99 %" hot
 * spots. Gi* is still computed (the cells' z and p are what they are; only the verdict is withheld). Points in EPSG:4326
 * columns. Throws what those steps throw (HotspotInputError). Does not mutate input.
 */
export function computeCellHotspots(area: CellGridInput, points: PointColumns, { minIncidents = MIN_HOTSPOT_INCIDENTS } = {}): CellHotspots {
  const grid = buildCellGrid(area);
  const { counts, outside } = countPointsPerCell(points, grid);
  const gi = computeGiStar(grid, counts);
  const tooFew = checkHotspotIncidents(points.lng.length - outside, minIncidents);
  const classes = tooFew ? new Array<HotspotClass>(grid.cells.length).fill('none') : classifyHotspots(gi.z, gi.p);
  return { grid, counts, outside, gi, classes, tooFew };
}
