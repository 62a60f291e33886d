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
  /** When the server recorded it (the incident's recordedAt), whether it came live or in the summary. */
  recordedAt: string;
  /** The call's 接警单号, the number the room quotes to the dispatch system; null when it came without one. */
  externalId: string | null;
}

/**
 * The feed: new items first by id, without duplicates (a live event may also be in the next summary's recent
 * list; the later copy wins), at most `limit` long. Does not mutate its inputs.
 *
 * By id is in the order they were reported, so a back-dated report (补录) comes in on top like any other: the map rings
 * it as it arrives and the room should see what was just filed. Placed by when it happened, a report days late would
 * fall below the rows kept and never be seen; FeedPanel dates it and tags it 补录 instead (feed-time.ts).
 */
export function mergeFeed(current: readonly FeedItem[], incoming: readonly FeedItem[], limit = 30): FeedItem[] {
  const byId = new Map<number, FeedItem>();
  for (const item of [...current, ...incoming]) byId.set(item.id, item);
  return [...byId.values()].sort((a, b) => b.id - a.id).slice(0, limit);
}

/** A live incident as a feed item. */
export function feedItemOfLive(i: LiveIncident): FeedItem {
  return { id: i.id, occurredAt: i.occurredAt, categoryCode: i.categoryCode, gridCode: i.gridCode, lng: i.lng, lat: i.lat, recordedAt: i.recordedAt, externalId: i.externalId };
}

/** The summary's recent incidents as feed items. */
export function feedItemsOfSummary(s: Pick<WallSummary, 'recent'>): FeedItem[] {
  return s.recent.map((r) => ({ id: r.id, occurredAt: r.occurredAt, categoryCode: r.categoryCode, gridCode: r.gridCode, lng: r.lng, lat: r.lat, recordedAt: r.recordedAt, externalId: r.externalId }));
}

/** A live incident the page received: when the server sent it, when it happened, and its category. */
export interface LiveArrival {
  at: string;
  occurredAt: string;
  categoryCode: string;
}

const dayMs = 24 * 3600_000;

/**
 * The summary's incident figures with the live incidents it could not count yet (those that arrived after it was
 * generated at `generatedAt`) added to every window each falls in, as the server draws them (wall.repo.ts): today
 * from local midnight `dayStartMs`, the last 7 days and the 7 before them back from `nowMs`, the same day last week
 * up to this hour; and the category's own 7-day figures. Times are the server's; one reported a moment ahead of
 * `nowMs` counts as now (a clock a few seconds off must not hide a fresh incident). Does not mutate its inputs.
 */
export function withLiveIncidents(
  figures: WallSummary['incidents'],
  arrivals: readonly LiveArrival[],
  generatedAt: string,
  nowMs: number,
  dayStartMs: number,
): WallSummary['incidents'] {
  const since = Date.parse(generatedAt);
  const weekAgoMs = nowMs - 7 * dayMs;
  const out = { ...figures, byCategory: figures.byCategory.map((c) => ({ ...c })) };
  for (const a of arrivals) {
    const occurredMs = Date.parse(a.occurredAt);
    if (!(Date.parse(a.at) > since) || occurredMs < nowMs - 14 * dayMs) continue;
    const recent = occurredMs >= weekAgoMs;
    if (occurredMs >= dayStartMs) out.today += 1;
    if (recent) out.last7d += 1;
    else out.previous7d += 1;
    if (!recent && occurredMs >= dayStartMs - 7 * dayMs) out.sameDayLastWeek += 1;
    const category = out.byCategory.find((c) => c.code === a.categoryCode);
    if (category && recent) category.last7d += 1;
    else if (category) category.previous7d += 1;
  }
  return out;
}

/** How many whole rows of `rowHeightPx` fit in `heightPx` (at least 0): the feed shows no row cut in half. */
export function wholeRowsFitting(heightPx: number, rowHeightPx: number): number {
  if (!(rowHeightPx > 0) || !(heightPx > 0)) return 0;
  return Math.floor(heightPx / rowHeightPx + 1e-6);
}
