import type { AuditRow } from '../../core/contracts/admin';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/engine';
import type { AuditAction } from '../../core/contracts/audit';
import { withoutIpv4Mapping } from '../auth/client-address';

export interface AuditEntry {
  username: string | null;
  role: string | null;
  ip: string | null;
  method: string;
  route: string;
  action: AuditAction;
  records: string[];
  outcome: 'success' | 'denied' | 'failed';
  status: number;
  requestId: string | null;
}

export async function writeAudit(db: Db, e: AuditEntry) {
  await db.execute(sql`INSERT INTO audit_log (username, role, ip, method, route, action, records, outcome, status, request_id)
    VALUES (${e.username}, ${e.role}, ${e.ip}, ${e.method}, ${e.route}, ${e.action}, ${JSON.stringify(e.records)}::jsonb,
            ${e.outcome}, ${e.status}, ${e.requestId})`);
}

export interface AuditSearch {
  username?: string;
  action?: string;
  from?: string;
  to?: string;
  limit: number;
}

/** A row as read back: an action written before today's list may be any code. */
// The row's shape is the API's contract (core/contracts/admin.ts), which the audit view reads too.

export async function searchAudit(db: Db, q: AuditSearch): Promise<AuditRow[]> {
  const parts = [sql`TRUE`];
  if (q.username) parts.push(sql`username = ${q.username}`);
  if (q.action) parts.push(sql`action = ${q.action}`);
  if (q.from) parts.push(sql`at >= ${q.from}::timestamptz`);
  if (q.to) parts.push(sql`at < ${q.to}::timestamptz`);
  const rows = await queryRows<AuditRow>(
    db,
    sql`SELECT id::int AS id, at::text AS at, username, role, ip, method, route, action, records, outcome, status,
          request_id AS "requestId"
        FROM audit_log WHERE ${sql.join(parts, sql` AND `)} ORDER BY id DESC LIMIT ${q.limit}`,
  );
  // Rows written before addresses were normalised where they are read (client-address.ts) read the same way.
  return rows.map((r) => ({ ...r, ip: r.ip === null ? null : withoutIpv4Mapping(r.ip) }));
}
