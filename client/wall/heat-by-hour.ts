import { localHour } from '../../core/time';

/**
 * The incident positions (flat [lng0, lat0, …], EPSG:4326) of one local hour of day (0–23, Asia/Shanghai), or of
 * every hour for hour null, among the incidents at or after `sinceS` (Unix seconds; all by default). Does not mutate
 * its input; the answer is a new array.
 */
export function positionsInHour(columns: { positions: ArrayLike<number>; times: ArrayLike<number> }, hour: number | null, sinceS = -Infinity): number[] {
  if (hour === null && sinceS === -Infinity) return Array.from(columns.positions);
  const out: number[] = [];
  for (let k = 0; k < columns.times.length; k++) {
    const t = columns.times[k];
    if (t >= sinceS && (hour === null || localHour(t * 1000) === hour)) out.push(columns.positions[2 * k], columns.positions[2 * k + 1]);
  }
  return out;
}
