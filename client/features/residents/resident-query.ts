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
