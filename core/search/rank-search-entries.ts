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
  const found: { entry: E; match: SearchMatch; level: number; score: number }[] = [];
  for (const entry of entries) {
    if (kinds && !kinds.has(entry.kind)) continue;
    if (options.accept && !options.accept(entry)) continue;
    const m = matchSearchEntry(q, entry);
    if (m) found.push({ entry, ...m });
  }
  found.sort(
    (a, b) =>
      b.level - a.level ||
      b.score - a.score ||
      kindOrder.get(a.entry.kind)! - kindOrder.get(b.entry.kind)! ||
      (a.entry.names[0]?.length ?? 0) - (b.entry.names[0]?.length ?? 0) ||
      compare(a.entry.names[0] ?? '', b.entry.names[0] ?? '') ||
      compare(a.entry.id, b.entry.id),
  );
  const seen = new Set<string>();
  const out: RankedEntry<E>[] = [];
  for (const f of found) {
    if (f.entry.groupKey !== undefined) {
      if (seen.has(f.entry.groupKey)) continue;
      seen.add(f.entry.groupKey);
    }
    out.push({ entry: f.entry, match: f.match });
    if (out.length === options.limit) break;
  }
  return out;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
