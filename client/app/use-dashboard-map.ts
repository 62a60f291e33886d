import type { DeckProps } from '@deck.gl/core';
import { bbox } from '@turf/turf';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useBasemapData, useConfig, useIncidents, useMapFeatures, useSummary } from '../api/hooks';
import { useLiveUpdates } from '../features/live/use-live-updates';
import { defaultIncidentPeriod, incidentPeriodRange, shownIncidentCount, type IncidentPeriod } from '../features/incidents/incident-period';
import type { Role } from '../../core/contracts/auth';
import type { LiveIncident } from '../../core/contracts/live';
import { positionViewers } from '../../core/contracts/role-groups';
import { describeDosagePick } from '../shared/dosage-tooltip';
import { describeUnitPick } from '../shared/unit-tooltip';
import { describePickedObject } from '../features/layers/map-tooltip';
import { describeRegisterPick } from '../features/layers/register-tooltip';
import { useDosageOverlay } from '../features/layers/use-dosage-overlay';
import { useRegisterOverlays } from '../features/layers/use-register-overlays';
import { useI18n } from '../i18n/I18nProvider';
import { useBasemapStyle } from '../map/basemap/use-basemap-style';
import { toBinaryPoints } from '../map/layers/binary-points';
import { buildMapLayers, defaultLayerVisibility, type LayerKey } from '../map/layers';
import { declutterLabels } from '../map/layers/declutter-labels';
import { labelSizePx } from '../map/layers/label-layer';
import { labelPoints } from '../map/layers/label-points';
import { splitByScope } from '../map/layers/scope-split';
import { styledTooltip } from '../ui/tooltip-style';

/** The zoom from which grids are named on the map: at 16 a grid of the demo (about 250 m across) is some 120 px wide. */
export const gridLabelMinZoom = 16;

const noLayers: ReturnType<typeof buildMapLayers> = [];

/**
 * New incidents reload the period's incidents at most this often: the heat and its count are the server's (one
 * count, one place), and a year's incidents are tens of thousands of points, too many to fetch on every call of a
 * burst. Each new incident is ringed on the map as it comes (Dashboard), so the wait is not a blank.
 */
const incidentsReloadEveryMs = 10_000;

export type DashboardMap = ReturnType<typeof useDashboardMap>;

/** The dashboard's map state: what is loaded, what is switched on, and the style and layers drawn from them. */
export function useDashboardMap(role?: Role) {
  const { t, formatDateTime } = useI18n();
  const [config, retryConfig] = useConfig();
  const [summary, retrySummary] = useSummary();
  const [basemap, retryBasemap] = useBasemapData();
  const [features, retryFeatures] = useMapFeatures();
  const [period, setPeriodState] = useState<IncidentPeriod>(defaultIncidentPeriod);
  // The period ends now: "now" is taken when the period is chosen and again when new incidents come in (a new
  // "now" on every render would refetch without end).
  const [asOf, setAsOf] = useState(() => new Date());
  const setPeriod = useCallback((p: IncidentPeriod) => {
    setPeriodState(p);
    setAsOf(new Date());
  }, []);
  const range = useMemo(() => incidentPeriodRange(period, asOf), [period, asOf]);
  const [incidents, retryIncidents] = useIncidents(range, period);
  const [visible, setVisible] = useState(defaultLayerVisibility);
  // Labels are decluttered for the zoom, in quarter steps so that a small zoom does not rebuild them.
  const [labelZoom, setLabelZoom] = useState(12.5);
  const onZoomEnd = useCallback((zoom: number) => setLabelZoom(Math.round(zoom * 4) / 4), []);

  const toggleLayer = useCallback((key: LayerKey) => setVisible((v) => ({ ...v, [key]: !v[key] })), []);
  // Disputes and the grid measures (dispute risk, grade, 一标三实 freshness) for the grids' colouring (issue 7).
  const registers = useRegisterOverlays(visible.disputes, features.data);
  // A server without logins (no role) refuses nobody; otherwise the server's own rule for positions.
  const dosage = useDosageOverlay(visible.dosage, undefined, role === undefined || positionViewers.includes(role));
  const retries = [retryConfig, retrySummary, retryBasemap, retryFeatures, retryIncidents, registers.retry, dosage.retry];
  // Retry functions change identity every render, so the current ones are read when the button is pressed.
  const retry = () => retries.forEach((r) => r());
  // The last live batch: a new array each time, so that the map rings each batch once.
  const [arrivals, setArrivals] = useState<readonly LiveIncident[]>([]);
  const reloadTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastReloadMs = useRef(0);
  const latestArrivalMs = useRef(0);
  useEffect(() => () => clearTimeout(reloadTimer.current), []);
  useLiveUpdates({
    // A planner published new grids: redraw them (and their figures) without a page reload.
    onPlan: () => {
      retryFeatures();
      retrySummary();
    },
    onIncidents: (incidents) => {
      setArrivals(incidents);
      for (const i of incidents) latestArrivalMs.current = Math.max(latestArrivalMs.current, Date.parse(i.occurredAt));
      if (reloadTimer.current !== undefined) return;
      const reload = () => {
        reloadTimer.current = undefined;
        lastReloadMs.current = Date.now();
        // Past the newest arrival too: a PC whose clock is behind the server's would otherwise leave it out.
        setAsOf(new Date(Math.max(Date.now(), latestArrivalMs.current + 1000)));
      };
      reloadTimer.current = setTimeout(reload, Math.max(0, lastReloadMs.current + incidentsReloadEveryMs - Date.now()));
    },
  });

  const mapStyle = useBasemapStyle(basemap.data, { styleUrl: config.data?.basemapStyleUrl });
  const heatPoints = useMemo(() => incidents.data && toBinaryPoints(incidents.data.positions), [incidents.data]);
  // Streets first: where a street and a community name collide, the street's is kept.
  const allLabels = useMemo(
    () =>
      basemap.data && [
        ...labelPoints(basemap.data.streets, 'street', (p) => p.name),
        ...labelPoints(basemap.data.communities, 'community', (p) => p.shortName || p.name),
      ],
    [basemap.data],
  );
  // What lies in the user's jurisdiction is drawn as before; the rest faded and inert, for orientation only.
  const scoped = useMemo(() => {
    const f = features.data;
    if (!f) return undefined;
    const [grids, beats, stations, keyPlaces] = [splitByScope(f.grids), splitByScope(f.beats), splitByScope(f.stations), splitByScope(f.keyPlaces)];
    return {
      inside: { grids: grids.inside, beats: beats.inside, stations: stations.inside, keyPlaces: keyPlaces.inside },
      outside: { grids: grids.outside, beats: beats.outside, stations: stations.outside, keyPlaces: keyPlaces.outside },
    };
  }, [features.data]);
  // Zoomed in to a few grids, the grids of the jurisdiction are named too (花溪社区第6网格), after the street and
  // community names: a commander read them only by hovering, where the labels were the community's alone.
  const gridLabels = useMemo(() => scoped && labelPoints(scoped.inside.grids, 'community', (p) => p.name), [scoped]);
  const labels = useMemo(
    () => allLabels && declutterLabels([...allLabels, ...(labelZoom >= gridLabelMinZoom && gridLabels ? gridLabels : [])], labelZoom, labelSizePx),
    [allLabels, gridLabels, labelZoom],
  );
  // The map opens on the jurisdiction: a grid leader's grid, an officer's beat, the whole district for a commander.
  const gridBounds = useMemo(() => {
    const grids = scoped?.inside.grids;
    return grids && grids.features.length > 0 ? (bbox(grids) as [number, number, number, number]) : undefined;
  }, [scoped]);
  const layers = useMemo(
    () =>
      buildMapLayers(
        { ...scoped?.inside, outside: scoped?.outside, incidents: heatPoints, labels, disputes: registers.disputes, dosage: dosage.places, units: dosage.units, gridFill: registers.gridFill, onGridClick: registers.onGridClick, zoom: labelZoom },
        visible,
      ),
    [scoped, heatPoints, labels, visible, registers.disputes, dosage.places, dosage.units, registers.gridFill, registers.onGridClick, labelZoom],
  );
  const getTooltip = useCallback<NonNullable<DeckProps['getTooltip']>>(
    (info) => {
      const extra = describeRegisterPick(info, registers.colouring, registers.measures, t);
      const text = [describePickedObject(info, t) ?? describeDosagePick(info, t) ?? describeUnitPick(info, t, formatDateTime), extra].filter(Boolean).join('\n');
      return styledTooltip(text);
    },
    [t, formatDateTime, registers.colouring, registers.measures],
  );

  const resources = [config, summary, basemap, features, incidents, ...registers.resources, dosage.resource];
  const dataReady = resources.every((r) => r.status === 'ready');
  // Nothing is drawn until the first screen's data is all in: on a PC without a GPU each frame costs hundreds of
  // milliseconds and blocks the page, so drawing every answer as it arrived cost seconds (npm run bench -- first-screen).
  // Later changes (a period, a layer switched, a live publication) are drawn as they come.
  const firstDataIn = useRef(false);
  if (dataReady) firstDataIn.current = true;
  const drawn = firstDataIn.current;
  return {
    summary: summary.data,
    incidentCount: shownIncidentCount(incidents, period),
    role,
    period,
    setPeriod,
    arrivals,
    visible,
    toggleLayer,
    mapStyle: drawn ? mapStyle : null,
    layers: drawn ? layers : noLayers,
    gridBounds,
    onZoomEnd,
    getTooltip,
    dataReady,
    error: resources.find((r) => r.status === 'error')?.error,
    retry,
  };
}
