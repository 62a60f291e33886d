import { localHour } from '../../core/time';

/**
 * The incident positions (flat [lng0, lat0, …], EPSG:4326) of one local hour of day (0–23, Asia/Shanghai),
 * or all of them for hour null. Does not mutate its input; the answer is a new array.
 */
export function positionsInHour(columns: { positions: ArrayLike<number>; times: ArrayLike<number> }, hour: number | null): number[] {
  if (hour === null) return Array.from(columns.positions);
  const out: number[] = [];
  for (let k = 0; k < columns.times.length; k++) {
    if (localHour(columns.times[k] * 1000) === hour) out.push(columns.positions[2 * k], columns.positions[2 * k + 1]);
  }
  return out;
}
