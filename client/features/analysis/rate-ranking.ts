import type { RateRow } from '../../../core/contracts/analysis';

/** The numeric measures of a rate row a table can rank by. */
export const rateMeasures = ['count', 'per1000', 'previous', 'changePct'] as const;
export type RateMeasure = (typeof rateMeasures)[number];

export function isRateMeasure(id: string): id is RateMeasure {
  return (rateMeasures as readonly string[]).includes(id);
}

/**
 * The codes of the `n` rows with the highest value of a measure (ties by code), skipping rows without a value
 * (changePct null) and rows at zero: a place with no incidents is never "top". Does not mutate `rows`.
 */
export function topCodes(rows: readonly RateRow[], measure: RateMeasure, n: number): Set<string> {
  const ranked = rows
    .filter((r) => r[measure] !== null && (r[measure] as number) > 0)
    .sort((a, b) => (b[measure] as number) - (a[measure] as number) || a.code.localeCompare(b.code));
  return new Set(ranked.slice(0, Math.max(0, n)).map((r) => r.code));
}
