/** A share in [0, 1] as a percentage with one decimal (45.2%); '—' when there is nothing to divide. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${(share * 100).toFixed(1)}%`;
}
