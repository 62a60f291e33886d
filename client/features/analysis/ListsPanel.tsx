import type { Feature, Geometry } from 'geojson';
import type { RatesAnswer, RepeatsAnswer } from '../../../core/contracts/analysis';
import type { BeatCollection, GridCollection } from '../../api/feature-types';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { featureTarget, findByCode, type MapTarget } from './map-targets';
import { RatesTable } from './RatesTable';
import { locationTarget, pairTarget } from './repeat-rows';
import { RepeatsList } from './RepeatsList';
import { NoPeriodNote } from './NoPeriodNote';
import { ResourceStatus, type StatusOf } from './ResourceStatus';

export const listTabs = ['grids', 'beats', 'places', 'pairs'] as const;
export type ListTab = (typeof listTabs)[number];
const tabLabels: Record<ListTab, MessageKey> = { grids: 'analysisTabGrids', beats: 'analysisTabBeats', places: 'analysisTabPlaces', pairs: 'analysisTabPairs' };

/** A list row picked: its id, what to outline on the map and where the map goes. */
export interface Picked {
  id: string;
  feature: Feature<Geometry> | null;
  target: MapTarget | null;
}

export interface ListsPanelProps {
  /** False while the period is invalid: the lists then say so instead of listing (their answers are none). */
  periodValid: boolean;
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
  return (
    <section className="analysis-panel analysis-lists" data-testid="analysis-lists">
      <div className="analysis-tabs" role="tablist">
        {listTabs.map((tab) => (
          <button key={tab} type="button" role="tab" aria-selected={p.tab === tab} onClick={() => p.onTab(tab)} data-testid={`analysis-tab-${tab}`}>
            {t(tabLabels[tab])}
          </button>
        ))}
        {isRates ? (
          <ResourceStatus resource={p.rates} retry={p.retryRates} testId="analysis-status-rates" />
        ) : (
          <ResourceStatus resource={p.repeats} retry={p.retryRepeats} testId="analysis-status-repeats" />
        )}
      </div>
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
