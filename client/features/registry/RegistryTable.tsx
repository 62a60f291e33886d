import { useTable, type PaginationState, type RowData, type SortingState } from '@tanstack/react-table';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
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
  const from = shown === 0 ? 0 : pagination.pageIndex * pagination.pageSize + 1;
  const to = Math.min(shown, (pagination.pageIndex + 1) * pagination.pageSize);
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
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const can = header.column.getCanSort();
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      className={can ? 'sortable' : undefined}
                      onClick={can ? header.column.getToggleSortingHandler() : undefined}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                      data-testid={`${testId}-sort-${header.column.id}`}
                    >
                      <table.FlexRender header={header} />
                      {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => {
              const classes = [rowClass?.(row.original), onRowClick ? 'clickable' : '', row.id === selected ? 'selected' : ''].filter(Boolean).join(' ');
              return (
                <tr
                  key={row.id}
                  className={classes || undefined}
                  onClick={onRowClick ? () => onRowClick(row.original) : undefined}
                  data-testid={`${testId}-row`}
                  data-id={row.id}
                  {...dataAttributes(rowData?.(row.original))}
                >
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
            {shown === 0 && (
              <tr>
                <td colSpan={columns.length} className="muted">
                  {t('noRows')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <div className="pager">
        <span data-testid={`${testId}-page-info`}>{t('pageInfo', { from, to, total: shown })}</span>
        <button type="button" disabled={!table.getCanPreviousPage()} onClick={() => table.previousPage()}>
          {t('pagePrevious')}
        </button>
        <button type="button" disabled={!table.getCanNextPage()} onClick={() => table.nextPage()} data-testid={`${testId}-next`}>
          {t('pageNext')}
        </button>
        <label>
          {t('regPageSize')}
          <select value={pagination.pageSize} onChange={(e) => table.setPageSize(Number(e.target.value))}>
            {pageSizes.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}

/** Test and style hooks of a row as data-* attributes. */
function dataAttributes(values: Record<string, string | number | undefined> | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(values ?? {})) if (v !== undefined) out[`data-${k}`] = v;
  return out;
}
