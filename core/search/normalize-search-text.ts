/**
 * Text as search compares it: Unicode NFKC (full-width digits and letters, as a Chinese keyboard types them, become
 * ASCII), lower case, runs of white space (including the ideographic space) as one space, trimmed. Pure.
 */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The words of a normalized query: split on spaces and on the separators people type between words (，、·). */
export function splitSearchWords(normalized: string): string[] {
  return normalized.split(/[\s,，、·/]+/u).filter((w) => w.length > 0);
}
