import { parseTimeOfDay } from '../../../core/contracts/patrol';
import { DAY_MS, MINUTE_MS, localDateKey, localIsoWeekday, startOfLocalDateKey, startOfLocalDay } from '../../../core/time';
import type { ShownRoute } from './shown-route';

/**
 * The first day, today or later in Asia/Shanghai, whose ISO weekday is one of `weekdays` (all days when empty),
 * as 'YYYY-MM-DD': the day a printed or exported route is next walked.
 */
export function nextPatrolDay(weekdays: readonly number[], now: Date): string {
  const todayMs = startOfLocalDay(now.getTime());
  for (let k = 0; k < 7; k++) {
    const dayMs = todayMs + k * DAY_MS;
    if (weekdays.length === 0 || weekdays.includes(localIsoWeekday(dayMs))) return localDateKey(dayMs);
  }
  return localDateKey(todayMs);
}

/**
 * A moment `minutes` after local midnight of `day` (Asia/Shanghai) as an ISO 8601 UTC time to the second (plans
 * have fractional minutes); past 24 h is the next day.
 */
export function localMinutesToIso(day: string, minutes: number): string {
  const ms = startOfLocalDateKey(day) + minutes * MINUTE_MS;
  return new Date(Math.round(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

const coord = (x: number) => x.toFixed(7).replace(/\.?0+$/, '');

export interface GpxOptions {
  /** The route's name (the saved name, or one made from station and window). */
  name: string;
  /** The day the times are for, 'YYYY-MM-DD' (see nextPatrolDay). */
  day: string;
  /** How a stop without a name (a hotspot cell) is named, e.g. '热点方格 cell-3-4'. */
  nameStop: (stop: ShownRoute['stops'][number], order: number) => string;
}

/**
 * The route as GPX 1.1 (https://www.topografix.com/GPX/1/1/): a <wpt> a stop, in visiting order, with its name, its
 * arrival as <time> and the visit as <desc>; then the path as one <trk> (a recorded-style line along the streets,
 * which devices draw as it is rather than re-routing a <rte>). Stops the saved route kept no place of are left out.
 */
export function buildRouteGpx(route: ShownRoute, options: GpxOptions): string {
  const startMin = parseTimeOfDay(route.window.start);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="Jingwang 警网" xmlns="http://www.topografix.com/GPX/1/1">',
    `  <metadata><name>${escapeXml(options.name)}</name><time>${localMinutesToIso(options.day, startMin)}</time></metadata>`,
  ];
  route.stops.forEach((s, k) => {
    if (!s.lngLat) return;
    const [lng, lat] = s.lngLat;
    lines.push(
      `  <wpt lat="${coord(lat)}" lon="${coord(lng)}">`,
      `    <time>${localMinutesToIso(options.day, startMin + s.arrivalMin)}</time>`,
      `    <name>${escapeXml(`${k + 1}. ${options.nameStop(s, k + 1)}`)}</name>`,
      `    <desc>${escapeXml(`${s.arrival}–${s.departure}${s.mandatory ? ' 必到' : ''}`)}</desc>`,
      `    <type>${s.kind}</type>`,
      '  </wpt>',
    );
  });
  lines.push('  <trk>', `    <name>${escapeXml(options.name)}</name>`, '    <trkseg>');
  for (const [lng, lat] of route.path) lines.push(`      <trkpt lat="${coord(lat)}" lon="${coord(lng)}"/>`);
  lines.push('    </trkseg>', '  </trk>', '</gpx>', '');
  return lines.join('\n');
}
