const pattern = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A date or ISO 8601 timestamp as a day number (days since 1970-01-01, fractional for the time of day):
 * "2016-08-10" → 17023, "2016-08-10T18:00" or "2016-08-10 18:00:00+02:00" → 17023.75. The clock time is taken as
 * written: a UTC offset or "Z" is accepted and ignored, so an incident belongs to the calendar day printed in the
 * data, which is what inclusive date windows mean to the people who read them. Returns null for anything else,
 * including impossible dates (2016-02-30) and hours past 24:00. Pure.
 */
export function parseDayNumber(text: string): number | null {
  const m = pattern.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((k) => Number(m[k] ?? 0));
  const second = Number(m[6] ?? 0);
  if (month < 1 || month > 12 || day < 1 || hour > 24 || minute > 59 || second >= 61) return null;
  const midnight = Date.UTC(year, month - 1, day);
  const check = new Date(midnight);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const ms = midnight + ((hour * 60 + minute) * 60 + second) * 1000;
  if (ms > midnight + 86_400_000) return null;
  return ms / 86_400_000;
}

/** The calendar date "YYYY-MM-DD" of a day number (its integer part). Pure. */
export function formatDayNumber(day: number): string {
  return new Date(Math.floor(day) * 86_400_000).toISOString().slice(0, 10);
}
