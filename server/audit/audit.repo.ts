import type { AuditRow } from '../../core/contracts/admin';
import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/engine';
import { auditLog } from '../db/schema';
import type { AuditAction } from '../../core/contracts/audit';
import { withoutIpv4Mapping } from '../auth/client-address';
import { authorNameOf } from '../db/repos/author-name-sql';

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

type Waiting = { entry: AuditEntry; done: () => void; fail: (err: unknown) => void };
const queues = new WeakMap<Db, { waiting: Waiting[]; writing: boolean }>();

/**
 * Writes a request's audit row before the request is answered, so no answered write goes unaudited. Rows that come
 * while an insert is under way go in the next insert together: one row per call, one commit per burst (under issue
 * 15's load each POST otherwise waited for a commit of its own).
 */
export function writeAudit(db: Db, entry: AuditEntry): Promise<void> {
  const queue = queues.get(db) ?? { waiting: [], writing: false };
  queues.set(db, queue);
  return new Promise((done, fail) => {
    queue.waiting.push({ entry, done, fail });
    if (!queue.writing) void insertWhileWaiting(db, queue);
  });
}

async function insertWhileWaiting(db: Db, queue: { waiting: Waiting[]; writing: boolean }) {
  queue.writing = true;
  try {
    while (queue.waiting.length > 0) {
      const group = queue.waiting.splice(0, 500);
      try {
        await db.insert(auditLog).values(group.map((w) => w.entry));
        group.forEach((w) => w.done());
      } catch (err) {
        group.forEach((w) => w.fail(err));
      }
    }
  } finally {
    queue.writing = false;
  }
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
  const rows = await db
    .select({
      id: auditLog.id,
      // Postgres's own text form, as the audit view has always been given it.
      at: sql<string>`${auditLog.at}::text`,
      username: auditLog.username,
      // Qualified: Drizzle writes a one-table select's columns bare, and a bare "username" inside the subquery would be
      // the users table's own.
      userName: authorNameOf(sql`${auditLog}.${sql.identifier('username')}`),
      role: auditLog.role,
      ip: auditLog.ip,
      method: auditLog.method,
      route: auditLog.route,
      action: auditLog.action,
      records: auditLog.records,
      outcome: auditLog.outcome,
      status: auditLog.status,
      requestId: auditLog.requestId,
    })
    .from(auditLog)
    .where(
      and(
        q.username ? eq(auditLog.username, q.username) : undefined,
        q.action ? eq(auditLog.action, q.action) : undefined,
        q.from ? gte(auditLog.at, sql`${q.from}::timestamptz`) : undefined,
        q.to ? lt(auditLog.at, sql`${q.to}::timestamptz`) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(q.limit);
  // Rows written before addresses were normalised where they are read (client-address.ts) read the same way.
  return rows.map((r) => ({ ...r, ip: r.ip === null ? null : withoutIpv4Mapping(r.ip) }));
}
