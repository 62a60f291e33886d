import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { RateRow } from '../../../core/contracts/analysis';
import { useI18n } from '../../i18n/I18nProvider';
import { MeasureInfo } from '../../shared/MeasureName';
import { DataRows, NoRowsRow, SortHeader, classNames } from '../../ui/DataTable';
import type { Translate } from '../../i18n/messages';
import { changeDirection, formatChangePct } from './change';
import { isRateMeasure, topCodes } from './rate-ranking';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});
const helper = createColumnHelper<typeof features, RateRow>();

/** How many rows of the ranked measure are highlighted. */
export const topN = 5;

function buildColumns(t: Translate, formatNumber: (n: number) => string, kind: 'grid' | 'beat') {
  const numeric = { sortFn: 'basic' as const, sortDescFirst: true };
  return helper.columns([
    helper.accessor('name', {
      header: () => t(kind === 'grid' ? 'analysisColGrid' : 'analysisColBeat'),
      sortFn: 'alphanumeric',
      cell: (c) => (
        <>
          {c.getValue()} <span className="mono muted">{c.row.original.code}</span>
        </>
      ),
    }),
    helper.accessor('residents', { header: () => t('analysisColResidents'), ...numeric, cell: (c) => formatNumber(c.getValue()) }),
    helper.accessor('count', { header: () => t('analysisColCount'), ...numeric, cell: (c) => formatNumber(c.getValue()) }),
    helper.accessor('per1000', { header: () => <MeasureInfo measures={['periodIncidentsPer1000']}>{t('analysisColPer1000')}</MeasureInfo>, ...numeric, cell: (c) => c.getValue().toFixed(1) }),
    helper.accessor('previous', { header: () => t('analysisColPrevious'), ...numeric, cell: (c) => formatNumber(c.getValue()) }),
    // null (no incidents before) sorts last either way: it is no change, not a big one.
    helper.accessor((r) => r.changePct ?? undefined, {
      id: 'changePct',
      header: () => t('analysisColChange'),
      ...numeric,
      sortUndefined: 'last',
      cell: (c) => {
        const v = c.getValue() ?? null;
        return <span className={`change-${changeDirection(v)}`}>{formatChangePct(v)}</span>;
      },
    }),
  ]);
}

export interface RatesTableProps {
  kind: 'grid' | 'beat';
  rows: RateRow[];
  selected: string | null;
  onSelect: (code: string) => void;
  busy: boolean;
}

/**
 * Incidents per grid or beat: count, per 1,000 residents, the previous period and the change, sortable by any column.
 * The top rows of the measure sorted by (the count at first) are highlighted; a click selects the place on the map.
 */
export function RatesTable({ kind, rows, selected, onSelect, busy }: RatesTableProps) {
  const { t, formatNumber } = useI18n();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'count', desc: true }]);
  const columns = useMemo(() => buildColumns(t, formatNumber, kind), [t, formatNumber, kind]);
  const table = useTable({ features, columns, data: rows, getRowId: (r) => r.code, state: { sorting }, onSortingChange: setSorting });
  const measure = sorting[0] && isRateMeasure(sorting[0].id) ? sorting[0].id : 'count';
  const top = useMemo(() => topCodes(rows, measure, topN), [rows, measure]);
  return (
    <table className="data-table analysis-rates" data-testid="analysis-rates-table" data-kind={kind} data-rows={rows.length} aria-busy={busy || undefined}>
      <SortHeader table={table} sortTestId={(id) => `analysis-sort-${id}`} />
      <tbody>
        <DataRows
          table={table}
          rowProps={({ original: r }) => ({
            className: classNames(top.has(r.code) && 'top', r.code === selected && 'selected'),
            onClick: () => onSelect(r.code),
            'data-testid': `analysis-rate-row-${r.code}`,
            'data-top': top.has(r.code) || undefined,
          })}
          cellClass={(cell, { original: r }) => (cell.column.id === measure && top.has(r.code) ? 'top-value' : undefined)}
        />
        {rows.length === 0 && <NoRowsRow colSpan={6} text={t('analysisNoRows')} />}
      </tbody>
    </table>
  );
}
