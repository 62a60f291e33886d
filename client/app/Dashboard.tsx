import { useEffect } from 'react';
import { incidentPeriodLabels } from '../features/incidents/incident-period';
import { PeriodSelector } from '../features/incidents/PeriodSelector';
import { LayerPanel } from '../features/layers/LayerPanel';
import { SearchBox } from '../shared/search/SearchBox';
import { useMapSearch, useWithSearchHighlight } from '../shared/search/use-map-search';
import { DosageLegend } from '../shared/DosageLegend';
import { Legend } from '../features/layers/Legend';
import { FiguresPanel } from '../features/stats/FiguresPanel';
import { useI18n } from '../i18n/I18nProvider';
import { ringIncident } from '../map/incident-ring';
import { MapView } from '../map/MapView';
import { useViewMap } from '../map/use-view-map';
import { useFitPadding } from '../shared/use-phone-layout';
import { followInApp } from '../shared/open-path';
import { residentReaders, viewPaths } from './views';
import type { DashboardMap } from './use-dashboard-map';

// Room for the panels floating over the map's left and right edges (see app.css); on a phone, useFitPadding's margin.
const fitPadding = { top: 24, bottom: 24, left: 284, right: 272 };
// A place found by name is fitted clear of the panels and of the search box at the top.
const searchPadding = { ...fitPadding, top: 64 };

/**
 * The map page: the one map and the panels floating over it. While another view is open the page is only
 * hidden (it keeps its size), so the map lives on with its view, layers and loaded data.
 */
export function Dashboard({ m, hidden = false }: { m: DashboardMap; hidden?: boolean }) {
  const { t } = useI18n();
  const viewMap = useViewMap();
  const mapPadding = useFitPadding(fitPadding);
  const search = useMapSearch(viewMap, { padding: useFitPadding(searchPadding) });
  const layers = useWithSearchHighlight(m.layers, search.chosen);
  // New incidents in the jurisdiction are ringed where they happened, while the heat layer is on; the heat and
  // its count take them in at their next reload (use-dashboard-map).
  const showIncidents = !hidden && m.visible.heatmap;
  useEffect(() => {
    const map = viewMap.current();
    if (!map || !showIncidents) return;
    for (const i of m.arrivals) ringIncident(map, { id: i.id, lngLat: [i.lng, i.lat] }, 72);
    // Each batch once: a layer switched on later does not ring what came before.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [m.arrivals]);
  return (
    <main className={hidden ? 'map-area map-area-hidden' : 'map-area'} aria-hidden={hidden || undefined} data-testid="map-page">
      <MapView
        mapStyle={m.mapStyle}
        layers={layers}
        getTooltip={m.getTooltip}
        dataReady={m.dataReady}
        fitBounds={m.gridBounds}
        fitPadding={mapPadding}
        onZoomEnd={m.onZoomEnd}
        onMap={viewMap.onMap}
      />
      <SearchBox className="map-search" onChoose={search.choose} testId="map-search" whenNone={m.role && residentReaders.includes(m.role) ? (q) => <PeopleByName q={q} /> : undefined} />
      <aside className="panel panel-left">
        <LayerPanel visible={m.visible} onToggle={m.toggleLayer} />
        <PeriodSelector value={m.period} onChange={m.setPeriod} />
        <Legend visible={m.visible} />
      </aside>
      <aside className="panel panel-right">
        <FiguresPanel summary={m.summary} incidentsInPeriod={m.incidentCount} periodLabel={t(incidentPeriodLabels[m.period])} />
        {/* Here, not under the left legend: at 1600×1000 it fell below the left panel's fold. */}
        {m.visible.dosage && <DosageLegend period="last-24h" />}
      </aside>
      {m.error && (
        <div className="load-error" role="alert" data-testid="load-error">
          {t('loadFailed', { message: m.error.message })}
          <button type="button" onClick={m.retry}>
            {t('retry')}
          </button>
        </div>
      )}
      {!m.dataReady && !m.error && <div className="loading-note">{t('loading')}</div>}
    </main>
  );
}

/** Under the map search's "nothing found": a name is looked up in 实有人口, where a people search is asked for and audited. */
function PeopleByName({ q }: { q: string }) {
  const { t } = useI18n();
  const href = `${viewPaths.residents}?q=${encodeURIComponent(q)}`;
  return (
    <a
      className="search-box-note search-box-people"
      href={href}
      data-testid="map-search-people"
      // The box's input keeps its focus on mousedown, as for a result: its blur would close the list, link and all,
      // before the click. Once followed, the box lets go of it (the list closes).
      onMouseDown={(e) => e.preventDefault()}
      onClick={followInApp(href, () => {
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      })}
    >
      {t('searchPeopleByName', { q })}
    </a>
  );
}
