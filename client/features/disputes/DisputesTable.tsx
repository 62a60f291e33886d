import {
  createColumnHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type PaginationState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import type { DisputeSummary } from '../../../core/contracts/disputes';
import { useI18n } from '../../i18n/I18nProvider';
import { DataRows, NoRowsRow, SortHeader } from '../../ui/DataTable';
import { TablePager, pageBounds } from '../../ui/TablePager';
import type { Translate } from '../../i18n/messages';
import { GridLink } from '../../shared/GridLink';
import { disputePageSizes, sortableColumns, sortingOf, sortOfSorting, type DisputeSort } from './dispute-query';
import { dueLine, riskLabels, statusLabels, typeLabels } from '../../shared/dispute-labels';

// The server sorts and pages (GET /api/disputes?sort&limit&offset): the table only shows one page and asks for others.
const features = tableFeatures({ rowSortingFeature, rowPaginationFeature });
const helper = createColumnHelper<typeof features, DisputeSummary>();

function buildColumns(t: Translate, formatDateTime: (at: string) => string) {
  const fixed = (id: keyof typeof sortableColumns) => ({ enableSorting: true, sortDescFirst: sortableColumns[id].desc });
  return helper.columns([
    helper.accessor('code', { header: () => t('dspColCode'), enableSorting: false, cell: (c) => <span className="mono">{c.getValue()}</span> }),
    helper.accessor('summary', {
      header: () => t('dspColSummary'),
      enableSorting: false,
      // Two lines at most, the whole text on hover: a 120-character 事由 stretched its row (issue 12).
      cell: (c) => (
        <span className="clamp-2" title={c.getValue()} data-testid="dispute-summary-cell">
          {c.getValue()} <span className="muted">{t(typeLabels[c.row.original.type])}</span>
        </span>
      ),
    }),
    helper.accessor('status', {
      header: () => t('dspColStatus'),
      enableSorting: false,
      cell: (c) => <span className={`status-chip status-${c.getValue()}`}>{t(statusLabels[c.getValue()])}</span>,
    }),
    helper.accessor('riskScore', {
      header: () => t('dspColRisk'),
      ...fixed('riskScore'),
      cell: (c) => (
        <span className={`risk-chip risk-${c.row.original.riskLevel}`} data-testid="dispute-risk">
          {c.getValue()} · {t(riskLabels[c.row.original.riskLevel])}
        </span>
      ),
    }),
    helper.accessor('parties', {
      header: () => t('dspColParties'),
      enableSorting: false,
      // A name wraps whole (梁**、唐**, never 唐 / ** on two lines): the column is narrow. The 、 stays with the name
      // before it, as no line may begin with one.
      cell: (c) =>
        c.getValue().length === 0 ? '—' : (
          <span data-testid="dispute-parties-cell">
            {c.getValue().map((p, k, all) => (
              <span key={k} className="nowrap">
                {k < all.length - 1 ? `${p.name}、` : p.name}
              </span>
            ))}
          </span>
        ),
    }),
    helper.accessor('gridCode', {
      header: () => t('dspColGrid'),
      enableSorting: false,
      cell: (c) => (
        <>
          {c.row.original.placeName && <span className="dispute-place">{c.row.original.placeName} · </span>}
          {c.getValue() ? <GridLink code={c.getValue()!}>{c.row.original.gridName ?? c.getValue()}</GridLink> : '—'}
        </>
      ),
    }),
    helper.accessor('registeredAt', { header: () => t('dspColRegistered'), ...fixed('registeredAt'), cell: (c) => formatDateTime(c.getValue()) }),
    helper.accessor('dueAt', {
      header: () => t('dspColDue'),
      ...fixed('dueAt'),
      cell: (c) => (
        <>
          <span data-testid="dispute-due">{dueLine(t, formatDateTime, c.row.original)}</span>
          {c.row.original.overdue && <span className="overdue-flag">{t('dspOverdueFlag')}</span>}
        </>
      ),
    }),
  ]);
}

export interface DisputesTableProps {
  rows: DisputeSummary[];
  total: number;
  sort: DisputeSort;
  onSort: (sort: DisputeSort) => void;
  pagination: PaginationState;
  onPagination: (p: PaginationState) => void;
  selected: string | null;
  onSelect: (code: string) => void;
  busy: boolean;
}

/** One page of disputes, sortable by registration, risk and deadline (the orders the server knows); a click opens one. */
export function DisputesTable(props: DisputesTableProps) {
  const { rows, total, sort, onSort, pagination, onPagination, selected, onSelect, busy } = props;
  const { t, formatDateTime } = useI18n();
  const columns = useMemo(() => buildColumns(t, formatDateTime), [t, formatDateTime]);
  const sorting = useMemo(() => sortingOf(sort), [sort]);
  const resolve = <T,>(u: Updater<T>, old: T): T => (typeof u === 'function' ? (u as (o: T) => T)(old) : u);
  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (r) => r.code,
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    rowCount: total,
    state: { sorting, pagination },
    onSortingChange: (u) => onSort(sortOfSorting(resolve<SortingState>(u, sorting), sort)),
    onPaginationChange: (u) => onPagination(resolve(u, pagination)),
  });
  return (
    <>
      <div className="table-wrap">
        <table className="data-table register-table" aria-busy={busy || undefined} data-testid="disputes-table" data-total={total}>
          <SortHeader table={table} sortTestId={(id) => `dispute-sort-${id}`} />
          <tbody>
            <DataRows
              table={table}
              rowProps={(row) => ({
                className: row.id === selected ? 'selected clickable' : 'clickable',
                onClick: () => onSelect(row.id),
                'data-testid': 'dispute-row',
                'data-code': row.id,
              })}
            />
            {rows.length === 0 && <NoRowsRow colSpan={columns.length} text={t('noRows')} />}
          </tbody>
        </table>
      </div>
      <TablePager
        {...pageBounds(total, pagination.pageIndex, pagination.pageSize)}
        total={total}
        canPrevious={table.getCanPreviousPage()}
        canNext={table.getCanNextPage()}
        onPrevious={() => table.previousPage()}
        onNext={() => table.nextPage()}
        testIds={{ info: 'dispute-page-info', previous: 'dispute-page-previous', next: 'dispute-page-next' }}
        pageSize={{ label: t('dspPageSize'), value: pagination.pageSize, options: disputePageSizes, onChange: (n) => table.setPageSize(n) }}
      />
    </>
  );
}
