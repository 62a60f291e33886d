/**
 * postgres.js runs an array-type query first on every new connection and drops its promise, so a connection lost at
 * that moment (a PostgreSQL restart, a standby stopping) rejects with nobody listening (porsager/postgres#1192, #1223,
 * open in 3.4.9). The query that needed the connection fails, or succeeds on a retry, on its own; only this stray
 * rejection is known to be harmless. Turning fetch_types off would avoid it but leaves array columns unparsed.
 */
export function isDroppedTypeFetch(err: unknown): boolean {
  const query = (err as { query?: unknown } | null)?.query;
  return typeof query === 'string' && /\bb\.typarray\b/.test(query) && /pg_catalog\.pg_type/.test(query);
}
