/** Search by name and naming by the nearest place (issue 11, part 6). Pure. */
export { createPlaceLocator, type NamedPoint, type NearestPlace, type PlaceLocator } from './create-place-locator';
export { describeNearPlace, NEAR_PLACE_M } from './describe-near-place';
export { distinguishSharedNames } from './distinguish-shared-names';
export { matchSearchEntry, prepareQuery, type EntryMatch, type PreparedQuery, type SearchEntry } from './match-search-entry';
export { normalizeSearchText, splitSearchWords } from './normalize-search-text';
export { prepareSearchEntry, type SearchEntryInput } from './prepare-search-entry';
export { rankSearchEntries, type RankedEntry, type RankOptions } from './rank-search-entries';
export { shortAddress } from './short-address';
export { spellPinyin, type PinyinKeys } from './spell-pinyin';
