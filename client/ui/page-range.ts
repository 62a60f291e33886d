/** Which rows a page shows (1-based, inclusive; from 0 when there are none) and whether there are pages either side. */
export function pageRange(total: number, offset: number, limit: number) {
  const from = total === 0 ? 0 : Math.min(offset + 1, total);
  const to = Math.min(offset + limit, total);
  return { from, to, hasPrevious: offset > 0, hasNext: offset + limit < total };
}
