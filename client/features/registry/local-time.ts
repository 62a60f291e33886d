// The district keeps Asia/Shanghai time (UTC+8, no daylight saving): the server decides "today" and "overdue" in it,
// so the forms do too, whatever the browser's own time zone is.
const OFFSET_MS = 8 * 3_600_000;

/** The calendar date in Asia/Shanghai `days` after the moment `nowMs`, as YYYY-MM-DD. */
export function shanghaiDate(nowMs: number, days = 0): string {
  return new Date(nowMs + OFFSET_MS + days * 86_400_000).toISOString().slice(0, 10);
}

/** A datetime-local input's value (YYYY-MM-DDTHH:mm[:ss]) read as Asia/Shanghai time, as an ISO date-time with +08:00; '' stays ''. */
export function shanghaiDateTime(local: string): string {
  if (!local) return '';
  const withSeconds = /T\d{2}:\d{2}$/.test(local) ? `${local}:00` : local;
  return `${withSeconds}+08:00`;
}

/** The moment `nowMs` as a datetime-local input's value in Asia/Shanghai time (YYYY-MM-DDTHH:mm). */
export function shanghaiLocalInput(nowMs: number): string {
  return new Date(nowMs + OFFSET_MS).toISOString().slice(0, 16);
}
