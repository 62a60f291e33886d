import type { PatrolHotspotSource } from '../../../core/contracts/patrol';
import type { MessageKey } from '../../i18n/zh-CN';

/** Each hotspot source's name, as the form's toggle offers it and a route says it ('unknown': saved before it was kept). */
export const hotspotSourceLabels: Record<PatrolHotspotSource | 'unknown', MessageKey> = {
  forecast: 'patrolHotspotsForecast',
  gi: 'patrolHotspotsGi',
  unknown: 'patrolHotspotsUnknown',
};

/** What each source is, for the toggle's hover text. */
export const hotspotSourceTitles: Record<PatrolHotspotSource, MessageKey> = {
  forecast: 'patrolHotspotsForecastTitle',
  gi: 'patrolHotspotsGiTitle',
};
