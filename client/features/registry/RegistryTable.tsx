import { useTable, type PaginationState, type RowData, type SortingState } from '@tanstack/react-table';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { DataRows, NoRowsRow, SortHeader, classNames } from '../../ui/DataTable';
import { TablePager, pageBounds } from '../../ui/TablePager';
import { matchesSearch } from './freshness-figures';
import { pageSizes, registryTableFeatures, type RegistryColumn } from './registry-table-features';

export interface RegistryTableProps<TData extends RowData> {
  testId: string;
  rows: TData[];
  columns: RegistryColumn<TData>[];
  rowId: (row: TData) => string;
  /** The texts a search looks in (codes, names). */
  searchFields: (row: TData) => readonly (string | null | undefined)[];
  initialSorting?: SortingState;
  /** Extra classes of a row (e.g. stale), and what a click on it does. */
  rowClass?: (row: TData) => string | undefined;
  rowData?: (row: TData) => Record<string, string | number | undefined>;
  onRowClick?: (row: TData) => void;
  selected?: string | null;
  busy?: boolean;
}

/** A register's table: a search box, sortable headers and pages, all kept by the table library in the browser. */
export function RegistryTable<TData extends RowData>(props: RegistryTableProps<TData>) {
  const { testId, rows, columns, rowId, searchFields, initialSorting = [], rowClass, rowData, onRowClick, selected, busy } = props;
  const { t } = useI18n();
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: pageSizes[0] });
  const [search, setSearch] = useState('');
  const table = useTable({
    features: registryTableFeatures,
    columns,
    data: rows,
    getRowId: rowId,
    state: { sorting, pagination, globalFilter: search },
    onSortingChange: setSorting,
    onPaginationChange: setPagination,
    onGlobalFilterChange: setSearch,
    // One search over the row's codes and names, whichever column it is asked for.
    globalFilterFn: (row, _columnId, value: string) => matchesSearch(searchFields(row.original), value),
  });
  const shown = table.getFilteredRowModel().rows.length;
  return (
    <div className="registry-table" data-testid={testId}>
      <div className="registry-table-tools">
        <input
          type="search"
          value={search}
          onChange={(e) => table.setGlobalFilter(e.target.value)}
          placeholder={t('regSearchPlaceholder')}
          aria-label={t('regSearchPlaceholder')}
          data-testid={`${testId}-search`}
        />
      </div>
      <div className="table-wrap">
        <table className="data-table registry-data-table" aria-busy={busy || undefined} data-rows={shown}>
          <SortHeader table={table} sortTestId={(id) => `${testId}-sort-${id}`} />
          <tbody>
            <DataRows
              table={table}
              rowProps={(row) => ({
                className: classNames(rowClass?.(row.original), onRowClick && 'clickable', row.id === selected && 'selected'),
                onClick: onRowClick ? () => onRowClick(row.original) : undefined,
                'data-testid': `${testId}-row`,
                'data-id': row.id,
                ...dataAttributes(rowData?.(row.original)),
              })}
            />
            {shown === 0 && <NoRowsRow colSpan={columns.length} text={t('noRows')} />}
          </tbody>
        </table>
      </div>
      <TablePager
        {...pageBounds(shown, pagination.pageIndex, pagination.pageSize)}
        total={shown}
        canPrevious={table.getCanPreviousPage()}
        canNext={table.getCanNextPage()}
        onPrevious={() => table.previousPage()}
        onNext={() => table.nextPage()}
        testIds={{ info: `${testId}-page-info`, next: `${testId}-next` }}
        pageSize={{ label: t('regPageSize'), value: pagination.pageSize, options: pageSizes, onChange: (n) => table.setPageSize(n) }}
      />
    </div>
  );
}

/** Test and style hooks of a row as data-* attributes. */
function dataAttributes(values: Record<string, string | number | undefined> | undefined): Record<`data-${string}`, string | number> {
  const out: Record<`data-${string}`, string | number> = {};
  for (const [k, v] of Object.entries(values ?? {})) if (v !== undefined) out[`data-${k}`] = v;
  return out;
}
