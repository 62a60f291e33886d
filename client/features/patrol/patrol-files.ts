import type { ShownRoute } from './shown-route';

/**
 * A file name for an exported route: PS01-patrol-1900-2300-foot-20260310.gpx — the station (or 'point'), the window,
 * the mode and the day it is for, in ASCII so every device and mail system keeps it.
 */
export function patrolFileName(route: Pick<ShownRoute, 'stationCode' | 'window' | 'mode'>, day: string, extension: string): string {
  const station = (route.stationCode ?? 'point').replace(/[^0-9A-Za-z_-]/g, '');
  const window = `${route.window.start}-${route.window.end}`.replace(/:/g, '');
  return `${station}-patrol-${window}-${route.mode}-${day.replace(/-/g, '')}.${extension}`;
}
