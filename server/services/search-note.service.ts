import type { Scope } from '../../core/contracts/auth';
import type { Db } from '../db/engine';
import { readJurisdiction } from '../db/repos/jurisdiction.repo';
import { findAreasOutsideScope } from '../db/repos/search.repo';
import type { Language } from '../i18n/language';
import { say } from '../i18n/messages';

/**
 * What a user with a jurisdiction reads when their search finds nothing: which streets, communities or grids of that
 * name lie outside it (their map shows those names already), or that nothing of that name lies inside it. A bare
 * 没有找到 had them doubt the search, since the district-wide user finds the same words.
 */
export async function explainEmptySearch(db: Db, language: Language, q: string, scope: Scope): Promise<string> {
  const [areas, { names }] = await Promise.all([findAreasOutsideScope(db, q, scope), readJurisdiction(db, scope)]);
  const jurisdiction = names.length > 0 ? names : '—';
  const quote = (list: string[]) => (language === 'zh-CN' ? list.map((n) => `「${n}」`).join('') : list.map((n) => `“${n}”`).join(', '));
  const parts: string[] = [];
  if (areas.outside.length > 0) parts.push(say(language, 'search_outside_scope', { names: quote(areas.outside), jurisdiction }));
  if (areas.partly.length > 0) parts.push(say(language, 'search_partly_in_scope', { names: quote(areas.partly), jurisdiction }));
  if (parts.length === 0) return say(language, 'search_none_in_scope', { q, jurisdiction });
  return parts.join(language === 'zh-CN' ? '；' : '; ');
}
