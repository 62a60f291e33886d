import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { DataRows, SortHeader, classNames } from '../../ui/DataTable';
import type { Translate } from '../../i18n/messages';
import type { GridRow } from './grid-rows';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
});
const helper = createColumnHelper<typeof features, GridRow>();

export interface GridTableProps {
  rows: GridRow[];
  communityNames: ReadonlyMap<string, string>;
  /** A grid as the planner names it (planner-names.ts): "梧桐梁社区第1网格", "新网格 N001". */
  gridName: (key: string) => string;
  middle: number;
  selectedGrid: string | null;
  onSelectGrid: (key: string) => void;
  onLock: (key: string, locked: boolean) => void;
  disabled: boolean;
}

const fixed = (digits: number) => (v: number | null) => (v === null ? '–' : v.toFixed(digits));

function buildColumns(
  t: Translate, formatNumber: (n: number) => string,
  { communityNames, gridName, middle, onLock, disabled }: Omit<GridTableProps, 'rows' | 'selectedGrid' | 'onSelectGrid'>,
) {
  // Counts as every other view prints them (1,071): the cell is formatted, the value sorted stays a number.
  const count = (c: { getValue: () => number }) => formatNumber(c.getValue());
  return helper.columns([
    helper.accessor('locked', {
      header: () => t('plannerColLock'),
      cell: (c) => (
        <input
          type="checkbox"
          checked={c.getValue()}
          disabled={disabled}
          title={t('plannerLockTitle')}
          aria-label={t('plannerLockGrid', { key: c.row.original.key })}
          data-testid={`planner-lock-${c.row.original.key}`}
          onClick={(e) => e.stopPropagation()}
          onChange={(e) => onLock(c.row.original.key, e.target.checked)}
        />
      ),
    }),
    // Named, not coded: the code (or draft key) is the cell's tooltip.
    helper.accessor((r) => gridName(r.key), { id: 'grid', header: () => t('plannerColGrid'), sortFn: 'alphanumeric', cell: (c) => <span title={c.row.original.key}>{c.getValue()}</span> }),
    helper.accessor((r) => communityNames.get(r.communityCode) ?? r.communityCode, { id: 'community', header: () => t('plannerColCommunity') }),
    helper.accessor('households', { header: () => t('plannerColHouseholds'), cell: count }),
    helper.accessor('residents', { header: () => t('plannerColResidents'), cell: count }),
    helper.accessor('partyMembers', { header: () => t('plannerColPartyMembers'), cell: count }),
    helper.accessor('institutionStaff', { header: () => t('plannerColInstitutionStaff'), cell: count }),
    helper.accessor('areaKm2', { header: () => t('plannerColArea'), cell: (c) => fixed(3)(c.getValue()) }),
    helper.accessor('deviationPct', {
      header: () => t('plannerColDeviation', { middle }),
      cell: (c) => `${c.getValue() > 0 ? '+' : ''}${c.getValue().toFixed(1)}%`,
    }),
    helper.accessor('polsbyPopper', { header: () => t('plannerColPolsbyPopper'), cell: (c) => fixed(2)(c.getValue()) }),
    helper.accessor('contiguous', { header: () => t('plannerColContiguous'), cell: (c) => (c.getValue() ? t('yes') : t('no')) }),
    helper.accessor('buildings', { header: () => t('plannerColBuildings'), cell: count }),
  ]);
}

/** Every grid of the draft with its measures; rows outside the band or in pieces are highlighted. Sortable. */
export function GridTable({ rows, communityNames, gridName, middle, selectedGrid, onSelectGrid, onLock, disabled }: GridTableProps) {
  const { t, formatNumber } = useI18n();
  const [sorting, setSorting] = useState<SortingState>([]);
  const columns = useMemo(
    () => buildColumns(t, formatNumber, { communityNames, gridName, middle, onLock, disabled }),
    [t, formatNumber, communityNames, gridName, middle, onLock, disabled],
  );
  const table = useTable({ features, columns, data: rows, getRowId: (r) => r.key, state: { sorting }, onSortingChange: setSorting });
  return (
    <table className="data-table planner-grid-table" data-testid="planner-table">
      <SortHeader table={table} />
      <tbody>
        <DataRows
          table={table}
          rowProps={({ original: r }) => ({
            className: classNames(r.offending && 'offending', r.key === selectedGrid && 'selected', r.locked && 'locked'),
            onClick: () => onSelectGrid(r.key),
            'data-testid': `planner-row-${r.key}`,
            'data-households': r.households,
            'data-buildings': r.buildings,
            'data-in-band': r.inBand,
            'data-contiguous': r.contiguous,
          })}
          cellClass={(cell, { original: r }) => ((cell.column.id === 'households' && !r.inBand) || (cell.column.id === 'contiguous' && !r.contiguous) ? 'out-of-band' : undefined)}
        />
      </tbody>
    </table>
  );
}
