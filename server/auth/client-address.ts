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
    if (forwarded) return withoutIpv4Mapping(forwarded.slice(0, 64));
  }
  try {
    return withoutIpv4Mapping(getConnInfo(c).remote.address ?? 'local');
  } catch {
    return 'local';
  }
}

/**
 * An IPv4 address as people write it: a dual-stack socket reports an IPv4 caller as "::ffff:127.0.0.1" (the
 * IPv4-mapped IPv6 form, RFC 4291 §2.5.5.2), which is the same caller as 127.0.0.1 — for the audit log's reader and
 * for the login throttle, which must count one caller once. Anything else is returned unchanged.
 */
export function withoutIpv4Mapping(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address.trim());
  return mapped ? mapped[1] : address;
}
