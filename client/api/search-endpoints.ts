import type { SearchAnswer, SearchKind } from '../../core/contracts/search';
import { getJson } from './http';

// GET /api/search (issue 11, part 6). Kept apart from endpoints.ts, which other views share.

/** The query string of GET /api/search: q as typed (trimmed), kinds comma-separated when given, the limit. */
export function toSearchQuery(q: string, kinds?: readonly SearchKind[], limit?: number): string {
  const params = new URLSearchParams({ q: q.trim() });
  if (kinds && kinds.length > 0) params.set('kinds', kinds.join(','));
  if (limit !== undefined) params.set('limit', String(limit));
  return params.toString();
}

/** Places (and, for a role that may read personal data, people) by name, within the user's scope, best first. */
export const searchByName = (q: string, options: { kinds?: readonly SearchKind[]; limit?: number } = {}, signal?: AbortSignal) =>
  getJson<SearchAnswer>(`/api/search?${toSearchQuery(q, options.kinds, options.limit)}`, signal);
