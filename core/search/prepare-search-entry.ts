import type { SearchKind } from '../contracts/search';
import type { SearchEntry } from './match-search-entry';
import { normalizeSearchText } from './normalize-search-text';
import { spellPinyin, type PinyinKeys } from './spell-pinyin';

export interface SearchEntryInput {
  kind: SearchKind;
  id: string;
  /** The display name first, then other names a person may type for it. Blank ones are ignored. */
  names: readonly string[];
  codes?: readonly string[];
  /** Anything else it is known by (full address, community, street); null and undefined are left out. */
  context?: readonly (string | null | undefined)[];
  groupKey?: string;
}

/**
 * A search entry with its text normalized and its names spelled in pinyin. `spell` defaults to spellPinyin; pass a
 * memoized one when building many entries whose names repeat (an index rebuilt every minute). Does not mutate input.
 */
export function prepareSearchEntry(input: SearchEntryInput, spell: (name: string) => PinyinKeys = spellPinyin): SearchEntry {
  const names = [...new Set(input.names.map((n) => normalizeSearchText(n).replace(/ /g, '')).filter((n) => n.length > 0))];
  return {
    kind: input.kind,
    id: input.id,
    names,
    codes: (input.codes ?? []).map((c) => normalizeSearchText(c)),
    text: normalizeSearchText([...input.names, ...(input.context ?? [])].filter((t) => t).join(' ')),
    pinyin: names.map(spell),
    ...(input.groupKey ? { groupKey: input.groupKey } : {}),
  };
}
