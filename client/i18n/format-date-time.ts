import { SHANGHAI_TIME_ZONE } from '../../core/time';
import type { Language } from './messages';

/**
 * Dates and times as people read them in the language, always in the district's time (Asia/Shanghai): a browser set
 * to another zone (a laptop on UTC, the test machines) showed a plan saved at 10:50 as 2:50 AM.
 */
export function createDateTimeFormatter(language: Language): (at: number | string) => string {
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'medium', hour12: false, timeZone: SHANGHAI_TIME_ZONE });
  return (at) => {
    const ms = typeof at === 'number' ? at : Date.parse(at);
    return Number.isFinite(ms) ? format.format(ms) : String(at);
  };
}
