import { Hono } from 'hono';
import { defaultSearchKinds, looksLikeIdNumber, SearchQuerySchema, type SearchAnswer, type SearchKind } from '../../../core/contracts/search';
import { allow } from '../../auth/auth.middleware';
import { personalDataReaders, staff } from '../../auth/roles';
import { search } from '../../db/repos/search.repo';
import { requestLanguage } from '../../i18n/language';
import { explainEmptySearch } from '../../services/search-note.service';
import type { AppEnv } from '../context';
import { auditPeopleSearch } from '../people-search-audit';
import { apiError } from '../../i18n/messages';
import { validate } from '../validate';
import { SearchAnswerSchema } from '../../../core/contracts/search';
import { ApiErrorSchema } from '../../../core/contracts/api-error';
import { describe } from '../../openapi/describe';


/**
 * GET /api/search (issue 11, part 6): standard addresses, buildings, compounds, communities, streets, grids (by name
 * or code), key places and stations by name, within the caller's scope; people (kinds=people, or a q that is an ID
 * number) only for the roles that may read personal data, masked, every search audited.
 */
export const searchRouter = new Hono<AppEnv>().get('/search', describe('地址、地点与人员搜索 / search places, and people for those who may', { 200: SearchAnswerSchema, 403: ApiErrorSchema }), allow(staff), validate('query', SearchQuerySchema), async (c) => {
  const query = c.req.valid('query');
  const user = c.var.user!;
  const kinds: readonly SearchKind[] = query.kinds ?? (looksLikeIdNumber(query.q) ? ['person'] : defaultSearchKinds);
  const people = kinds.includes('person');
  if (people && !personalDataReaders.includes(user.role)) {
    await auditPeopleSearch(c, '/api/search', [`q:${query.q}`], 403);
    return c.json(apiError(c, 'forbidden', 'people_search_refused'), 403);
  }
  const results = await search(c.var.database.db, { q: query.q, kinds, limit: query.limit }, user.scope);
  if (people) await auditPeopleSearch(c, '/api/search', [`q:${query.q}`, ...results.filter((r) => r.kind === 'person').map((r) => r.id)], 200);
  const answer: SearchAnswer = { q: query.q, results };
  if (results.length === 0 && user.scope.kind !== 'district') answer.note = await explainEmptySearch(c.var.database.db, requestLanguage(c), query.q, user.scope);
  return c.json(answer, 200);
});
