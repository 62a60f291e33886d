/**
 * Counts requests per key in fixed windows (a minute, for the machine tokens of issue 14). A maintained library
 * (hono-rate-limiter) would fit Hono, but it is not installed here; this is the few lines the one use needs. Counts
 * live in this process: behind several API processes each lets a token through at the full rate. Kept so for WORKERS=N
 * (issue 15), documented as N times the limit: a count in the database would cost a write per machine request and a
 * table, and a count divided by N would starve a client whose one keep-alive connection stays with one worker.
 */
export class FixedWindowLimiter {
  private windowStartMs = 0;
  private readonly counts = new Map<string, number>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request of `key`; refused when the key is past its limit in this window, with the seconds left. */
  hit(key: string): { allowed: true } | { allowed: false; retryAfterS: number } {
    const nowMs = this.now();
    const start = nowMs - (nowMs % this.windowMs);
    if (start !== this.windowStartMs) {
      // A new window forgets every key, so the map holds only the tokens used in the last minute.
      this.windowStartMs = start;
      this.counts.clear();
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    if (count <= this.limit) return { allowed: true };
    return { allowed: false, retryAfterS: Math.max(1, Math.ceil((start + this.windowMs - nowMs) / 1000)) };
  }
}
