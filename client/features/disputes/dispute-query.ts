import type { DisputeQuery, DisputeType, RiskLevel } from '../../../core/contracts/disputes';
import type { DisputeStatus } from '../../../core/disputes';
import type { QueryOf } from '../../api/client';

/** The filters of the disputes list; empty strings mean "any". */
export interface DisputeFilter {
  q: string;
  status: DisputeStatus | '';
  type: DisputeType | '';
  risk: RiskLevel | '';
  overdue: '' | 'true' | 'false';
  grid: string;
}

export const emptyDisputeFilter: DisputeFilter = { q: '', status: '', type: '', risk: '', overdue: '', grid: '' };

export type DisputeSort = DisputeQuery['sort'];

/**
 * The columns the server can sort by, and the one direction it sorts each: registered newest first, risk highest
 * first, deadline soonest first (GET /api/disputes?sort=…). The table shows that direction and offers no other.
 */
export const sortableColumns = {
  registeredAt: { sort: 'registered', desc: true },
  riskScore: { sort: 'risk', desc: true },
  dueAt: { sort: 'due', desc: false },
} as const satisfies Record<string, { sort: DisputeSort; desc: boolean }>;
export type SortableColumn = keyof typeof sortableColumns;

export const disputePageSizes = [20, 50, 100] as const;

/** The table's sorting state for a server sort (one column, its fixed direction). */
export function sortingOf(sort: DisputeSort): { id: SortableColumn; desc: boolean }[] {
  const [id, c] = Object.entries(sortableColumns).find(([, c]) => c.sort === sort)!;
  return [{ id: id as SortableColumn, desc: c.desc }];
}

/** The server sort a table sorting asks for: its first column if the server sorts by it, else `fallback`. */
export function sortOfSorting(sorting: readonly { id: string }[], fallback: DisputeSort): DisputeSort {
  const id = sorting[0]?.id;
  return id && id in sortableColumns ? sortableColumns[id as SortableColumn].sort : fallback;
}

/** The query of GET /api/disputes for a filter, an order and a page (blank filters left out). */
export function toDisputeQuery(filter: DisputeFilter, sort: DisputeSort, pageIndex: number, pageSize: number): QueryOf<'/api/disputes'> {
  const query: QueryOf<'/api/disputes'> = { sort, limit: pageSize, offset: pageIndex * pageSize };
  const q = filter.q.trim();
  if (q) query.q = q;
  const grid = filter.grid.trim();
  if (grid) query.grid = grid;
  if (filter.status) query.status = filter.status;
  if (filter.type) query.type = filter.type;
  if (filter.risk) query.risk = filter.risk;
  if (filter.overdue) query.overdue = filter.overdue;
  return query;
}
