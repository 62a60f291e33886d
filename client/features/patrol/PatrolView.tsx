import { useMemo, useRef } from 'react';
import type { Scope } from '../../../core/contracts/auth';
import { useI18n } from '../../i18n/I18nProvider';
import { useViewMap } from '../../map/use-view-map';
import { CandidateList } from './CandidateList';
import { buildPatrolCard } from './patrol-card';
import { downloadText } from '../../ui/download';
import { patrolFileName } from './patrol-files';
import { PatrolCard } from './PatrolCard';
import { PatrolForm } from './PatrolForm';
import { PatrolMap } from './PatrolMap';
import { buildRouteGeojson } from './route-geojson';
import { buildRouteGpx, nextPatrolDay } from './route-gpx';
import { PlanMessages, RouteResult } from './RouteResult';
import { RouteActions } from './RouteActions';
import { AdherencePanel } from './AdherencePanel';
import { SavedRoutesList } from './SavedRoutesList';
import { SearchBox } from '../../shared/search/SearchBox';
import { usePhoneLayout } from '../../shared/use-phone-layout';
import { useMapSearch, useWithSearchHighlight } from '../../shared/search/use-map-search';
import { SaveRoutePanel } from './SaveRoutePanel';
import { stopColour } from '../../map/layers/patrol-stop-layer';
import { assigneeOptions, beatsOfStops } from './assignee-options';
import { methodKind } from './stop-rows';
import { usePatrolPrint } from './use-patrol-print';
import { usePatrolView } from './use-patrol-view';

export interface PatrolViewProps {
  scope: Scope;
  /** False while another view is shown (the view stays mounted, like the map): the print card is not offered then. */
  active?: boolean;
  /** The database holds generated demo data: the printed card says so, as the page's header does. */
  demo?: boolean;
}

/**
 * 巡防路线 (issue 6, part 4): a patrol leader picks a start, a window, days, a mode, a budget and a dwell; sees the
 * candidate hotspot cells and key places of the window and marks key places 必到; plans a route along the streets;
 * reads its timed stops; prints a patrol card, exports GeoJSON and GPX; saves and assigns it to a unit.
 */
export function PatrolView({ scope, active = true, demo = false }: PatrolViewProps) {
  const { t } = useI18n();
  const v = usePatrolView(scope);
  const mapRef = useRef<HTMLDivElement>(null);
  // The saved list sits below the result: opening a route from it scrolls up to the route it opened, which the
  // planner would otherwise not see.
  const resultTopRef = useRef<HTMLDivElement>(null);
  // On a phone the form and its candidates fill the first screens, and the route comes back two screens further down:
  // a new route scrolls the page to the map that draws it, the stops under it.
  const phone = usePhoneLayout();
  const generate = async () => {
    if ((await v.generate()) && phone) requestAnimationFrame(() => mapRef.current?.scrollIntoView({ block: 'start' }));
  };
  const openRoute = async (id: string) => {
    await v.openRoute(id);
    requestAnimationFrame(() => resultTopRef.current?.scrollIntoView({ block: 'start' }));
  };
  const { route, form } = v;
  const viewMap = useViewMap();
  // The printed map's stops, numbered as the card's table, where the map shows them when printing.
  const printBadges = () => {
    const map = viewMap.current();
    if (!map || !route) return [];
    return route.stops.flatMap((s, k) => {
      if (!s.lngLat) return [];
      const { x, y } = map.project(s.lngLat);
      return [{ x, y, label: String(k + 1), colour: stopColour(s) }];
    });
  };
  const printer = usePatrolPrint(mapRef, active && route !== null, printBadges);
  const search = useMapSearch(viewMap);
  const layers = useWithSearchHighlight(v.layers, search.chosen);
  const planning = v.plan.status === 'planning';

  const modeLabel = (mode: 'foot' | 'car') => t(mode === 'foot' ? 'patrolModeFoot' : 'patrolModeCar');
  const routeName = route
    ? (route.saved?.name ??
      t('patrolDefaultName', { start: route.stationName ?? t('patrolPickedPoint'), window: `${route.window.start}–${route.window.end}`, mode: modeLabel(route.mode) }))
    : '';
  const day = route ? nextPatrolDay(route.weekdays, new Date()) : '';
  const card = useMemo(() => (route ? buildPatrolCard(route, routeName) : null), [route, routeName]);
  const stopBeats = useMemo(() => (route ? beatsOfStops(route.stops, v.data.beatsInScope?.features ?? []) : []), [route, v.data.beatsInScope]);
  const names = new Map([...(v.routeCandidates ?? []), ...(v.data.candidates.data?.candidates ?? [])].map((c) => [c.id, c.name ?? c.id]));
  const nameOf = (id: string) => names.get(id) ?? id;

  const exportGeojson = () => {
    if (!route) return;
    downloadText(patrolFileName(t, route, day, 'geojson'), JSON.stringify(buildRouteGeojson(route, routeName), null, 1), 'application/geo+json');
  };
  const exportGpx = () => {
    if (!route) return;
    const gpx = buildRouteGpx(route, { name: routeName, day, nameStop: (s) => s.name ?? t('patrolCellName') });
    downloadText(patrolFileName(t, route, day, 'gpx'), gpx, 'application/gpx+xml');
  };

  return (
    <section className="patrol" data-testid="patrol-view" data-ready={v.dataReady} data-plan={v.plan.status}>
      <div className="patrol-left">
        <header className="patrol-header">
          <h2>{t('patrolTitle')}</h2>
          <SearchBox onChoose={search.choose} testId="patrol-search" />
          {v.data.placesError && <p className="error">{t('loadFailed', { message: v.data.placesError.message })}</p>}
        </header>
        <PatrolForm
          form={form}
          onChange={v.update}
          stations={v.allowedStations}
          pointPlace={form.startKind === 'point' ? (v.data.candidates.data?.start.name ?? null) : null}
          picking={v.picking}
          onPicking={v.setPicking}
          disabled={planning}
        />
        <div className="patrol-generate">
          <button type="button" onClick={generate} disabled={planning} data-testid="patrol-generate">
            {planning ? t('patrolPlanning') : t('patrolGenerate')}
          </button>
          <PlanMessages plan={v.plan} nameOf={nameOf} />
        </div>
        <CandidateList
          candidates={v.data.candidates}
          canAsk={v.canAskCandidates}
          mandatory={v.mandatory}
          infeasible={v.plan.status === 'infeasible' ? v.plan.stopIds : []}
          onToggleMandatory={v.toggleMandatory}
          onRetry={v.data.reloadCandidates}
          disabled={planning}
        />
      </div>
      <PatrolMap
        containerRef={mapRef}
        viewMap={viewMap}
        mapStyle={v.mapStyle}
        layers={layers}
        getTooltip={v.getTooltip}
        dataReady={v.dataReady}
        view={v.view}
        picking={v.picking}
        onPick={v.pickPoint}
        straight={route !== null && methodKind(route.method) === 'straight'}
      />
      <div className="patrol-right">
        <div ref={resultTopRef} />
        {route ? (
          <>
            <RouteResult route={route} candidates={v.routeCandidates} candidatesOffered={v.candidatesOffered} stale={v.stale} />
            {/* A route without stops has nothing to print, export or send to a crew (its result says why it is empty). */}
            {route.stops.length > 0 && <RouteActions onPrint={printer.print} onExportGeojson={exportGeojson} onExportGpx={exportGpx} />}
            {route.stops.length > 0 && <SaveRoutePanel
              key={`${route.saved?.id ?? ''}:${route.path.length}:${route.minutes}`}
              defaultName={routeName}
              options={assigneeOptions(v.data.assignees.data ?? [], route.stationCode)}
              assignedTo={route.saved?.assignedTo}
              stopBeats={stopBeats}
              state={v.saved.save}
              stale={v.stale}
              onSave={v.saveRoute}
            />}
          </>
        ) : (
          <p className="patrol-section patrol-muted">{t('patrolNoRoute')}</p>
        )}
        <SavedRoutesList
          routes={v.data.routes}
          currentId={route?.saved?.id ?? null}
          busyId={v.saved.busyId}
          error={v.saved.listError}
          onOpen={openRoute}
          onDelete={v.deleteRoute}
          onRetry={v.data.reloadRoutes}
        />
        <AdherencePanel route={route?.saved ? { id: route.saved.id, name: route.saved.name } : null} />
      </div>
      {active && card && <PatrolCard card={card} mapImage={printer.mapImage} demo={demo} />}
    </section>
  );
}
