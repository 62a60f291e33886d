/**
 * CompStat-style change of a count against the same period before, in percent (+25 = a quarter more).
 * Both counts are non-negative integers. A previous count of 0 answers 0 when the current one is 0 too,
 * and null otherwise (no base to compare with: shown as "new", not as an infinite rise).
 */
export function percentChange(current: number, previous: number): number | null {
  if (previous === 0) return current === 0 ? 0 : null;
  return ((current - previous) / previous) * 100;
}

/** Direction of a change for colouring: on a police wall a rise of incidents is bad news. */
export type ChangeTrend = 'up' | 'down' | 'flat' | 'new';

export function changeTrend(change: number | null): ChangeTrend {
  if (change === null) return 'new';
  if (Math.round(change) === 0) return 'flat';
  return change > 0 ? 'up' : 'down';
}

/** A change as signed whole percent ("+12%", "−5%", "±0%"); null (no base) as the given word. */
export function formatChange(change: number | null, newWord: string): string {
  if (change === null) return newWord;
  const rounded = Math.round(change);
  if (rounded === 0) return '±0%';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded)}%`;
}
