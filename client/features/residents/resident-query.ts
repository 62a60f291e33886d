/** The filters of the residents table; empty strings mean "any". */
export interface ResidentFilter {
  gridCode: string;
  kind: '' | 'registered' | 'floating';
}

export const residentPageSize = 50;

/** The query string of GET /api/residents for a filter and page offset (blank filters left out). */
export function toResidentSearch(filter: ResidentFilter, offset: number, limit = residentPageSize): string {
  const params = new URLSearchParams({ limit: String(limit), offset: String(offset) });
  const gridCode = filter.gridCode.trim();
  if (gridCode) params.set('gridCode', gridCode);
  if (filter.kind) params.set('kind', filter.kind);
  return params.toString();
}

/** Which rows a page shows (1-based, inclusive; from 0 when there are none) and whether there are pages either side. */
export function pageRange(total: number, offset: number, limit = residentPageSize) {
  const from = total === 0 ? 0 : Math.min(offset + 1, total);
  const to = Math.min(offset + limit, total);
  return { from, to, hasPrevious: offset > 0, hasNext: offset + limit < total };
}
