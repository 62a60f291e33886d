import type { ProfileAnswer } from '../../../core/contracts/analysis';
import type { Translate } from '../../i18n/messages';

/**
 * What the categories-over-time chart says of its short bars: a first bar that starts with the period, mid-week
 * (or mid-day), and a last one cut where the period or the count ends. Either would otherwise read as a quiet stretch.
 */
export function seriesNotes(profile: Pick<ProfileAnswer, 'from' | 'until' | 'partial' | 'series'>, t: Translate, formatDateTime: (at: string) => string): string[] {
  const notes: string[] = [];
  if (profile.series.buckets.length === 0) return notes;
  if (profile.series.clipped.first) notes.push(t('analysisSeriesFirstClipped', { from: formatDateTime(profile.from) }));
  if (profile.partial) notes.push(t('analysisSeriesPartial', { until: formatDateTime(profile.until) }));
  else if (profile.series.clipped.last) notes.push(t('analysisSeriesLastClipped', { until: formatDateTime(profile.until) }));
  return notes;
}
