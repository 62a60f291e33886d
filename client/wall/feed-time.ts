import { localClockTime, localDateKey, localFields } from '../../core/time';
import type { FeedItem } from './feed';
import type { WallText } from './wall-messages';

/** How a feed row says when its incident happened. */
export interface FeedWhen {
  /** The local date when that is not today ('12月3日', with the year when not this year), else null. */
  date: string | null;
  /** Local time of day, 'HH:mm:ss'. */
  time: string;
  /** Recorded on a later local day than it happened (补录): not in today's count, though it may have just come in. */
  late: boolean;
}

/**
 * When a feed row's incident happened, seen at `nowMs`, in Asia/Shanghai. A row of today shows its time alone; one of
 * another day shows its date too, so that a back-dated report arriving now is not read as happening now (QA finding:
 * 14:05 on top of the feed, though it was three days ago). `late` compares the day it happened with the day the server
 * recorded it (`recordedAt`, stored with the incident, so a reload keeps it): yesterday's incident still on the feed
 * after midnight is dated, not late.
 */
export function feedWhen(item: Pick<FeedItem, 'occurredAt' | 'recordedAt'>, nowMs: number, t: WallText): FeedWhen {
  const occurredMs = Date.parse(item.occurredAt);
  const day = localDateKey(occurredMs);
  const late = day < localDateKey(Date.parse(item.recordedAt));
  return { date: day === localDateKey(nowMs) ? null : dateText(occurredMs, nowMs, t), time: localClockTime(occurredMs), late };
}

function dateText(ms: number, nowMs: number, t: WallText): string {
  const { year, month, day } = localFields(ms);
  const words = year === localFields(nowMs).year ? t('feedDate') : t('feedDateWithYear');
  return words.replace('{year}', String(year)).replace('{month}', t('months').split(',')[month - 1]).replace('{day}', String(day));
}
