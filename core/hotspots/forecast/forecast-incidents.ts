import { HotspotInputError, type CellGrid, type IncidentColumns } from '../types';

/**
 * Incidents as the forecast models read them: only those inside a cell of the study area, each with its cell index,
 * its position in the grid's UTM frame (metres) and its day number. Projected once, so that scoring the many
 * settings the validator tries never runs proj4 again.
 */
export interface ForecastIncidents {
  cell: Int32Array;
  x: Float64Array;
  y: Float64Array;
  day: Float64Array;
}

/**
 * The incidents that fall in a cell of `grid` (same rule as locatePointsInCells), projected into the grid's frame.
 * Throws HotspotInputError for columns of different lengths. Does not mutate input.
 */
export function prepareForecastIncidents(grid: CellGrid, incidents: IncidentColumns): ForecastIncidents {
  const n = incidents.lng.length;
  if (incidents.lat.length !== n || incidents.day.length !== n) {
    throw new HotspotInputError(`incidents have ${n} lng, ${incidents.lat.length} lat and ${incidents.day.length} days`);
  }
  const { frame, originX, originY, cellSizeM: size, rows, cols, cellAt } = grid;
  const cell = new Int32Array(n);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const day = new Float64Array(n);
  let kept = 0;
  const lngLat = [0, 0];
  for (let i = 0; i < n; i++) {
    lngLat[0] = incidents.lng[i];
    lngLat[1] = incidents.lat[i];
    if (!Number.isFinite(lngLat[0]) || !Number.isFinite(lngLat[1]) || !Number.isFinite(incidents.day[i])) continue;
    const [px, py] = frame.toXY(lngLat);
    const c = Math.floor((px - originX) / size);
    const r = Math.floor((py - originY) / size);
    if (r < 0 || r >= rows || c < 0 || c >= cols || cellAt[r * cols + c] < 0) continue;
    cell[kept] = cellAt[r * cols + c];
    x[kept] = px;
    y[kept] = py;
    day[kept] = incidents.day[i];
    kept++;
  }
  return { cell: cell.slice(0, kept), x: x.slice(0, kept), y: y.slice(0, kept), day: day.slice(0, kept) };
}

/** The incidents with fromDay ≤ day < toDay, in their order. Does not mutate input. */
export function pickIncidentsBetween(incidents: ForecastIncidents, fromDay: number, toDay: number): ForecastIncidents {
  const keep: number[] = [];
  for (let i = 0; i < incidents.day.length; i++) if (incidents.day[i] >= fromDay && incidents.day[i] < toDay) keep.push(i);
  return {
    cell: Int32Array.from(keep, (i) => incidents.cell[i]),
    x: Float64Array.from(keep, (i) => incidents.x[i]),
    y: Float64Array.from(keep, (i) => incidents.y[i]),
    day: Float64Array.from(keep, (i) => incidents.day[i]),
  };
}

/** Incidents per cell (the actual counts a forecast is scored against, or the prior-counts baseline). */
export function countIncidentsPerCell(cellCount: number, incidents: Pick<ForecastIncidents, 'cell'>): Float64Array {
  const counts = new Float64Array(cellCount);
  for (let i = 0; i < incidents.cell.length; i++) counts[incidents.cell[i]]++;
  return counts;
}
