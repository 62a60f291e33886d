import type { QueryOf } from '../../api/client';

/** The audit search form: strings as typed; from/to are datetime-local values ("2026-05-01T08:00") in the browser's zone. */
export interface AuditFilter {
  username: string;
  action: string;
  from: string;
  to: string;
}

export const emptyAuditFilter: AuditFilter = { username: '', action: '', from: '', to: '' };
export const auditLimit = 200;

/** A datetime-local value as an ISO instant (UTC), or null when it is blank or not a date. */
export function localInputToIso(value: string): string | null {
  if (!value.trim()) return null;
  const ms = new Date(value).getTime(); // a date-time without zone is read in the browser's zone
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/** The query of GET /api/admin/audit for a filter: blank fields left out, times as ISO instants. */
export function toAuditQuery(filter: AuditFilter, limit = auditLimit): QueryOf<'/api/admin/audit'> {
  const query: QueryOf<'/api/admin/audit'> = { limit };
  if (filter.username.trim()) query.username = filter.username.trim();
  if (filter.action.trim()) query.action = filter.action.trim();
  const from = localInputToIso(filter.from);
  const to = localInputToIso(filter.to);
  if (from) query.from = from;
  if (to) query.to = to;
  return query;
}
