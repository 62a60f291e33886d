import type { WallText } from './wall-messages';

/** How long the wall may go without an answer or a live event before its figures are marked stale. */
export const staleAfterMs = 2 * 60_000;

/**
 * How current the wall's figures are: nothing heard yet; fresh, updated at a Beijing time 'HH:MM:SS'; or stale,
 * not updated for whole `minutes` (at least 2) since `at`.
 */
export type Freshness = { kind: 'waiting' } | { kind: 'fresh'; at: string } | { kind: 'stale'; at: string; minutes: number };

const timeFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** Freshness of figures last refreshed at `lastHeardMs` (page clock; null: never), seen at `nowMs`. */
export function freshnessOf(lastHeardMs: number | null, nowMs: number, staleAfter = staleAfterMs): Freshness {
  if (lastHeardMs === null) return { kind: 'waiting' };
  const at = timeFormat.format(lastHeardMs);
  const sinceMs = nowMs - lastHeardMs;
  return sinceMs > staleAfter ? { kind: 'stale', at, minutes: Math.floor(sinceMs / 60_000) } : { kind: 'fresh', at };
}

/** The header's words for a freshness: 「数据更新于 10:02:03」 or 「数据已 3 分钟未更新」; empty while waiting. */
export function freshnessLabel(f: Freshness, t: WallText): string {
  if (f.kind === 'waiting') return '';
  return f.kind === 'fresh' ? t('updatedAt').replace('{time}', f.at) : t('notUpdatedFor').replace('{minutes}', String(f.minutes));
}

/**
 * The notice across the wall while its figures are stale, with the time of the figures still shown:
 * 「数据已 3 分钟未更新（最后更新 10:02:03）」; null while fresh or waiting.
 */
export function staleNotice(f: Freshness, t: WallText): string | null {
  if (f.kind !== 'stale') return null;
  return t('staleNotice').replace('{minutes}', String(f.minutes)).replace('{time}', f.at);
}
