import type { LiveIncident } from '../../core/contracts/live';
import type { WallSummary } from '../../core/contracts/wall';

/** One line of the live feed. */
export interface FeedItem {
  id: number;
  occurredAt: string;
  categoryCode: string;
  gridCode: string | null; // to find its name (feed-place.ts); never shown
  lng: number;
  lat: number;
}

/**
 * The feed: new items first by id, without duplicates (a live event may also be in the next summary's recent
 * list), at most `limit` long. Does not mutate its inputs.
 */
export function mergeFeed(current: readonly FeedItem[], incoming: readonly FeedItem[], limit = 30): FeedItem[] {
  const byId = new Map<number, FeedItem>();
  for (const item of [...current, ...incoming]) byId.set(item.id, item);
  return [...byId.values()].sort((a, b) => b.id - a.id).slice(0, limit);
}

export function feedItemOfLive(i: LiveIncident): FeedItem {
  return { id: i.id, occurredAt: i.occurredAt, categoryCode: i.categoryCode, gridCode: i.gridCode, lng: i.lng, lat: i.lat };
}

export function feedItemsOfSummary(s: WallSummary): FeedItem[] {
  return s.recent.map((r) => ({ id: r.id, occurredAt: r.occurredAt, categoryCode: r.categoryCode, gridCode: r.gridCode, lng: r.lng, lat: r.lat }));
}

/**
 * How many live incidents happened today (local day starting at dayStartMs) that the summary generated at
 * `generatedAt` could not count yet: those that arrived after it. Both times are the server's.
 */
export function liveTodayExtra(arrivals: readonly { at: string; occurredAt: string }[], generatedAt: string, dayStartMs: number): number {
  const since = Date.parse(generatedAt);
  return arrivals.filter((a) => Date.parse(a.at) > since && Date.parse(a.occurredAt) >= dayStartMs).length;
}

/** How many whole rows of `rowHeightPx` fit in `heightPx` (at least 0): the feed shows no row cut in half. */
export function wholeRowsFitting(heightPx: number, rowHeightPx: number): number {
  if (!(rowHeightPx > 0) || !(heightPx > 0)) return 0;
  return Math.floor(heightPx / rowHeightPx + 1e-6);
}
