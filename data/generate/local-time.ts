/**
 * Local time of Dazhou (Asia/Shanghai). China has kept UTC+8 without daylight saving since 1991, so a
 * fixed offset is exact and keeps the generator free of the host's time-zone database.
 */
/** UTC+8. */
export const LOCAL_OFFSET_MS = 8 * 3_600_000;
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Formats an instant as local time to the minute with its offset, e.g. 2026-03-04T21:17:00+08:00 (seconds dropped). */
export function formatLocalMinute(ms: number): string {
  const d = new Date(Math.floor(ms / MINUTE_MS) * MINUTE_MS + LOCAL_OFFSET_MS);
  return `${formatYmd(d)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+08:00`;
}

/** Formats the local calendar date of an instant, e.g. 2026-03-04. */
export function formatLocalDate(ms: number): string {
  return formatYmd(new Date(ms + LOCAL_OFFSET_MS));
}

function formatYmd(shifted: Date): string {
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** The instant local midnight of the day containing `ms` began. */
export function startOfLocalDay(ms: number): number {
  return Math.floor((ms + LOCAL_OFFSET_MS) / DAY_MS) * DAY_MS - LOCAL_OFFSET_MS;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of the local date containing `ms`. */
export function localIsoWeekday(ms: number): number {
  const day = new Date(ms + LOCAL_OFFSET_MS).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Local calendar fields of an instant: year, month 1–12, day 1–31, hour, minute. */
export function localFields(ms: number): { year: number; month: number; day: number; hour: number; minute: number } {
  const d = new Date(ms + LOCAL_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/** The instant of a local wall-clock time; `month` is 1–12 and may overflow (13 = January next year). */
export function localInstant(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute) - LOCAL_OFFSET_MS;
}

/** Day of the year (0-based) of the local date of an instant, for seasonality. */
export function localDayOfYear(ms: number): number {
  const { year } = localFields(ms);
  return Math.floor((ms - localInstant(year, 1, 1)) / DAY_MS);
}
