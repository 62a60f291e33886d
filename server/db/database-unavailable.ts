/**
 * Whether an error means the database cannot be reached just now (stopped, restarting, refusing connections) rather
 * than that the request or the code is wrong: such a request is worth retrying in a moment, so it answers 503.
 */
const unavailableCodes = new Set([
  // postgres.js's own, for a connection that could not open or was lost under a query.
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  // The socket's, while the server is down or its port is closed.
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // PostgreSQL's: admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down), too_many_connections.
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false;
  const e = err as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (unavailableCodes.has(e.code) || /^08[0-9A-Z]{3}$/.test(e.code))) return true;
  // Drizzle wraps the driver's error as its cause; a failed connect to several addresses is an AggregateError.
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
