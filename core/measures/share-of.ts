/** part ÷ whole rounded to 4 decimals; null when whole is not positive (nothing to divide). Every share the product shows. Pure. */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}
