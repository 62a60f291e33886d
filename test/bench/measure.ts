import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Milliseconds of each run of `fn`. */
export interface Timing {
  label: string;
  runsMs: number[];
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Runs every case `runs` times, interleaved (a b c a b c …) so that a busy machine slows them alike;
 * one untimed warm-up round first. Never asserts: a figure is only read next to its baseline.
 */
export async function timeInterleaved(cases: { label: string; run: () => Promise<unknown> }[], runs: number): Promise<Timing[]> {
  const timings = cases.map((c) => ({ label: c.label, runsMs: [] as number[] }));
  for (let round = -1; round < runs; round++) {
    for (const [k, c] of cases.entries()) {
      const start = performance.now();
      await c.run();
      if (round >= 0) timings[k].runsMs.push(performance.now() - start);
    }
  }
  return timings;
}

/** Lines like "  repo findIncidentColumns (JSON)   812 ms  ×1.23  of baseline …", the first timing being the baseline. */
export function formatRatios(timings: Timing[]): string[] {
  const base = median(timings[0].runsMs);
  const width = Math.max(...timings.map((t) => t.label.length));
  return timings.map((t, k) => {
    const ms = median(t.runsMs);
    const spread = `(runs ${t.runsMs.map((x) => x.toFixed(0)).join(', ')})`;
    const ratio = k === 0 ? 'baseline' : `×${(ms / base).toFixed(2)}`;
    return `  ${t.label.padEnd(width)}  ${ms.toFixed(0).padStart(6)} ms  ${ratio.padEnd(8)}  ${spread}`;
  });
}

let gc: (() => void) | undefined;
/** A full garbage collection (node is not started with --expose-gc by `npm run bench`, so it is enabled here). */
export function collectGarbage() {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

export interface MemoryDelta {
  maxRssGrowthMiB: number; // growth of the process's lifetime maximum RSS (the kernel's, so no sample is missed)
  peakRssMiB: number;
  peakHeapMiB: number;
  retainedHeapMiB: number;
}

/**
 * Peak RSS and heap above the level before `fn` (sampled every 5 ms, so synchronous stretches are missed;
 * maxRssGrowthMiB is not), and the heap still held after a GC.
 */
export async function measureMemory(fn: () => Promise<unknown>): Promise<MemoryDelta> {
  collectGarbage();
  const before = process.memoryUsage();
  const maxRssBeforeKiB = process.resourceUsage().maxRSS;
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 5);
  // Held until the last sample, so the peak counts what fn returned; dropped below before the GC.
  // eslint-disable-next-line no-useless-assignment
  let result: unknown = await fn();
  sample();
  clearInterval(timer);
  result = undefined;
  void result;
  collectGarbage();
  const mib = (b: number) => b / 1024 / 1024;
  return {
    maxRssGrowthMiB: (process.resourceUsage().maxRSS - maxRssBeforeKiB) / 1024,
    peakRssMiB: mib(peakRss - before.rss),
    peakHeapMiB: mib(peakHeap - before.heapUsed),
    retainedHeapMiB: mib(process.memoryUsage().heapUsed - before.heapUsed),
  };
}

export function formatMemory(label: string, m: MemoryDelta): string {
  return `  ${label}: max RSS +${m.maxRssGrowthMiB.toFixed(0)} MiB, sampled peak RSS +${m.peakRssMiB.toFixed(0)} MiB, peak heap +${m.peakHeapMiB.toFixed(0)} MiB, heap retained after GC +${m.retainedHeapMiB.toFixed(0)} MiB`;
}
