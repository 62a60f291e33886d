/**
 * Local time of the district (Asia/Shanghai), for the client, the server and the demo-data generator alike.
 *
 * China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact for every date the system
 * handles. It is written here once, instead of asking `Intl` for each instant, because the generator converts
 * hundreds of thousands of instants (formatToParts for each would slow it down many times over) and must give the same
 * bytes on any machine whatever its time-zone database; shanghai-time.test.ts checks the offset against `Intl`.
 */
export const SHANGHAI_TIME_ZONE = 'Asia/Shanghai';
/** The offset as ISO 8601 writes it. */
export const SHANGHAI_OFFSET = '+08:00';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

/** Local calendar fields of an instant (epoch ms). */
export interface LocalFields {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  /** 0–23 */
  hour: number;
  /** 0–59 */
  minute: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

/** A Date whose UTC fields are the local wall-clock fields of `ms`: the one place the offset is applied forwards. */
function shifted(ms: number): Date {
  return new Date(ms + SHANGHAI_OFFSET_MS);
}

const pad = (n: number): string => String(n).padStart(2, '0');
const ymd = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Local calendar fields of an instant. */
export function localFields(ms: number): LocalFields {
  const d = shifted(ms);
  const day = d.getUTCDay();
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), weekday: day === 0 ? 7 : day };
}

/** The instant of a local wall-clock time; `month` is 1–12 and fields may overflow (month 13 = January next year). */
export function localInstant(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute) - SHANGHAI_OFFSET_MS;
}

/** The local calendar date of an instant, 'YYYY-MM-DD'. */
export function localDateKey(ms: number): string {
  return ymd(shifted(ms));
}

/** The instant local midnight of the day containing `ms` began. */
export function startOfLocalDay(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS;
}

/** The instant local midnight of Monday of the ISO week containing `ms` began. */
export function startOfLocalWeek(ms: number): number {
  return startOfLocalDay(ms) - (localIsoWeekday(ms) - 1) * DAY_MS;
}

/**
 * The local dates ('YYYY-MM-DD') of the days or ISO weeks (their Mondays) that [fromMs, toMs) touches, in order: the
 * buckets of a series over that stretch, the quiet ones included, so that a day or week without incidents reads as 0
 * rather than vanishing from the chart. Empty when toMs ≤ fromMs.
 */
export function listLocalBuckets(fromMs: number, toMs: number, bucket: 'day' | 'week'): string[] {
  const out: string[] = [];
  for (let at = startOfLocalBucket(fromMs, bucket); at < toMs; at += bucketMs[bucket]) out.push(localDateKey(at));
  return out;
}

const bucketMs = { day: DAY_MS, week: WEEK_MS } as const;

function startOfLocalBucket(ms: number, bucket: 'day' | 'week'): number {
  return bucket === 'day' ? startOfLocalDay(ms) : startOfLocalWeek(ms);
}

/**
 * Whether the first and the last of listLocalBuckets' days or weeks hold less than a whole one of [from, to): a
 * period that starts on a Wednesday counts five days in its first week, and that bar reads as a quiet week unless
 * the chart says so.
 */
export function clippedLocalBuckets(fromMs: number, toMs: number, bucket: 'day' | 'week'): { first: boolean; last: boolean } {
  const step = bucketMs[bucket];
  const firstStart = startOfLocalBucket(fromMs, bucket);
  if (!(firstStart < toMs)) return { first: false, last: false };
  const lastStart = firstStart + Math.ceil((toMs - firstStart) / step - 1) * step;
  return { first: firstStart < fromMs, last: lastStart + step > toMs };
}

/**
 * The instant of a local date-time 'YYYY-MM-DDTHH:mm' (as localDateTimeInput writes it); NaN for text of another shape
 * or a day the calendar lacks. Checked field by field: Date.parse reads 2026-02-30 as 2 March, a day nobody typed.
 */
export function instantOfLocalDateTime(local: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return Number.NaN;
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  const ms = localInstant(year, month, day, hour, minute);
  const f = localFields(ms);
  return f.year === year && f.month === month && f.day === day && f.hour === hour && f.minute === minute ? ms : Number.NaN;
}

/**
 * The instant of a local date-time 'YYYY-MM-DDTHH:mm' as ISO 8601 in UTC ('2026-05-01T00:00:00.000Z' for 08:00), as
 * the API takes it; undefined for '' and for what instantOfLocalDateTime refuses. The forms' times are read so in the
 * district's time, not the browser's zone, which made 08:00 mean 16:00 on a PC set to UTC.
 */
export function isoOfLocalDateTime(local: string): string | undefined {
  const ms = instantOfLocalDateTime(local);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/** The instant local midnight of a date 'YYYY-MM-DD' began; NaN for text of another shape or a day the calendar lacks. */
export function startOfLocalDateKey(day: string): number {
  return instantOfLocalDateTime(`${day}T00:00`);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of the local date containing `ms`. */
export function localIsoWeekday(ms: number): number {
  const day = shifted(ms).getUTCDay();
  return day === 0 ? 7 : day;
}

// Hours and minutes of day come from the remainder, without a Date: the wall sorts every incident by its hour.
const msIntoLocalDay = (ms: number): number => ms - startOfLocalDay(ms);

/** Local hour of day (0–23) of an instant. */
export function localHour(ms: number): number {
  return Math.floor(msIntoLocalDay(ms) / HOUR_MS);
}

/** Minutes since local midnight (0–1439) of an instant. */
export function localMinuteOfDay(ms: number): number {
  return Math.floor(msIntoLocalDay(ms) / MINUTE_MS);
}

/** Day of the year (0-based) of the local date of an instant. */
export function localDayOfYear(ms: number): number {
  return Math.floor((ms - localInstant(localFields(ms).year, 1, 1)) / DAY_MS);
}

/** An instant as a datetime-local input's value in local time, 'YYYY-MM-DDTHH:mm'. */
export function localDateTimeInput(ms: number): string {
  return shifted(ms).toISOString().slice(0, 16);
}

/** Local time of day of an instant, 'HH:mm:ss' (24-hour, seconds truncated): what a clock on the wall shows. */
export function localClockTime(ms: number): string {
  return shifted(ms).toISOString().slice(11, 19);
}

/** An instant as local time to the minute with its offset, e.g. 2026-03-04T21:17:00+08:00 (seconds dropped). */
export function formatLocalMinute(ms: number): string {
  return `${localDateTimeInput(Math.floor(ms / MINUTE_MS) * MINUTE_MS)}:00${SHANGHAI_OFFSET}`;
}

/** A local date-time without offset ('YYYY-MM-DDTHH:mm[:ss]', as a datetime-local input gives) as ISO with +08:00; '' stays ''. */
export function withShanghaiOffset(local: string): string {
  if (!local) return '';
  const withSeconds = /T\d{2}:\d{2}$/.test(local) ? `${local}:00` : local;
  return `${withSeconds}${SHANGHAI_OFFSET}`;
}
