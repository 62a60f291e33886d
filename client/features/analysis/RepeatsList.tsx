import { useMemo } from 'react';
import type { RepeatsAnswer } from '../../../core/contracts/analysis';
import { useI18n } from '../../i18n/I18nProvider';
import { nearRepeatRows, pairGap, repeatLocationRows, type NearRepeatRow, type RepeatLocationRow } from './repeat-rows';

const gapKeys = { minutes: 'analysisGapMinutes', hours: 'analysisGapHours', days: 'analysisGapDays' } as const;

// A list of thousands of pairs helps no one; the map shows them all.
const listedPairs = 200;

export interface RepeatsListProps {
  kind: 'places' | 'pairs';
  repeats: RepeatsAnswer | null | undefined;
  nameOf: (code: string) => string;
  selected: string | null;
  onPlace: (row: RepeatLocationRow) => void;
  onPair: (row: NearRepeatRow) => void;
}

/** Repeat locations (most incidents first) or near-repeat pairs (closest in time first); a click flies the map there. */
export function RepeatsList({ kind, repeats, nameOf, selected, onPlace, onPair }: RepeatsListProps) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const places = useMemo(() => (repeats ? repeatLocationRows(repeats) : []), [repeats]);
  const pairs = useMemo(() => (repeats ? nearRepeatRows(repeats, listedPairs) : []), [repeats]);
  if (!repeats) return null;
  if (kind === 'places') {
    return (
      <table className="data-table analysis-repeats" data-testid="analysis-places" data-rows={places.length}>
        <thead>
          <tr>
            <th>{t('analysisColPlace')}</th>
            <th>{t('analysisColCount')}</th>
            <th>{t('analysisColCategories')}</th>
            <th>{t('analysisColLast')}</th>
          </tr>
        </thead>
        <tbody>
          {places.map((r, i) => (
            <tr key={r.id} className={r.id === selected ? 'selected' : undefined} onClick={() => onPlace(r)} data-testid={`analysis-place-row-${i}`}>
              <td title={`${r.lngLat[0].toFixed(5)}, ${r.lngLat[1].toFixed(5)}`}>{r.place ?? t('analysisPlaceUnnamed')}</td>
              <td>{formatNumber(r.count)}</td>
              <td>{r.categories.map(nameOf).join('、')}</td>
              <td className="nowrap">{formatDateTime(r.last)}</td>
            </tr>
          ))}
          {places.length === 0 && (
            <tr>
              <td colSpan={4} className="muted">
                {t('analysisNoRows')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    );
  }
  return (
    <>
      <p className="analysis-list-note">
        {t('analysisPairsNote', { found: repeats.meta.pairsFound, shown: pairs.length, distance: repeats.meta.distanceM, days: repeats.meta.days })}
        {repeats.meta.duplicates > 0 && <> {t('analysisPairsDuplicates', { n: repeats.meta.duplicates })}</>}
      </p>
      <table className="data-table analysis-repeats" data-testid="analysis-pairs" data-rows={pairs.length}>
        <thead>
          <tr>
            <th>{t('analysisColPlace')}</th>
            <th>{t('analysisColCategory')}</th>
            <th>{t('analysisColDistance')}</th>
            <th>{t('analysisColDays')}</th>
            <th>{t('analysisColFirst')}</th>
            <th>{t('analysisColSecond')}</th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((r, i) => (
            <tr key={r.id} className={r.id === selected ? 'selected' : undefined} onClick={() => onPair(r)} data-testid={`analysis-pair-row-${i}`}>
              <td>{r.place ?? t('analysisPlaceUnnamed')}</td>
              <td>{nameOf(r.category)}</td>
              <td>{Math.round(r.distanceM)} m</td>
              <td className="nowrap">{t(gapKeys[pairGap(r.firstAt, r.secondAt).unit], { n: pairGap(r.firstAt, r.secondAt).n })}</td>
              <td className="nowrap">{formatDateTime(r.firstAt)}</td>
              <td className="nowrap">{formatDateTime(r.secondAt)}</td>
            </tr>
          ))}
          {pairs.length === 0 && (
            <tr>
              <td colSpan={6} className="muted">
                {t('analysisNoRows')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </>
  );
}
