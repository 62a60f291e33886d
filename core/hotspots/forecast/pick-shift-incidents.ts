import { HotspotInputError, type IncidentColumns } from '../types';

/** A shift: local clock minutes after midnight [startMin, startMin + durationMin), on the given ISO weekdays (1 Mon … 7). */
export interface Shift {
  startMin: number;
  durationMin: number;
  weekdays: readonly number[];
}

/** 1970-01-01, day number 0, was a Thursday (ISO weekday 4). */
const weekdayOfDayZero = 4;

/**
 * Whether a local time (a day number whose fraction is the local clock) falls in the shift. A shift that runs past
 * midnight belongs to the weekday it began on (19:00–02:00 on Friday includes Saturday 01:00), as the patrol
 * planner's SQL reads it: the time is moved back by the shift's start before its weekday and clock are read.
 */
export function isInShift(localDay: number, shift: Shift): boolean {
  // Whole seconds, so that 23:00 read back from a day number is not 22:59:59.99.
  const seconds = Math.round(localDay * 86_400) - shift.startMin * 60;
  const whole = Math.floor(seconds / 86_400);
  const minute = (seconds - whole * 86_400) / 60;
  const weekday = ((((whole + weekdayOfDayZero - 1) % 7) + 7) % 7) + 1;
  return minute < shift.durationMin && shift.weekdays.includes(weekday);
}

/**
 * The incidents whose local time falls in the shift, for a shift forecast (say 19:00–23:00 on weekdays). `day` holds
 * day numbers; `utcOffsetMin` turns them into local clock time (0 when they already are, as parseDayNumber reads
 * CSV clocks; 480 for UTC day numbers in Asia/Shanghai). Throws HotspotInputError for a shift outside a day, no
 * weekday, or incidents that carry no time of day at all (every day number whole: dates only, so a shift would
 * keep either all or none of a day). Does not mutate input.
 */
export function pickShiftIncidents(incidents: IncidentColumns, shift: Shift, utcOffsetMin = 0): IncidentColumns {
  if (!(shift.startMin >= 0 && shift.startMin < 1440 && shift.durationMin > 0 && shift.durationMin <= 1440)) {
    throw new HotspotInputError(`a shift must start within the day and last 1–1440 minutes, got ${shift.startMin} + ${shift.durationMin}`);
  }
  if (shift.weekdays.length === 0 || shift.weekdays.some((d) => !(Number.isInteger(d) && d >= 1 && d <= 7))) {
    throw new HotspotInputError(`shift weekdays must be 1 (Mon) … 7 (Sun), got [${shift.weekdays.join(', ')}]`);
  }
  const n = incidents.day.length;
  let timed = false;
  for (let i = 0; i < n && !timed; i++) timed = incidents.day[i] !== Math.floor(incidents.day[i]);
  if (n > 0 && !timed) throw new HotspotInputError('the incidents carry dates only, no time of day: a shift forecast needs times');
  const keep: number[] = [];
  for (let i = 0; i < n; i++) if (isInShift(incidents.day[i] + utcOffsetMin / 1440, shift)) keep.push(i);
  return {
    lng: Float64Array.from(keep, (i) => incidents.lng[i]),
    lat: Float64Array.from(keep, (i) => incidents.lat[i]),
    day: Float64Array.from(keep, (i) => incidents.day[i]),
  };
}
