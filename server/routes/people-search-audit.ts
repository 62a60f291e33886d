import type { Context } from 'hono';
import { writeAudit } from '../audit/audit.repo';
import { clientAddress } from '../auth/client-address';
import type { AppEnv } from './context';

/**
 * A GET is not audited by auditWrites; a search for people always is, allowed or refused, with what was asked and
 * found: the people search (/api/search) and the residents list filtered by a name or ID number (/api/residents?q=).
 */
export async function auditPeopleSearch(c: Context<AppEnv>, route: string, records: string[], status: 200 | 403) {
  const user = c.var.user!;
  await writeAudit(c.var.database.db, {
    username: user.username, role: user.role, ip: clientAddress(c), method: 'GET', route, action: 'search_people',
    records, outcome: status === 200 ? 'success' : 'denied', status, requestId: c.get('requestId') ?? null,
  });
}
