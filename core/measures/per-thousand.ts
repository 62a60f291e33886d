/**
 * count per 1,000 of `people` rounded to 2 decimals; null when there are no people. 千人警情 and the analysis's
 * 每千人 both, so one grid's rate reads the same in every view. Pure.
 */
export function perThousand(count: number, people: number): number | null {
  return people > 0 ? Math.round((count * 1000 * 100) / people) / 100 : null;
}
