import { createColumnHelper, createSortedRowModel, rowSortingFeature, sortFn_basic, tableFeatures, useTable } from '@tanstack/react-table';
import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { DataRows, NoRowsRow, SortHeader, classNames } from './DataTable';
import { TablePager, pageBounds } from './TablePager';

interface Row {
  code: string;
  count: number;
}
const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel(), sortFns: { basic: sortFn_basic } });
const helper = createColumnHelper<typeof features, Row>();
const columns = helper.columns([
  helper.accessor('code', { header: 'Code', enableSorting: false }),
  helper.accessor('count', { header: 'Count', sortFn: 'basic' }),
]);

function Table({ rows }: { rows: Row[] }): ReactNode {
  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (r) => r.code,
    initialState: { sorting: [{ id: 'count', desc: true }] },
  });
  return h('table', null,
    h(SortHeader<typeof features, Row>, { table, sortTestId: (id: string) => `sort-${id}` }),
    h('tbody', null,
      h(DataRows<typeof features, Row>, {
        table,
        rowProps: (row) => ({ className: classNames(row.original.count > 2 && 'top'), 'data-testid': `row-${row.id}` }),
        cellClass: (cell) => (cell.column.id === 'count' ? 'num' : undefined),
      }),
      rows.length === 0 && h(NoRowsRow, { colSpan: 2, text: 'none' }),
    ),
  );
}

describe('the shared table parts', () => {
  it('mark the sorted column, its order and which headers sort', () => {
    const html = renderToStaticMarkup(h(Table, { rows: [{ code: 'a', count: 1 }, { code: 'b', count: 3 }] }));
    expect(html).toContain('<th data-testid="sort-code">Code</th>');
    expect(html).toContain('<th class="sortable" aria-sort="descending" data-testid="sort-count">Count ▼</th>');
  });

  it('render the rows in the sorted order with their row and cell hooks', () => {
    const html = renderToStaticMarkup(h(Table, { rows: [{ code: 'a', count: 1 }, { code: 'b', count: 3 }] }));
    expect(html.indexOf('row-b')).toBeLessThan(html.indexOf('row-a'));
    expect(html).toContain('<tr class="top" data-testid="row-b"><td>b</td><td class="num">3</td></tr>');
    expect(html).toContain('<tr data-testid="row-a">');
  });

  it('say so when there are no rows', () => {
    expect(renderToStaticMarkup(h(Table, { rows: [] }))).toContain('<td colSpan="2" class="muted">none</td>');
  });
});

describe('the pager', () => {
  it('counts the rows of a page from 1, and none of an empty table', () => {
    expect(pageBounds(45, 0, 20)).toEqual({ from: 1, to: 20 });
    expect(pageBounds(45, 2, 20)).toEqual({ from: 41, to: 45 });
    expect(pageBounds(0, 0, 20)).toEqual({ from: 0, to: 0 });
  });

  it('shows the count, disables a button it cannot follow and offers page sizes only when asked', () => {
    const pager = (extra: object) =>
      renderToStaticMarkup(
        h(I18nProvider, {
          initialLanguage: 'en',
          children: h(TablePager, { from: 1, to: 20, total: 45, canPrevious: false, canNext: true, onPrevious: () => {}, onNext: () => {}, testIds: { info: 'info', next: 'next' }, ...extra }),
        }),
      );
    const plain = pager({});
    expect(plain).toContain('data-testid="info"');
    expect(plain).toMatch(/<button type="button" disabled="">[^<]+<\/button><button type="button" data-testid="next">/);
    expect(plain).not.toContain('<select');
    expect(pager({ pageSize: { label: 'Rows', value: 50, options: [20, 50], onChange: () => {} } })).toContain('<option value="50" selected="">50</option>');
  });
});
