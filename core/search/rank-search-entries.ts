import { searchKinds, type SearchKind, type SearchMatch } from '../contracts/search';
import { matchSearchEntry, prepareQuery, type SearchEntry } from './match-search-entry';

export interface RankOptions<E extends SearchEntry> {
  /** The kinds to look for; all when omitted. */
  kinds?: readonly SearchKind[];
  /** At most this many results (≥ 1). */
  limit: number;
  /** Entries the caller may see (their jurisdiction); all when omitted. */
  accept?: (entry: E) => boolean;
}

export interface RankedEntry<E extends SearchEntry> {
  entry: E;
  match: SearchMatch;
}

const kindOrder = new Map(searchKinds.map((k, i) => [k, i]));

/**
 * The entries matching `query`, best first: by match (exact > prefix > words > context > pinyin, see
 * matchSearchEntry), then the finer score, then kind (areas before places before buildings, see searchKinds),
 * then the shorter name, then name and id (so equal input gives equal order). Of entries sharing a groupKey only
 * the best is kept. An empty or blank query finds nothing. Pure; does not mutate input.
 */
export function rankSearchEntries<E extends SearchEntry>(entries: readonly E[], query: string, options: RankOptions<E>): RankedEntry<E>[] {
  const q = prepareQuery(query);
  if (q.compact.length === 0 || options.limit < 1) return [];
  const kinds = options.kinds ? new Set(options.kinds) : null;
  // One bucket a match level: only the best levels are sorted, as far as the limit needs (a two-character query
  // can match thousands of addresses by their context, which then need no sorting).
  const buckets = new Map<number, Found<E>[]>();
  for (const entry of entries) {
    if (kinds && !kinds.has(entry.kind)) continue;
    if (options.accept && !options.accept(entry)) continue;
    const m = matchSearchEntry(q, entry);
    if (!m) continue;
    const found: Found<E> = { entry, match: m.match, score: m.score, kind: kindOrder.get(entry.kind)!, name: entry.names[0] ?? '' };
    const bucket = buckets.get(m.level);
    if (bucket) bucket.push(found);
    else buckets.set(m.level, [found]);
  }
  const seen = new Set<string>();
  const out: RankedEntry<E>[] = [];
  for (const level of [...buckets.keys()].sort((a, b) => b - a)) {
    const bucket = buckets.get(level)!;
    bucket.sort((a, b) => b.score - a.score || a.kind - b.kind || a.name.length - b.name.length || compare(a.name, b.name) || compare(a.entry.id, b.entry.id));
    for (const f of bucket) {
      if (f.entry.groupKey !== undefined) {
        if (seen.has(f.entry.groupKey)) continue;
        seen.add(f.entry.groupKey);
      }
      out.push({ entry: f.entry, match: f.match });
      if (out.length === options.limit) return out;
    }
  }
  return out;
}

interface Found<E> {
  entry: E;
  match: SearchMatch;
  score: number;
  kind: number;
  name: string;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
