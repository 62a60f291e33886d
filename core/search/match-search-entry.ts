import type { SearchKind, SearchMatch } from '../contracts/search';
import { normalizeSearchText, splitSearchWords } from './normalize-search-text';
import type { PinyinKeys } from './spell-pinyin';

/** A thing search can find, with its text prepared (see prepareSearchEntry): pure data, built once per index. */
export interface SearchEntry {
  kind: SearchKind;
  id: string;
  /** Names a person may type (the display name first, then aliases), normalized and without spaces. */
  names: string[];
  /** Codes a person may type (a grid's 15 digits), normalized. */
  codes: string[];
  /** Everything else the entry is known by (full address, community, street), normalized: the weaker 'context' match. */
  text: string;
  /** The pinyin of each name. */
  pinyin: PinyinKeys[];
  /** Entries with the same key are one thing found twice (an address and its building): only the best is kept. */
  groupKey?: string;
}

/** A query prepared once for matching many entries. */
export interface PreparedQuery {
  /** Normalized, spaces removed. */
  compact: string;
  words: string[];
  /** Latin letters only (for pinyin), or null. */
  latin: string | null;
  /** Digits and letters only (for codes), or null. */
  code: string | null;
}

export function prepareQuery(query: string): PreparedQuery {
  const normalized = normalizeSearchText(query);
  const compact = normalized.replace(/ /g, '');
  return {
    compact,
    words: splitSearchWords(normalized),
    latin: /^[a-z]+$/.test(compact) ? compact : null,
    code: /^[0-9a-z-]+$/.test(compact) ? compact : null,
  };
}

/** How well an entry matched: the level, then a finer score within it (higher is better). */
export interface EntryMatch {
  match: SearchMatch;
  level: number;
  score: number;
}

const levels: Record<SearchMatch, number> = { exact: 5, prefix: 4, words: 3, context: 2, pinyin: 1 };
const hit = (match: SearchMatch, score = 0): EntryMatch => ({ match, level: levels[match], score });

/**
 * How `entry` matches `q`, or null: exact (a name or code is the query) > prefix (a name starts with it, or a code
 * starts or ends with it — "the last digits" of a grid code) > words (every word of the query is in one name) >
 * context (every word is somewhere in what the entry is known by) > pinyin (the initials or the whole pinyin of a
 * name start with, or the initials contain, what was typed in Latin letters). Pure.
 */
export function matchSearchEntry(q: PreparedQuery, entry: SearchEntry): EntryMatch | null {
  if (q.compact.length === 0) return null;
  let best: EntryMatch | null = null;
  for (const name of entry.names) {
    if (name === q.compact) return hit('exact');
    // A shorter name that starts with the query is the closer one (三里坪社区 before 三里坪社区第1网格).
    if (name.startsWith(q.compact)) best = better(best, hit('prefix', -name.length));
    else if (q.words.every((w) => name.includes(w))) best = better(best, hit('words', -name.indexOf(q.words[0])));
  }
  if (q.code) {
    for (const code of entry.codes) {
      if (code === q.code) return hit('exact');
      if (q.code.length >= 3 && (code.endsWith(q.code) || code.startsWith(q.code))) best = better(best, hit('prefix', q.code.length - code.length));
    }
  }
  if (best) return best;
  if (q.words.every((w) => entry.text.includes(w))) return hit('context');
  if (q.latin) {
    for (const p of entry.pinyin) {
      if (p.initials.startsWith(q.latin) || p.full.startsWith(q.latin)) best = better(best, hit('pinyin', 1));
      else if (q.latin.length >= 2 && p.initials.includes(q.latin)) best = better(best, hit('pinyin', 0));
    }
  }
  return best;
}

function better(a: EntryMatch | null, b: EntryMatch): EntryMatch {
  return !a || b.level > a.level || (b.level === a.level && b.score > a.score) ? b : a;
}
