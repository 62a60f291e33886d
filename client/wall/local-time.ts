// Dachuan's local time is Asia/Shanghai: UTC+8 all year (China has had no daylight saving time since 1991),
// so local fields come from a fixed offset, whatever the time zone of the machine running the wall.
const offsetMs = 8 * 3600_000;

/** ISO weekday (1 = Monday … 7 = Sunday) and minutes since local midnight (0–1439) of a moment in Asia/Shanghai. */
export function shanghaiWeekdayMinutes(atMs: number): { weekday: number; minutes: number } {
  const local = new Date(atMs + offsetMs);
  const day = local.getUTCDay(); // 0 = Sunday
  return { weekday: day === 0 ? 7 : day, minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/** Local hour of day (0–23, Asia/Shanghai) of a time in epoch seconds, as GET /api/incidents sends them. */
export function shanghaiHourOf(epochSeconds: number): number {
  return Math.floor((((epochSeconds * 1000 + offsetMs) % 86_400_000) + 86_400_000) % 86_400_000 / 3_600_000);
}

/** Start of the local (Asia/Shanghai) day that contains a moment, as epoch ms. */
export function shanghaiStartOfDayMs(atMs: number): number {
  return Math.floor((atMs + offsetMs) / 86_400_000) * 86_400_000 - offsetMs;
}
