import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  filterFn_equals,
  filterFn_includesString,
  globalFilteringFeature,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type ColumnFiltersState,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { grades, type AssessmentRanking, type Grade } from '../../../core/contracts/workforce';
import { useI18n } from '../../i18n/I18nProvider';
import { DataRows, NoRowsRow, SortHeader } from '../../ui/DataTable';
import { TablePager, pageBounds } from '../../ui/TablePager';
import type { Translate } from '../../i18n/messages';
import { GridLink } from '../../shared/GridLink';
import { MeasureName } from '../../shared/MeasureName';
import { gradeLabels } from '../../shared/workforce-labels';

type Row = AssessmentRanking['rows'][number];

// A round has at most a few hundred grades: the table searches, filters, sorts and pages them in the browser.
const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowPaginationFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  filterFns: { includesString: filterFn_includesString, equals: filterFn_equals },
});
const helper = createColumnHelper<typeof features, Row>();
const gradeRank: Record<Grade, number> = { good: 0, fair: 1, average: 2, poor: 3 };

function buildColumns(t: Translate) {
  const score = (key: 'work' | 'disputes' | 'data' | 'residents') => (r: Row) => r.scores?.[key] ?? undefined;
  return helper.columns([
    helper.accessor('rank', { header: () => <MeasureName measure="assessmentRank" label={t('wfRank')} />, sortFn: 'basic' }),
    // Name and code in one value, so the search finds a grid by either.
    helper.accessor((r) => `${r.gridName ?? ''} ${r.gridCode}`, {
      id: 'grid',
      header: () => t('wfGrid'),
      sortFn: 'alphanumeric',
      cell: (c) => <GridLink code={c.row.original.gridCode}>{c.row.original.gridName ?? c.row.original.gridCode}</GridLink>,
    }),
    helper.accessor('leaderName', { header: () => t('wfLeader'), sortFn: 'alphanumeric', cell: (c) => c.getValue() ?? c.row.original.leaderId }),
    helper.accessor('grade', {
      header: () => <MeasureName measure="grade" label={t('wfGrade')} />,
      sortFn: (a, b) => gradeRank[a.original.grade] - gradeRank[b.original.grade],
      filterFn: 'equals',
      cell: (c) => <span className={`grade-chip grade-${c.getValue()}`}>{t(gradeLabels[c.getValue()])}</span>,
    }),
    helper.accessor((r) => r.total ?? undefined, { id: 'total', header: () => <MeasureName measure="assessmentTotal" label={t('wfTotal')} />, sortFn: 'basic', sortDescFirst: true, sortUndefined: 'last', cell: (c) => c.getValue() ?? '—' }),
    helper.accessor(score('work'), { id: 'work', header: () => t('wfScoreWork'), sortFn: 'basic', sortUndefined: 'last', cell: (c) => c.getValue() ?? '—' }),
    helper.accessor(score('disputes'), { id: 'disputes', header: () => t('wfScoreDisputes'), sortFn: 'basic', sortUndefined: 'last', cell: (c) => c.getValue() ?? '—' }),
    helper.accessor(score('data'), { id: 'data', header: () => t('wfScoreData'), sortFn: 'basic', sortUndefined: 'last', cell: (c) => c.getValue() ?? '—' }),
    helper.accessor(score('residents'), { id: 'residents', header: () => t('wfScoreResidents'), sortFn: 'basic', sortUndefined: 'last', cell: (c) => c.getValue() ?? '—' }),
    helper.accessor('comments', { header: () => t('wfComments'), enableSorting: false, cell: (c) => c.getValue() ?? '' }),
    helper.accessor('assessedBy', { header: () => t('wfAssessedBy'), enableSorting: false, cell: (c) => c.getValue() ?? '—' }),
  ]);
}

/** A round's grades ranked (1 = best), searchable by grid or leader, filterable by grade, sortable and paged. */
export function RankingTable({ rows, busy }: { rows: Row[]; busy: boolean }) {
  const { t } = useI18n();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'rank', desc: false }]);
  const [globalFilter, setGlobalFilter] = useState('');
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [pagination, setPagination] = useState({ pageIndex: 0, pageSize: 20 });
  const columns = useMemo(() => buildColumns(t), [t]);
  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (r) => r.gridCode,
    globalFilterFn: 'includesString',
    state: { sorting, globalFilter, columnFilters, pagination },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    onColumnFiltersChange: setColumnFilters,
    onPaginationChange: setPagination,
  });
  const gradeFilter = (columnFilters.find((f) => f.id === 'grade')?.value as string | undefined) ?? '';
  const shown = table.getFilteredRowModel().rows.length;
  const { pageIndex, pageSize } = pagination;
  return (
    <div data-testid="wf-ranking">
      <div className="filters">
        <label>
          {t('dspSearch')}
          <input value={globalFilter} onChange={(e) => setGlobalFilter(e.target.value)} placeholder={t('wfRankingSearchHint')} data-testid="wf-ranking-search" />
        </label>
        <label>
          {t('wfGrade')}
          <select
            value={gradeFilter}
            onChange={(e) => setColumnFilters(e.target.value ? [{ id: 'grade', value: e.target.value }] : [])}
            data-testid="wf-ranking-grade"
          >
            <option value="">{t('dspAny')}</option>
            {grades.map((g) => (
              <option key={g} value={g}>
                {t(gradeLabels[g])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="table-wrap">
        <table className="data-table register-table" aria-busy={busy || undefined} data-testid="wf-ranking-table">
          <SortHeader table={table} />
          <tbody>
            <DataRows table={table} rowProps={(row) => ({ 'data-testid': 'wf-ranking-row', 'data-grid': row.id, 'data-grade': row.original.grade })} />
            {shown === 0 && <NoRowsRow colSpan={columns.length} text={t('noRows')} />}
          </tbody>
        </table>
      </div>
      <TablePager
        {...pageBounds(shown, pageIndex, pageSize)}
        total={shown}
        canPrevious={table.getCanPreviousPage()}
        canNext={table.getCanNextPage()}
        onPrevious={() => table.previousPage()}
        onNext={() => table.nextPage()}
      />
    </div>
  );
}
