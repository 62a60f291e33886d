import type { Translate } from '../i18n/messages';

/**
 * A patrol route's times as its crew reads them: from the window's start to when the plan ends (plannedEndOf), and
 * the shift's end beside it when the plan ends earlier ('19:00–20:34（时段至 23:00）'). A route read as 19:00–23:00 was
 * walked as a four-hour patrol where a 94-minute one was planned.
 */
export function routeTimes(t: Translate, window: { start: string; end: string }, plannedEnd: string | undefined): string {
  if (!plannedEnd || plannedEnd === window.end) return `${window.start}–${window.end}`;
  return t('patrolRouteTimes', { start: window.start, end: plannedEnd, windowEnd: window.end });
}
