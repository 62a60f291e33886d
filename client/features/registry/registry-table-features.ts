import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  type ColumnDef,
  type RowData,
} from '@tanstack/react-table';

/**
 * The registers' tables hold all their rows (at most a district's 208 grids, a grid's buildings, 1,000 tasks): the
 * table library searches (a global filter), sorts and pages them in the browser.
 */
export const registryTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

export type RegistryFeatures = typeof registryTableFeatures;
// Columns of different value types in one array: TanStack's own typing for that is `any` in the value slot.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RegistryColumn<TData extends RowData> = ColumnDef<RegistryFeatures, TData, any>;

export const registryColumnHelper = <TData extends RowData>() => createColumnHelper<RegistryFeatures, TData>();

/** Numeric columns: sorted as numbers, largest first on the first click; null (nothing to divide) last either way. */
export const numericColumn = { sortFn: 'basic' as const, sortDescFirst: true, sortUndefined: 'last' as const };
export const textColumn = { sortFn: 'alphanumeric' as const };

export const pageSizes = [20, 50, 100] as const;
