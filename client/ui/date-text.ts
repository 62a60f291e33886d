import type { Translate } from '../i18n/messages';

/**
 * Dates and times as people type them into a text field, read into the values the forms keep: a local day
 * 'YYYY-MM-DD' and a local date-time 'YYYY-MM-DDTHH:mm' (24-hour), both Asia/Shanghai (core/time turns them into
 * instants). The field is text, not <input type="date">, because the browser draws those in its own language
 * (mm/dd/yyyy, AM/PM in an English Chromium) while the rest of the page is Chinese.
 * Read here rather than with date-fns's parse (which react-day-picker brings): one pattern takes the separators people
 * type (-, /, ., 年月日, a full-width colon), and the reading says which part is wrong (no month 13, no 30 February),
 * which the message names; parse tried format by format would only say "Invalid Date".
 */

/** What is wrong with a typed date: its shape, a month that does not exist, a day the month lacks, or the time. */
export type DateTextProblem = 'shape' | 'month' | 'day' | 'time';

/** A typed text read: the value ('' for a blank field), or why it cannot be read. */
export type DateTextReading = { ok: true; value: string } | { ok: false; problem: DateTextProblem; year?: number; month?: number; day?: number };

const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

// Year, month, day with '-', '/' or '.' between (2026-12-5, 2026/12/05), or written 2026年12月5日.
const datePart = String.raw`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?`;
const datePattern = new RegExp(`^${datePart}$`);
// The time after a space or 'T', hours 0–23 with one or two digits; a Chinese input method's full-width colon too.
const dateTimePattern = new RegExp(`^${datePart}(?:\\s+|\\s*T\\s*)(\\d{1,2})\\s*[:：]\\s*(\\d{2})$`);

function readDay(year: number, month: number, day: number): DateTextReading {
  if (month < 1 || month > 12) return { ok: false, problem: 'month', year, month };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, problem: 'day', year, month, day };
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` };
}

/** A typed date as 'YYYY-MM-DD'; blank text as ''. */
export function readDateText(text: string): DateTextReading {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, value: '' };
  const m = datePattern.exec(trimmed);
  if (!m) return { ok: false, problem: 'shape' };
  return readDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A typed date and 24-hour time as 'YYYY-MM-DDTHH:mm'; blank text as ''. */
export function readDateTimeText(text: string): DateTextReading {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, value: '' };
  const m = dateTimePattern.exec(trimmed);
  if (!m) return { ok: false, problem: datePattern.test(trimmed) ? 'time' : 'shape' };
  const day = readDay(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!day.ok) return day;
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (hour > 23 || minute > 59) return { ok: false, problem: 'time' };
  return { ok: true, value: `${day.value}T${pad(hour)}:${pad(minute)}` };
}

/** A form's value as the field shows it: 'YYYY-MM-DDTHH:mm' with a space for the 'T'; anything else as it is. */
export function formatDateText(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? value.replace('T', ' ') : value;
}

/** What to tell the person about a text that cannot be read: what is wrong and what to type instead. */
export function describeDateTextProblem(reading: Extract<DateTextReading, { ok: false }>, withTime: boolean, t: Translate): string {
  // Numbers as text: the translator would write the year 2026 as "2,026" in English.
  const params = { year: String(reading.year), month: String(reading.month), day: String(reading.day) };
  switch (reading.problem) {
    case 'month':
      return t('dateFieldMonth', params);
    case 'day':
      return t('dateFieldDay', { ...params, days: String(daysInMonth(reading.year ?? 0, reading.month ?? 1)) });
    case 'time':
      return t('dateFieldTime');
    default:
      return t(withTime ? 'dateTimeFieldShape' : 'dateFieldShape');
  }
}
