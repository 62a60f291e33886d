import type { Context } from 'hono';
import type { AuditAction } from '../../../core/contracts/audit';
import type { OgcCollectionId } from '../../../core/contracts/ogc';
import { writeAudit } from '../../audit/audit.repo';
import { clientAddress } from '../../auth/client-address';
import type { AppEnv } from '../context';

// The collections that carry personal data (disputes' parties, masked or not): every read of them is audited.
const auditedReads: Partial<Record<OgcCollectionId, AuditAction>> = { disputes: 'ogc_read_disputes' };

/**
 * A GET is not audited by auditWrites; a read of personal data through /ogc always is, as /api/search audits a search
 * for people: who read which features, before they leave. Records name the collection and each feature read.
 */
export async function auditOgcRead(c: Context<AppEnv>, id: OgcCollectionId, featureIds: (string | number)[]) {
  const action = auditedReads[id];
  if (!action) return;
  const user = c.var.user!;
  await writeAudit(c.var.database.db, {
    username: user.username, role: user.role, ip: clientAddress(c), method: 'GET', route: c.req.routePath, action,
    records: [`collection:${id}`, ...featureIds.map(String)], outcome: 'success', status: 200, requestId: c.get('requestId') ?? null,
  });
}
