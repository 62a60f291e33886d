import { SHANGHAI_TIME_ZONE } from '../../core/time';
import type { Language } from './messages';

/**
 * Dates and times as people read them in the language, always in the district's time (Asia/Shanghai): a browser set
 * to another zone (a laptop on UTC, the test machines) showed a plan saved at 10:50 as 2:50 AM. To the minute, as a
 * deadline or a save is read ("研判时限 2026/12/6 08:47", not 08:47:55); `seconds` where the order within a minute
 * matters (the audit log). hourCycle h23, not hour12: false, which in English wrote half past midnight as 24:30.
 */
export function createDateTimeFormatter(language: Language, { seconds = false }: { seconds?: boolean } = {}): (at: number | string) => string {
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: seconds ? 'medium' : 'short', hourCycle: 'h23', timeZone: SHANGHAI_TIME_ZONE });
  return (at) => {
    const ms = typeof at === 'number' ? at : Date.parse(at);
    return Number.isFinite(ms) ? format.format(ms) : String(at);
  };
}
