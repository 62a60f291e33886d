import { localHour } from '../time/shanghai-time';

/**
 * A hot spot's own peak: the `widthH` consecutive local hours of the day (wrapping past midnight) holding the most
 * incidents, the earliest such start on a tie; null without incidents. A hot cell has no peak window of its own as key
 * places do, so the wall reads it from when its incidents happen. `from`/`to` are 'HH:00'. Pure.
 */
export function findBusiestHours(incidentsMs: readonly number[], widthH = 2): { from: string; to: string } | null {
  if (incidentsMs.length === 0) return null;
  const byHour = new Array<number>(24).fill(0);
  for (const ms of incidentsMs) byHour[localHour(ms)]++;
  let bestStart = 0;
  let bestCount = -1;
  for (let start = 0; start < 24; start++) {
    let n = 0;
    for (let k = 0; k < widthH; k++) n += byHour[(start + k) % 24];
    if (n > bestCount) [bestStart, bestCount] = [start, n];
  }
  const hh = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;
  return { from: hh(bestStart), to: hh(bestStart + widthH) };
}
