import type { RatesAnswer, RepeatsAnswer } from '../../../core/contracts/analysis';
import { formatCsv } from '../../../core/registry/format-csv';
import { localDateKey, localDateTimeInput } from '../../../core/time';
import type { Translate } from '../../i18n/messages';
import type { MessageKey } from '../../i18n/zh-CN';
import { downloadFileName } from '../../shared/download-file-name';
import { nearRepeatRows, repeatLocationRows } from './repeat-rows';

/** The analysis view's list tabs, each of which exports as a file, and the words that name them (tab and file). */
export const listTabs = ['grids', 'beats', 'places', 'pairs'] as const;
export type ListTab = (typeof listTabs)[number];
export const listTabLabels: Record<ListTab, MessageKey> = { grids: 'analysisTabGrids', beats: 'analysisTabBeats', places: 'analysisTabPlaces', pairs: 'analysisTabPairs' };

/** A list as a CSV file: its name, its text, and how many rows it holds. */
export interface ListFile {
  fileName: string;
  text: string;
  rows: number;
  /** For near-repeat pairs: how many the server found, of which it sent (and the file holds) the closest in time. */
  found?: number;
}

interface Column<R> {
  label: MessageKey;
  value: (row: R) => string | number | null;
}

// Local time to the minute, as 2026-12-07 14:05: a spreadsheet sorts it and reads it as a date.
const minute = (iso: string) => localDateTimeInput(Date.parse(iso)).replace('T', ' ');
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

function rateColumns(kind: 'grids' | 'beats'): Column<RatesAnswer['grids'][number]>[] {
  return [
    { label: kind === 'grids' ? 'analysisColGrid' : 'analysisColBeat', value: (r) => r.name },
    { label: 'analysisColCode', value: (r) => r.code },
    { label: 'analysisColResidents', value: (r) => r.residents },
    { label: 'analysisColCount', value: (r) => r.count },
    { label: 'analysisColPer1000', value: (r) => oneDecimal(r.per1000) },
    { label: 'analysisColPrevious', value: (r) => r.previous },
    // Empty where the table shows '–': no incidents before, or the period before starts ahead of the records.
    { label: 'analysisColChangePct', value: (r) => (r.changePct === null ? null : oneDecimal(r.changePct)) },
  ];
}

function table<R>(columns: Column<R>[], rows: R[], t: Translate): { text: string; rows: number } {
  // The header is in the reader's language, and its labels, unique within a list, key the rows' values.
  const header = columns.map((c) => t(c.label));
  const records = rows.map((r) => Object.fromEntries(columns.map((c, i) => [header[i], c.value(r)])));
  return { text: formatCsv(header, records), rows: rows.length };
}

/**
 * The list a tab shows as a CSV file (UTF-8 with BOM, so that Excel reads the Chinese), with the same figures as the
 * table: rates per grid or beat with their change, or every repeat location or near-repeat pair of the answer (the
 * pairs tab shows only the closest; the file holds all the server sent). Places by name, with their coordinates
 * beside it for a GIS; times in Beijing time. Named after the tab and the period asked: 网格发案率-2026-11-09至2026-12-07.csv.
 * Pure.
 */
export function exportList(
  list: ListTab,
  answers: { rates?: RatesAnswer | null; repeats?: RepeatsAnswer | null },
  period: { from: string; to: string },
  t: Translate,
  nameOf: (category: string) => string,
): ListFile | null {
  if (!(list === 'grids' || list === 'beats' ? answers.rates : answers.repeats)) return null;
  const unnamed = t('analysisPlaceUnnamed');
  let made: { text: string; rows: number };
  if (list === 'grids' || list === 'beats') {
    made = table(rateColumns(list), list === 'grids' ? answers.rates!.grids : answers.rates!.beats, t);
  } else if (list === 'places') {
    made = table(
      [
        { label: 'analysisColPlace', value: (r) => r.place ?? unnamed },
        { label: 'analysisColCount', value: (r) => r.count },
        { label: 'analysisColCategories', value: (r) => r.categories.map(nameOf).join('、') },
        { label: 'analysisColEarliest', value: (r) => minute(r.first) },
        { label: 'analysisColLast', value: (r) => minute(r.last) },
        { label: 'analysisColLng', value: (r) => r.lngLat[0].toFixed(6) },
        { label: 'analysisColLat', value: (r) => r.lngLat[1].toFixed(6) },
      ],
      repeatLocationRows(answers.repeats!),
      t,
    );
  } else {
    made = table(
      [
        { label: 'analysisColPlace', value: (r) => r.place ?? unnamed },
        { label: 'analysisColCategory', value: (r) => nameOf(r.category) },
        { label: 'analysisColDistanceM', value: (r) => Math.round(r.distanceM) },
        // One unit keeps the column sortable; 2 decimals (36 s) because pairs minutes apart are common.
        { label: 'analysisColHoursApart', value: (r) => Math.round((Date.parse(r.secondAt) - Date.parse(r.firstAt)) / 36_000) / 100 },
        { label: 'analysisColFirst', value: (r) => minute(r.firstAt) },
        { label: 'analysisColSecond', value: (r) => minute(r.secondAt) },
      ],
      nearRepeatRows(answers.repeats!, answers.repeats!.pairs.features.length),
      t,
    );
  }
  // The period's last day is the one before `to`, which is the midnight after it (or now, for a period still running).
  const days = t('analysisExportPeriod', { from: localDateKey(Date.parse(period.from)), to: localDateKey(Date.parse(period.to) - 1) });
  const found = list === 'pairs' ? answers.repeats!.meta.pairsFound : undefined;
  return { fileName: downloadFileName([t(listTabLabels[list]), days], 'csv'), ...made, ...(found !== undefined && found > made.rows ? { found } : {}) };
}
