import type { SearchAnswer, SearchKind } from '../../core/contracts/search';
import { api, answerOf, type QueryOf } from './client';

// GET /api/search (issue 11, part 6). Kept apart from endpoints.ts, which other views share.

/** The query of GET /api/search: q as typed (trimmed), kinds comma-separated when given, the limit. */
export function toSearchParams(q: string, kinds?: readonly SearchKind[], limit?: number): QueryOf<'/api/search'> {
  const params: QueryOf<'/api/search'> = { q: q.trim() };
  if (kinds && kinds.length > 0) params.kinds = kinds.join(',');
  if (limit !== undefined) params.limit = limit;
  return params;
}

/** Places (and, for a role that may read personal data, people) by name, within the user's scope, best first. */
export const searchByName = (q: string, options: { kinds?: readonly SearchKind[]; limit?: number } = {}, signal?: AbortSignal): Promise<SearchAnswer> =>
  answerOf(api.GET('/api/search', { params: { query: toSearchParams(q, options.kinds, options.limit) }, signal }));
