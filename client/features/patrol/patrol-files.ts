import type { Translate } from '../../i18n/messages';
import { downloadFileName } from '../../shared/download-file-name';
import type { ShownRoute } from './shown-route';

/**
 * A file name for an exported route, the start by name as the route's own name has it:
 * 巡防路线-三里坪派出所-2300-0300-步行-20261207.gpx — the kind, the station (or the picked start), the window, the
 * mode and the day it is for (a Beijing date, as nextPatrolDay gives it).
 */
export function patrolFileName(t: Translate, route: Pick<ShownRoute, 'stationName' | 'window' | 'mode'>, day: string, extension: string): string {
  const window = `${route.window.start}-${route.window.end}`.replace(/:/g, '');
  const mode = t(route.mode === 'foot' ? 'patrolModeFoot' : 'patrolModeCar');
  return downloadFileName([t('patrolExportFileWord'), route.stationName ?? t('patrolPickedPoint'), window, mode, day.replace(/-/g, '')], extension);
}
