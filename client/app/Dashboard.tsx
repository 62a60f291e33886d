import { PeriodSelector } from '../features/incidents/PeriodSelector';
import { LayerPanel } from '../features/layers/LayerPanel';
import { Legend } from '../features/layers/Legend';
import { FiguresPanel } from '../features/stats/FiguresPanel';
import { useI18n } from '../i18n/I18nProvider';
import { MapView } from '../map/MapView';
import { Header } from './Header';
import { useDashboardMap } from './use-dashboard-map';

// Room for the panels floating over the map's left and right edges (see app.css).
const fitPadding = { top: 24, bottom: 24, left: 284, right: 272 };

/** The map page: header, the one map, and the panels floating over it. */
export function Dashboard({ userName, onLogout }: { userName?: string; onLogout?: () => void }) {
  const { t } = useI18n();
  const m = useDashboardMap();
  return (
    <div className="app">
      <Header demo={m.summary?.demo === true} userName={userName} onLogout={onLogout} />
      <main className="map-area">
        <MapView
          mapStyle={m.mapStyle}
          layers={m.layers}
          getTooltip={m.getTooltip}
          dataReady={m.dataReady}
          fitBounds={m.gridBounds}
          fitPadding={fitPadding}
          onZoomEnd={m.onZoomEnd}
        />
        <aside className="panel panel-left">
          <LayerPanel visible={m.visible} onToggle={m.toggleLayer} />
          <PeriodSelector value={m.period} onChange={m.setPeriod} />
          <Legend />
        </aside>
        <aside className="panel panel-right">
          <FiguresPanel summary={m.summary} incidentsInPeriod={m.incidentCount} />
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
    </div>
  );
}
