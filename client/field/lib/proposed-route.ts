import { parseTimeOfDay, windowLengthMin } from '../../../core/contracts/patrol';

interface RouteSlot {
  id: string;
  window: { start: string; end: string };
}

/** Minutes from `from` forward to `to` on a 24-hour clock (0 when equal). */
const ahead = (from: number, to: number) => (((to - from) % 1440) + 1440) % 1440;

/**
 * The route 巡逻 proposes before the person picks one: the one whose slot is on now, else the next to begin. The first
 * of the list was proposed before, and at 02:30 that was a route whose 00:00–02:00 slot had ended, ahead of the
 * evening's. Slots past midnight (23:00–03:00) count as on until their end.
 */
export function proposedRouteId(routes: readonly RouteSlot[], minuteOfDay: number): string | null {
  let next: { id: string; wait: number } | null = null;
  for (const r of routes) {
    const start = parseTimeOfDay(r.window.start);
    if (ahead(start, minuteOfDay) < windowLengthMin(r.window)) return r.id;
    const wait = ahead(minuteOfDay, start);
    if (!next || wait < next.wait) next = { id: r.id, wait };
  }
  return next?.id ?? null;
}
