import type { MultiPolygon } from 'geojson';
import type { HotspotAnswer } from '../contracts/analysis';
import { computeCellHotspots, type PointColumns } from '../hotspots/index';
import { cellFeature, round3 } from './cell-features';

/**
 * Hotspots of incidents over a study area: square cells of `cellSizeM` in the area's UTM zone, every cell of the
 * area included (empty ones too), Getis-Ord Gi* with binary queen weights including the cell itself, classes at
 * 99/95/90 % confidence after Benjamini–Hochberg FDR (computeCellHotspots, the pipeline the patrol planner's hot
 * cells share). Every cell is returned, so the map can show cold spots and the absence of any spot honestly. Pure.
 */
export function analyseHotspots(area: MultiPolygon, points: PointColumns, cellSizeM: number, period: { from: string; to: string }): HotspotAnswer {
  const { grid, counts, outside, gi, classes } = computeCellHotspots({ cellSizeM, area, aligned: true }, points);
  return {
    type: 'FeatureCollection',
    features: grid.cells.map((c, i) =>
      cellFeature(grid, i, { row: c.row, col: c.col, count: counts[i], z: round3(gi.z[i]), p: Number(gi.p[i].toPrecision(4)), class: classes[i] }),
    ),
    meta: { cellSizeM, cells: grid.cells.length, incidents: points.lng.length - outside, outside, epsg: grid.frame.epsg, ...period, fdr: true },
  };
}
