import type { MultiPolygon } from 'geojson';
import type { EmergingAnswer } from '../contracts/analysis';
import { buildCellGrid, detectEmergingHotspots, locatePointsInCells, type PointColumns } from '../hotspots/index';
import { cellFeature, round3 } from './cell-features';

const dayMs = 86_400_000;

/**
 * Emerging hot spots (after Esri's Emerging Hot Spot Analysis): the period [from, to) cut into slices of `sliceDays`
 * counted back from `to` (so the last slice is whole and ends now; a partial first slice is dropped), counts per
 * cell per slice, Gi* per slice, Mann-Kendall trend per cell (core/hotspots detectEmergingHotspots). Only cells
 * with a pattern are returned. `timesS` are epoch seconds. Pure.
 */
export function analyseEmerging(
  area: MultiPolygon,
  points: PointColumns & { timesS: ArrayLike<number> },
  cellSizeM: number,
  period: { from: string; to: string },
  sliceDays = 7,
): EmergingAnswer {
  const grid = buildCellGrid({ cellSizeM, area, aligned: true });
  const toMs = Date.parse(period.to);
  const slices = Math.max(1, Math.floor((toMs - Date.parse(period.from)) / (sliceDays * dayMs)));
  const firstMs = toMs - slices * sliceDays * dayMs;
  const counts = Array.from({ length: slices }, () => new Int32Array(grid.cells.length));
  const cellOf = locatePointsInCells(points, grid);
  for (let i = 0; i < cellOf.length; i++) {
    const slice = Math.floor((points.timesS[i] * 1000 - firstMs) / (sliceDays * dayMs));
    if (cellOf[i] >= 0 && slice >= 0 && slice < slices) counts[slice][cellOf[i]]++;
  }
  const emerging = detectEmergingHotspots(grid, counts);
  return {
    type: 'FeatureCollection',
    features: emerging.flatMap((e, i) =>
      e.pattern === 'none'
        ? []
        : [cellFeature(grid, i, { row: grid.row[i], col: grid.col[i], pattern: e.pattern, trendZ: round3(e.trendZ), trendP: Number(e.trendP.toPrecision(4)), hotSlices: e.hotSlices })],
    ),
    meta: { cellSizeM, slices, sliceDays, from: new Date(firstMs).toISOString(), to: period.to },
  };
}
