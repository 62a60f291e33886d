import type { Feature, Geometry } from 'geojson';
import { useState } from 'react';
import type { RatesAnswer, RepeatsAnswer } from '../../../core/contracts/analysis';
import type { BeatCollection, GridCollection } from '../../api/feature-types';
import { useI18n } from '../../i18n/I18nProvider';
import { downloadText } from '../../ui/download';
import { exportList, listTabLabels, listTabs, type ListFile, type ListTab } from './list-export';
import { featureTarget, findByCode, type MapTarget } from './map-targets';
import { RatesTable } from './RatesTable';
import { locationTarget, pairTarget } from './repeat-rows';
import { RepeatsList } from './RepeatsList';
import { NoPeriodNote } from './NoPeriodNote';
import { ResourceStatus, type StatusOf } from './ResourceStatus';

/** A list row picked: its id, what to outline on the map and where the map goes. */
export interface Picked {
  id: string;
  feature: Feature<Geometry> | null;
  target: MapTarget | null;
}

export interface ListsPanelProps {
  /** False while the period is invalid: the lists then say so instead of listing (their answers are none). */
  periodValid: boolean;
  /** The period asked (the filter's), which names an exported file; null while invalid. */
  period: { from: string; to: string } | null;
  tab: ListTab;
  onTab: (tab: ListTab) => void;
  rates: StatusOf & { data?: RatesAnswer | null };
  repeats: StatusOf & { data?: RepeatsAnswer | null };
  retryRates: () => void;
  retryRepeats: () => void;
  areas: { grids: GridCollection; beats: BeatCollection } | undefined;
  nameOf: (code: string) => string;
  selected: string | null;
  onPick: (picked: Picked) => void;
}

/** Rates per grid and per beat, repeat locations and near-repeat pairs, one tab at a time. */
export function ListsPanel(p: ListsPanelProps) {
  const { t, formatDateTime } = useI18n();
  const pickArea = (kind: 'grids' | 'beats', code: string) => {
    const feature = findByCode(p.areas?.[kind].features, code);
    p.onPick({ id: code, feature, target: feature ? featureTarget(feature) : null });
  };
  const isRates = p.tab === 'grids' || p.tab === 'beats';
  // What the last export saved, said until another tab or answer is shown.
  const [exported, setExported] = useState<{ tab: ListTab; data: unknown; file: ListFile } | null>(null);
  const shown = isRates ? p.rates.data : p.repeats.data;
  const exportShown = () => {
    if (!p.period) return;
    const file = exportList(p.tab, { rates: p.rates.data, repeats: p.repeats.data }, p.period, t, p.nameOf);
    if (!file) return;
    downloadText(file.fileName, file.text, 'text/csv;charset=utf-8');
    setExported({ tab: p.tab, data: shown, file });
  };
  return (
    <section className="analysis-panel analysis-lists" data-testid="analysis-lists">
      <div className="analysis-tabs" role="tablist">
        {listTabs.map((tab) => (
          <button key={tab} type="button" role="tab" aria-selected={p.tab === tab} onClick={() => p.onTab(tab)} data-testid={`analysis-tab-${tab}`}>
            {t(listTabLabels[tab])}
          </button>
        ))}
        {isRates ? (
          <ResourceStatus resource={p.rates} retry={p.retryRates} testId="analysis-status-rates" />
        ) : (
          <ResourceStatus resource={p.repeats} retry={p.retryRepeats} testId="analysis-status-repeats" />
        )}
        <button type="button" className="analysis-export" disabled={!p.period || !shown} title={t('analysisExportTitle')} onClick={exportShown} data-testid="analysis-export">
          {t('analysisExportCsv')}
        </button>
      </div>
      {exported && exported.tab === p.tab && exported.data === shown && (
        <p className="analysis-list-note" role="status" data-testid="analysis-exported" data-rows={exported.file.rows}>
          {t('analysisExported', { file: exported.file.fileName, n: exported.file.rows })}
          {exported.file.found !== undefined && t('analysisExportedPairsPart', { found: exported.file.found, n: exported.file.rows })}
        </p>
      )}
      <div className="analysis-list-body">
        {!p.periodValid && <NoPeriodNote testId="analysis-lists-no-period" />}
        {isRates && p.rates.data && !p.rates.data.previousOnRecord && (
          <p className="view-note" data-testid="analysis-rates-off-record">
            {t('analysisPreviousOffRecordNote', {
              previousFrom: formatDateTime(p.rates.data.previousFrom),
              recordsFrom: p.rates.data.recordsFrom ? formatDateTime(p.rates.data.recordsFrom) : '–',
            })}
          </p>
        )}
        {isRates && p.rates.data && (
          <RatesTable
            kind={p.tab === 'grids' ? 'grid' : 'beat'}
            rows={p.tab === 'grids' ? p.rates.data.grids : p.rates.data.beats}
            selected={p.selected}
            onSelect={(code) => pickArea(p.tab === 'grids' ? 'grids' : 'beats', code)}
            busy={p.rates.status === 'loading'}
          />
        )}
        {!isRates && (
          <RepeatsList
            kind={p.tab === 'places' ? 'places' : 'pairs'}
            repeats={p.repeats.data}
            nameOf={p.nameOf}
            selected={p.selected}
            onPlace={(row) =>
              p.onPick({ id: row.id, feature: { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: row.lngLat } }, target: locationTarget(row) })
            }
            onPair={(row) =>
              p.onPick({ id: row.id, feature: { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: row.line } }, target: pairTarget(row) })
            }
          />
        )}
      </div>
    </section>
  );
}
