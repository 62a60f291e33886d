import { FlexRender, type Cell, type Column_RowSorting, type ReactTable, type Row, type RowData, type TableFeatures } from '@tanstack/react-table';
import type { HTMLAttributes } from 'react';

// The parts read rows and headers, never the table's selected state, so any selection will do.
type AnyTable<TFeatures extends TableFeatures, TData extends RowData> = ReactTable<TFeatures, TData, unknown>;

/** What a row's <tr> carries besides its cells: classes, a click, data-testid and data-* hooks. */
export type RowProps = HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string | number | boolean | undefined>;

/**
 * The header of a TanStack table: a click on a sortable column sorts it (again: the other way), the sorted column
 * shows ▲ or ▼ and says so to screen readers (aria-sort). `sortTestId` names each header for the browser tests.
 */
export function SortHeader<TFeatures extends TableFeatures, TData extends RowData>({ table, sortTestId }: { table: AnyTable<TFeatures, TData>; sortTestId?: (columnId: string) => string }) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id}>
          {group.headers.map((header) => {
            // Generic over the table's features, TypeScript cannot see the sorting API that every table passing here has.
            const column = header.column as unknown as Column_RowSorting<TFeatures, TData>;
            const can = column.getCanSort();
            const sorted = column.getIsSorted();
            return (
              <th
                key={header.id}
                className={can ? 'sortable' : undefined}
                onClick={can ? column.getToggleSortingHandler() : undefined}
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                data-testid={sortTestId?.(header.column.id)}
              >
                <FlexRender header={header} />
                {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}

/** The header of a table that does not sort: each column's header as its definition renders it. */
export function PlainHeader<TFeatures extends TableFeatures, TData extends RowData>({ table }: { table: AnyTable<TFeatures, TData> }) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id}>
          {group.headers.map((header) => (
            <th key={header.id}>
              <FlexRender header={header} />
            </th>
          ))}
        </tr>
      ))}
    </thead>
  );
}

/** The rows of the table's current page, each cell rendered by its column; `cellClass` marks single cells. */
export function DataRows<TFeatures extends TableFeatures, TData extends RowData>({ table, rowProps, cellClass }: {
  table: AnyTable<TFeatures, TData>;
  rowProps?: (row: Row<TFeatures, TData>) => RowProps;
  cellClass?: (cell: Cell<TFeatures, TData>, row: Row<TFeatures, TData>) => string | undefined;
}) {
  return (
    <>
      {table.getRowModel().rows.map((row) => (
        <tr key={row.id} {...rowProps?.(row)}>
          {row.getAllCells().map((cell) => (
            <td key={cell.id} className={cellClass?.(cell, row)}>
              <FlexRender cell={cell} />
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}

/** The one row a table shows when it has none: a muted note across all columns. */
export function NoRowsRow({ colSpan, text }: { colSpan: number; text: string }) {
  return (
    <tr>
      <td colSpan={colSpan} className="muted">
        {text}
      </td>
    </tr>
  );
}

/** Classes from a list, without the empty ones; undefined (no attribute) when none is left. */
export function classNames(...names: (string | false | null | undefined)[]): string | undefined {
  return names.filter(Boolean).join(' ') || undefined;
}
