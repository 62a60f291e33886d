import type { QueryOf } from '../../api/client';
import { instantOfLocalDateTime } from '../../../core/time';

/** The audit search form: strings as typed; from/to are local date-times of the district ('2026-05-01T08:00', Asia/Shanghai) as DateField gives them. */
export interface AuditFilter {
  username: string;
  action: string;
  from: string;
  to: string;
}

export const emptyAuditFilter: AuditFilter = { username: '', action: '', from: '', to: '' };
export const auditLimit = 200;

/**
 * A local date-time ('2026-05-01T08:00') as an ISO instant (UTC), or null when it is blank or not a date. Read in the
 * district's time, as everything else on the page is: the browser's zone made 08:00 mean 16:00 on a PC set to UTC.
 */
export function localInputToIso(value: string): string | null {
  const ms = instantOfLocalDateTime(value.trim());
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
