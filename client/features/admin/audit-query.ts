import type { QueryOf } from '../../api/client';
import { isoOfLocalDateTime } from '../../../core/time';

/** The audit search form: strings as typed; from/to are local date-times of the district ('2026-05-01T08:00', Asia/Shanghai) as DateField gives them. */
export interface AuditFilter {
  username: string;
  action: string;
  from: string;
  to: string;
}

export const emptyAuditFilter: AuditFilter = { username: '', action: '', from: '', to: '' };
export const auditLimit = 200;

/** The query of GET /api/admin/audit for a filter: blank fields left out, times as ISO instants read in Shanghai. */
export function toAuditQuery(filter: AuditFilter, limit = auditLimit): QueryOf<'/api/admin/audit'> {
  const query: QueryOf<'/api/admin/audit'> = { limit };
  if (filter.username.trim()) query.username = filter.username.trim();
  if (filter.action.trim()) query.action = filter.action.trim();
  const from = isoOfLocalDateTime(filter.from);
  const to = isoOfLocalDateTime(filter.to);
  if (from) query.from = from;
  if (to) query.to = to;
  return query;
}
