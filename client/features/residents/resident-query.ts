import type { QueryOf } from '../../api/client';

/** The filters of the residents table; empty strings mean "any". */
export interface ResidentFilter {
  gridCode: string;
  kind: '' | 'registered' | 'floating';
  /** A name or ID number typed (the people search's match, audited as a people search). */
  q: string;
}

export const residentPageSize = 50;

/** The query of GET /api/residents for a filter and page offset (blank filters left out). */
export function toResidentQuery(filter: ResidentFilter, offset: number, limit = residentPageSize): QueryOf<'/api/residents'> {
  const query: QueryOf<'/api/residents'> = { limit, offset };
  const gridCode = filter.gridCode.trim();
  if (gridCode) query.gridCode = gridCode;
  if (filter.kind) query.kind = filter.kind;
  const q = filter.q.trim();
  if (q) query.q = q;
  return query;
}
