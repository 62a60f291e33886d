import { languages, type Language } from './messages';

const languageKey = 'jingwang-language';

/** The language a stored value names; Chinese for nothing stored or anything else (an old or hand-edited value). */
export function parseStoredLanguage(value: string | null | undefined): Language {
  return languages.find((l) => l === value) ?? 'zh-CN';
}

// localStorage may be missing (outside a browser) or throw on access (storage disabled, some private modes).
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The language this browser last chose; Chinese when it chose none or storage is unavailable. */
export function readStoredLanguage(): Language {
  try {
    return parseStoredLanguage(storage()?.getItem(languageKey));
  } catch {
    return 'zh-CN';
  }
}

/** Remembers the chosen language for the next load; a browser that refuses storage keeps it for this page only. */
export function storeLanguage(language: Language): void {
  try {
    storage()?.setItem(languageKey, language);
  } catch {
    // Quota or a disabled storage: the switch still works until the page is reloaded.
  }
}
