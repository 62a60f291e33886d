import { useI18n } from '../../i18n/I18nProvider';
import { useViewMap } from '../../map/use-view-map';
import { AnalysisLegend } from './AnalysisLegend';
import { DosageLegend } from '../../shared/DosageLegend';
import { AnalysisMap } from './AnalysisMap';
import { EffectPanel } from './EffectPanel';
import { FilterBar } from './FilterBar';
import { LayerSwitches } from './LayerSwitches';
import { ListsPanel, type Picked } from './ListsPanel';
import { PlaybackBar } from './PlaybackBar';
import { ProfileCharts } from './ProfileCharts';
import { ResourceStatus } from './ResourceStatus';
import { SearchBox } from '../../shared/search/SearchBox';
import { useMapSearch, useWithSearchHighlight } from '../../shared/search/use-map-search';
import { TotalsPanel } from './TotalsPanel';
import { useAnalysisView } from './use-analysis-view';
import { useMapHandle } from './use-map-handle';
import './analysis.css';

/**
 * 警情研判 (issue 6): incidents of a filter (period, categories, weekdays, hours) on a map of switchable analyses —
 * heatmap with time playback, Gi* hotspots, emerging patterns, next week's forecast with its back-test, near
 * repeats — beside the hour × weekday matrix, categories over time, totals and the rates per grid and beat.
 * `active` is false while another view is shown (the view stays mounted, like the map): playback pauses.
 */
export function AnalysisView({ active = true }: { active?: boolean }) {
  const { t } = useI18n();
  const s = useAnalysisView(active);
  const viewMap = useViewMap();
  const flyTo = useMapHandle(viewMap);
  const search = useMapSearch(viewMap);
  const layers = useWithSearchHighlight(s.layers, search.chosen);
  const { data, visible } = s;
  // Figures only for the period asked: not the last valid period's (answerForPeriod), nor a failed query's (issue 12).
  const shownProfile = data.profile.status !== 'ready' ? null : data.profile.data;
  const pick = (picked: Picked) => {
    s.setPicked(picked);
    if (picked.target) flyTo(picked.target);
  };
  const layerStatus = {
    heatmap: { resource: data.incidents, retry: data.retry.incidents },
    hotspots: { resource: data.hotspots, retry: data.retry.hotspots },
    emerging: { resource: data.emerging, retry: data.retry.emerging },
    forecast: { resource: data.forecast, retry: data.retry.forecast },
    'repeat-pairs': { resource: data.repeats, retry: data.retry.repeats },
    'repeat-locations': { resource: data.repeats, retry: data.retry.repeats },
    dosage: { resource: data.dosage, retry: data.retry.dosage },
  };
  return (
    <section className="analysis" data-testid="analysis-view" data-ready={s.dataReady}>
      <header className="analysis-header">
        <h2>{t('analysisTitle')}</h2>
        <SearchBox onChoose={search.choose} testId="analysis-search" />
        <ResourceStatus resource={data.categories} retry={data.retry.categories} testId="analysis-status-categories" />
        <ResourceStatus resource={data.areas} retry={data.retry.areas} testId="analysis-status-areas" />
      </header>
      <FilterBar filter={s.filter} onChange={s.setFilter} categories={data.categories.data} problem={s.rangeProblem} />
      <div className="analysis-body">
        <div className="analysis-map-column">
          <AnalysisMap onMap={viewMap.onMap} mapStyle={s.mapStyle} layers={layers} getTooltip={s.getTooltip} dataReady={s.dataReady} fitBounds={s.gridBounds} onZoomEnd={s.setZoom}>
            <LayerSwitches visible={visible} onToggle={s.toggleLayer} status={layerStatus} cellM={s.cellM} onCell={s.setCellM} />
            <AnalysisLegend
              periodValid={s.periodValid}
              visible={visible}
              hotspots={data.hotspots.data}
              emerging={data.emerging.data}
              forecast={data.forecast.data}
              repeats={data.repeats.data}
            />
            {visible.dosage && <DosageLegend period="analysis" />}
          </AnalysisMap>
          {visible.heatmap && <PlaybackBar playback={s.playback} disabled={s.query === null || !data.incidents.data} />}
        </div>
        <div className="analysis-side">
          <div className="analysis-side-status">
            <ResourceStatus resource={data.profile} retry={data.retry.profile} testId="analysis-status-profile" />
          </div>
          <TotalsPanel profile={shownProfile} days={s.periodValid ? s.days : null} />
          <EffectPanel query={s.query} wanted={visible.dosage} />
          <ProfileCharts profile={shownProfile} categories={data.categories.data} periodValid={s.periodValid} />
          <ListsPanel
            periodValid={s.periodValid}
            period={s.query?.from && s.query.to ? { from: s.query.from, to: s.query.to } : null}
            tab={s.tab}
            onTab={s.setTab}
            rates={data.rates}
            repeats={data.repeats}
            retryRates={data.retry.rates}
            retryRepeats={data.retry.repeats}
            areas={data.areas.data}
            nameOf={s.nameOf}
            selected={s.picked?.id ?? null}
            onPick={pick}
          />
        </div>
      </div>
    </section>
  );
}
