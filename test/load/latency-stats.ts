/** Per-route figures of one load run. Latencies in milliseconds. */
export interface RouteStats {
  route: string;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  /** Sent but not answered when the run ended (autocannon drops them at the end of its duration). */
  unfinished: number;
}

/** The nearest-rank percentile (p in 0–100) of the samples; 0 for none. Does not mutate the input. */
export function percentile(samplesMs: readonly number[], p: number): number {
  if (samplesMs.length === 0) return 0;
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** Collects one route's response times and failures as they come. */
export class RouteRecorder {
  private samplesMs: number[] = [];
  private non2xx = 0;
  private errors = 0;
  private unanswered = 0;

  constructor(readonly route: string) {}

  response(status: number, ms: number) {
    this.samplesMs.push(ms);
    if (status < 200 || status > 299) this.non2xx++;
  }

  error() {
    this.errors++;
  }

  /** Given the number of requests sent, counts those neither answered nor failed as unfinished. */
  sent(total: number) {
    this.unanswered = Math.max(0, total - this.samplesMs.length - this.errors);
  }

  stats(): RouteStats {
    const s = this.samplesMs;
    return { route: this.route, requests: s.length, p50Ms: percentile(s, 50), p95Ms: percentile(s, 95), p99Ms: percentile(s, 99), non2xx: this.non2xx, errors: this.errors, unfinished: this.unanswered };
  }
}
