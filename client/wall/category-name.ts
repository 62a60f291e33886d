import type { WallLanguage } from './wall-messages';

/** Incident categories' names by code, as loaded from /api/incident-categories: empty until they arrive. */
export type CategoryNames = Map<string, { zh: string; en: string }>;

/**
 * A category's name in the wall's language, or undefined while the names have not loaded (or the code is not among
 * them): a code is never shown in its place.
 */
export function categoryNameOf(names: CategoryNames, code: string, language: WallLanguage): string | undefined {
  const name = names.get(code);
  return name && (language === 'en' ? name.en : name.zh);
}
