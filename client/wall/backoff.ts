/**
 * Delay before reconnect attempt number `attempt` (0 = first retry): 1 s, doubling, capped at 30 s.
 * No jitter: one wall per server, not a thundering herd.
 */
export function reconnectDelayMs(attempt: number, firstMs = 1000, maxMs = 30_000): number {
  return Math.min(maxMs, firstMs * 2 ** Math.max(0, Math.min(attempt, 30)));
}
