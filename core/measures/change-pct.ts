/**
 * 警情环比: the change against the previous period in percent, rounded to 0.1, (current − previous) / previous × 100;
 * null when the previous period had none (a change from nothing has no percentage). The analysis's totals and its
 * rows per grid and beat both read it from here. Pure.
 */
export function changePct(current: number, previous: number): number | null {
  if (!(previous > 0)) return null;
  return Math.round(((current - previous) / previous) * 1000) / 10;
}
