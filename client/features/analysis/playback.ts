/** Time playback of the heatmap: the period cut into steps, each frame showing the incidents of a sliding window. */

export type PlaybackStep = 'day' | 'hour';

export const stepMs: Record<PlaybackStep, number> = { day: 86_400_000, hour: 3_600_000 };

/** Window lengths offered for each step, in steps (the first is the default). */
export const windowChoices: Record<PlaybackStep, number[]> = { day: [7, 1, 3, 14], hour: [3, 1, 6, 24] };

export interface PlaybackSpec {
  fromMs: number;
  toMs: number;
  step: PlaybackStep;
  /** Length of the sliding window in steps (≥ 1). */
  windowSteps: number;
}

export interface Frame {
  index: number;
  /** The window [startMs, endMs): it ends at the end of step `index` and is clipped to the period's start. */
  startMs: number;
  endMs: number;
}

/** Number of frames of a spec: one a step of the period (a last partial step counts); 0 for an empty period. */
export function frameCount({ fromMs, toMs, step }: PlaybackSpec): number {
  return toMs > fromMs ? Math.ceil((toMs - fromMs) / stepMs[step]) : 0;
}

/** Frame `index` (clamped into range) of a spec; null when the period has no frame. */
export function frameAt(spec: PlaybackSpec, index: number): Frame | null {
  const n = frameCount(spec);
  if (n === 0) return null;
  const k = Math.min(n - 1, Math.max(0, Math.floor(index)));
  const endMs = Math.min(spec.toMs, spec.fromMs + (k + 1) * stepMs[spec.step]);
  const startMs = Math.max(spec.fromMs, spec.fromMs + (k + 1 - Math.max(1, spec.windowSteps)) * stepMs[spec.step]);
  return { index: k, startMs, endMs };
}

/** The first index i with times[i] ≥ value, for times sorted ascending. */
function lowerBound(times: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether times are in ascending order, as GET /api/incidents sends them (oldest first). */
export function isAscending(times: ArrayLike<number>): boolean {
  for (let i = 1; i < times.length; i++) if (times[i] < times[i - 1]) return false;
  return true;
}

/**
 * The positions ([lng0, lat0, …], EPSG:4326) of the incidents whose time (epoch seconds) falls in [startMs, endMs).
 * With `ascending` times (check once with isAscending) the answer is a view into `positions` found by binary search,
 * so a frame costs no copy; otherwise a new array. Never mutates the input.
 */
export function positionsInWindow(
  columns: { positions: Float64Array; times: ArrayLike<number> },
  startMs: number,
  endMs: number,
  ascending: boolean,
): Float64Array {
  const startS = startMs / 1000;
  const endS = endMs / 1000;
  if (ascending) {
    const lo = lowerBound(columns.times, startS);
    const hi = Math.max(lo, lowerBound(columns.times, endS));
    return columns.positions.subarray(2 * lo, 2 * hi);
  }
  const out: number[] = [];
  for (let i = 0; i < columns.times.length; i++) {
    const t = columns.times[i];
    if (t >= startS && t < endS) out.push(columns.positions[2 * i], columns.positions[2 * i + 1]);
  }
  return Float64Array.from(out);
}

/** The next frame when playing: the one after, or the first again after the last. */
export function nextFrameIndex(index: number, count: number): number {
  return count === 0 ? 0 : (index + 1) % count;
}
