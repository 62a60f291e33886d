/**
 * Months of the partitioned tables (migration 0011): China Standard Time months (UTC+8, no daylight saving), named
 * `<table>_YYYY_MM`. Pure: no database.
 */
export type MonthlyTable = 'incidents' | 'live_events' | 'audit_log';

export interface YearMonth {
  year: number;
  /** 1–12 */
  month: number;
}

const CST_OFFSET_MS = 8 * 3600_000;

/** The month (in UTC+8) that contains the instant. */
export function monthOf(at: Date): YearMonth {
  const local = new Date(at.getTime() + CST_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 };
}

export function addMonths(m: YearMonth, n: number): YearMonth {
  const index = m.year * 12 + (m.month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function compareMonths(a: YearMonth, b: YearMonth): number {
  return a.year * 12 + a.month - (b.year * 12 + b.month);
}

/** Every month from `first` to `last`, both included; empty when last is before first. */
export function monthsBetween(first: YearMonth, last: YearMonth): YearMonth[] {
  const out: YearMonth[] = [];
  for (let m = first; compareMonths(m, last) <= 0; m = addMonths(m, 1)) out.push(m);
  return out;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function formatMonth(m: YearMonth): string {
  return `${m.year}-${pad2(m.month)}`;
}

/** Parses "YYYY-MM"; null when it is not a month. */
export function parseMonth(text: string): YearMonth | null {
  const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : null;
}

/** The partition's range as timestamptz literals: from the month's first midnight (UTC+8) to the next month's. */
export function monthBounds(m: YearMonth): { from: string; to: string } {
  const next = addMonths(m, 1);
  return { from: `${m.year}-${pad2(m.month)}-01 00:00:00+08`, to: `${next.year}-${pad2(next.month)}-01 00:00:00+08` };
}

/** The instant the month starts. */
export function monthStart(m: YearMonth): Date {
  return new Date(Date.UTC(m.year, m.month - 1, 1) - CST_OFFSET_MS);
}

export function partitionName(table: MonthlyTable, m: YearMonth): string {
  return `${table}_${m.year}_${pad2(m.month)}`;
}

/** The month of a partition named `<table>_YYYY_MM`; null for any other table (the default partition). */
export function monthOfPartition(table: MonthlyTable, name: string): YearMonth | null {
  const match = new RegExp(`^${table}_(\\d{4})_(\\d{2})$`).exec(name);
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
}
