import type { DisputeStatus, Remit } from '../../core/disputes';
import type { PersonRole } from '../../core/contracts/workforce';
import { keyPlaceLabels } from '../../client/features/layers/key-place-labels';
import { remitLabels, statusLabels } from '../../client/shared/dispute-labels';
import { personRoleLabels } from '../../client/shared/workforce-labels';
import { en } from '../../client/i18n/en';
import { zhCN, type MessageKey } from '../../client/i18n/zh-CN';
import type { Language } from './language';

// The server names a state (or a role) as the interface does: the client's dictionaries are the one source of these words, so a
// refusal reads 「已移交」 exactly where the disputes page shows 已移交 (issue 12). Both files are plain data.
const dictionaries: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

/** An interface word in one language; English words are lowered to sit inside a sentence. */
function word(language: Language, key: MessageKey): string {
  const text = dictionaries[language][key];
  return language === 'en' ? text.toLowerCase() : text;
}

/** A dispute state as the interface names it: 「已移交」 / referred. */
export function statusWord(language: Language, status: DisputeStatus): string {
  const text = word(language, statusLabels[status]);
  return language === 'zh-CN' ? `「${text}」` : text;
}

/** A remit as the interface names it: 「影响稳定（上报街道综治办）」 / stability (street office). */
export function remitWord(language: Language, remit: Remit): string {
  const text = word(language, remitLabels[remit]);
  return language === 'zh-CN' ? `「${text}」` : text;
}

/** A workforce role as the interface names it: 网格长 / grid leader. */
export function personRoleWord(language: Language, role: PersonRole): string {
  return word(language, personRoleLabels[role]);
}

/** Each code's interface word in Chinese, the language of the data (names in features and files): { neighbour: '邻里纠纷', … }. */
export function chineseWords<K extends string>(labels: Record<K, MessageKey>): Record<K, string> {
  return Object.fromEntries(Object.entries<MessageKey>(labels).map(([code, key]) => [code, zhCN[key]])) as Record<K, string>;
}

/** Each kind of key place in Chinese (学校, 党政机关), as the map's legend names it: for search and the OGC features. */
export const keyPlaceKindWords = chineseWords(keyPlaceLabels);
