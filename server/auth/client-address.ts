import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from '../routes/context';

/**
 * The caller's address for throttling and the audit trail: X-Forwarded-For's first entry when the
 * server sits behind a trusted proxy (TRUST_PROXY), else the socket's; 'local' for in-process requests.
 */
export function clientAddress(c: Context<AppEnv>): string {
  if (c.var.env.TRUST_PROXY) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local';
  }
}
