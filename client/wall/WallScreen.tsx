import type { Map as MaplibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LiveIncidentEvent } from '../../core/contracts/live';
import { serverNowMs } from '../api/client';
import { feedItemsOfSummary, mergeFeed, withLiveIncidents, type FeedItem } from './feed';
import { feedPlace, type FeedPlace } from './feed-place';
import { FeedPanel } from './FeedPanel';
import { gridMeasureClass, type GridMeasureKey } from '../map/layers/grid-measure-colours';
import { IncidentsPanel } from './IncidentsPanel';
import { startOfLocalDay } from '../../core/time';
import { MapControls, MapLegend, type HeatControls } from './MapControls';
import { MatrixPanel } from './MatrixPanel';
import type { Scene } from './scenes';
import { DisputesPanel, GradesPanel, VerificationPanel, WorkPanel } from './StatusPanels';
import { DosagePanel } from './DosagePanel';
import { StaleNotice } from './StaleNotice';
import { useIsStale } from './use-freshness';
import { useFontRecovery } from './use-font-recovery';
import { useWallDosage } from './use-wall-dosage';
import { useLiveFeed } from './use-live-feed';
import { useWallData } from './use-wall-data';
import { hotspotWindowDays, useWallMapState } from './use-wall-map-state';
import { WallHeader } from './WallHeader';
import { WallMap } from './WallMap';
import type { WallMapView } from '../map/layers/wall-layers';
import { ringIncident } from '../map/incident-ring';
import type { WallLanguage, WallText } from './wall-messages';
import { useWallContact } from './wall-contact';
import { updateWallHooks } from './wall-test-hooks';

const freshForMs = 10_000;
const sceneWords = { urban: 'sceneUrban', hotspot: 'sceneHotspot' } as const;

/**
 * The wall: header, panels left and right, the map in the centre with its legend under it, the hour × weekday
 * matrix below. In kiosk mode the hotspot scene shows incident heat and the others the grids' classes; startScene
 * (a street's name) is where the rotation begins.
 */
export function WallScreen({ kiosk, intervalMs, startScene, language, t, sessionKey, positionsShown }: {
  kiosk: boolean;
  intervalMs: number;
  startScene: string | null;
  language: WallLanguage;
  t: WallText;
  /** Changes each time the wall has signed in again: the live stream reopens on the new session. */
  sessionKey: number;
  /** Whether the wall's role may see units' positions (unit-positions.ts): if not, none are asked for or drawn. */
  positionsShown: boolean;
}) {
  const contact = useWallContact();
  const mapRef = useRef<MaplibreMap | null>(null);
  const [freshIds, setFreshIds] = useState<Set<number>>(() => new Set());
  const onEvents = useCallback((events: LiveIncidentEvent[]) => {
    const ids = events.map((e) => e.payload.id);
    if (mapRef.current) for (const e of events) ringIncident(mapRef.current, { id: e.payload.id, lngLat: [e.payload.lng, e.payload.lat] });
    setFreshIds((s) => new Set([...s, ...ids]));
    setTimeout(() => setFreshIds((s) => {
      const next = new Set(s);
      for (const id of ids) next.delete(id);
      return next;
    }), freshForMs);
  }, []);
  const live = useLiveFeed(onEvents, sessionKey, language);
  const [measure, setMeasure] = useState<GridMeasureKey>('incidentsPer1000');
  const [heat, setHeat] = useState<HeatControls>({ windowDays: 28, hour: null, playing: false });
  const [chosenView, setChosenView] = useState<WallMapView>('grids');
  const [scene, setScene] = useState<Scene | null>(null);
  const view: WallMapView = kiosk ? (scene?.kind === 'hotspot' ? 'heat' : 'grids') : chosenView;
  const data = useWallData(live.reconnects, heat.windowDays, live.plans);
  // The kiosk's hotspot scene shows the week it picked its place from, and its legend says so.
  const heatDays = kiosk && scene?.kind === 'hotspot' ? hotspotWindowDays : heat.windowDays;
  const map = useWallMapState(data, view, measure, heat, setHeat, heatDays, kiosk ? scene?.area : undefined);
  // Patrol presence (issue 16): the panel and the units on duty, reloaded on field_presence events and a timer.
  const field = useWallDosage(live.presence, positionsShown);
  const stale = useIsStale(contact.lastHeardMs);
  useFontRecovery(contact.lastHeardMs);
  const layers = useMemo(() => (field.unitLayer ? [...map.layers, field.unitLayer] : map.layers), [map.layers, field.unitLayer]);
  const noData = useMemo(
    () => (data.features?.grids.features ?? []).some((g) => gridMeasureClass(measure, data.measures?.get(g.properties.code)) === null),
    [data.features, data.measures, measure],
  );
  const placeOf = usePlaceOf(data);

  const summary = data.summary;
  const feed = useMemo(
    () => mergeFeed(summary ? feedItemsOfSummary(summary) : [], live.liveItems, 20),
    [summary, live.liveItems],
  );
  useEffect(() => updateWallHooks({ feedCount: feed.length }), [feed.length]);
  const incidents = useMemo(() => {
    if (!summary) return undefined;
    const now = serverNowMs();
    return withLiveIncidents(summary.incidents, live.liveArrivals, summary.generatedAt, now, startOfLocalDay(now));
  }, [summary, live.liveArrivals]);
  const sceneName = !scene
    ? ''
    : scene.kind === 'street'
      ? scene.name
      : scene.kind === 'hotspot' && scene.name
        ? t('sceneHotspotAt').replace('{place}', scene.name)
        : t(sceneWords[scene.kind]);

  return (
    <div className={stale ? 'wall-screen wall-stale' : 'wall-screen'} data-testid="wall-screen" data-stale={stale}>
      <WallHeader t={t} language={language} demo={data.demo} connection={live.state} lastHeardMs={contact.lastHeardMs} />
      <StaleNotice lastHeardMs={contact.lastHeardMs} t={t} />
      <div className="wall-column wall-left">
        {summary && incidents ? (
          <>
            <IncidentsPanel incidents={incidents} names={data.categoryNames} language={language} t={t} />
            <DisputesPanel disputes={summary.disputes} language={language} t={t} />
            <WorkPanel work={summary.work} t={t} />
          </>
        ) : (
          <div className="wall-muted">{data.summaryError ? t('loadFailed') : t('loading')}</div>
        )}
      </div>
      <div className="wall-centre">
        <div className="wall-map-frame">
          <div className="wall-map-area">
            <WallMap
              mapStyle={map.mapStyle}
              layers={layers}
              dataReady={data.mapDataReady && summary !== undefined}
              scenes={kiosk || startScene ? map.scenes : map.home}
              startScene={startScene}
              rotate={kiosk}
              intervalMs={intervalMs}
              onMap={(m) => (mapRef.current = m)}
              onScene={setScene}
              onViewEnd={map.onViewEnd}
            />
            {!kiosk && <MapControls view={view} onView={setChosenView} measure={measure} onMeasure={setMeasure} heat={heat} onHeat={setHeat} language={language} t={t} />}
            <div className="wall-scene-name" data-testid="wall-scene-name">{sceneName}</div>
          </div>
          <MapLegend view={view} measure={measure} hour={heat.hour} windowDays={heatDays} noData={noData} language={language} t={t} positionsShown={positionsShown} />
        </div>
        {/* The patrol presence sits beside the hour matrix: the right column's feed keeps its whole rows. */}
        <div className="wall-centre-bottom">
          {summary && <MatrixPanel matrix={summary.hourWeekday} language={language} t={t} />}
          <DosagePanel dosage={field.dosage} language={language} t={t} />
        </div>
      </div>
      <div className="wall-column wall-right">
        {summary && (
          <>
            <VerificationPanel verification={summary.verification} language={language} t={t} />
            <GradesPanel grades={summary.grades} language={language} t={t} />
          </>
        )}
        <FeedPanel items={feed} freshIds={freshIds} names={data.categoryNames} placeOf={placeOf} nowMs={serverNowMs()} language={language} t={t} />
      </div>
    </div>
  );
}

/** Names an incident's place from the grids, communities and streets the wall has loaded (feed-place.ts). */
function usePlaceOf(data: ReturnType<typeof useWallData>): (item: FeedItem) => FeedPlace {
  return useMemo(() => {
    const gazetteer = {
      grids: new Map((data.features?.grids.features ?? []).map((g) => [g.properties.code, g.properties])),
      communities: data.basemap?.communities.features ?? [],
      streets: data.basemap?.streets.features ?? [],
    };
    const known = new Map<number, FeedPlace>();
    return (item: FeedItem) => {
      let place = known.get(item.id);
      if (!place) {
        place = feedPlace(item, gazetteer);
        known.set(item.id, place);
      }
      return place;
    };
  }, [data.features, data.basemap]);
}
