/** One bar of a small bar list: its share of the longest bar (0–1) for the width. */
export interface Bar<K extends string> {
  key: K;
  count: number;
  share: number;
}

/**
 * Counts as bars, most first (ties by key), each sized against the largest; zero and missing counts are left out.
 * Does not mutate input.
 */
export function barsOf<K extends string>(counts: Partial<Record<K, number>>): Bar<K>[] {
  const entries = (Object.entries(counts) as [K, number | undefined][]).filter((e): e is [K, number] => typeof e[1] === 'number' && e[1] > 0);
  const max = Math.max(0, ...entries.map(([, n]) => n));
  return entries
    .sort(([a, n], [b, m]) => m - n || (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, count]) => ({ key, count, share: max === 0 ? 0 : count / max }));
}

/** Whether a freshness share is below the line the wall and the map use for poor coverage (coverageBreaks, 70%). */
export const staleBelow = 0.7;
