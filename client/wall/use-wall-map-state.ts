import { bbox } from '@turf/turf';
import type { StyleSpecification } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { toBinaryPoints, type BinaryPoints } from '../map/layers/binary-points';
import { declutterLabels } from '../map/layers/declutter-labels';
import { labelPoints, type LabelPoint } from '../map/layers/label-points';
import { useBasemapStyle } from '../map/basemap/use-basemap-style';
import type { GridMeasureKey } from '../map/layers/grid-measure-colours';
import { positionsInHour } from './heat-by-hour';
import type { HeatControls } from './MapControls';
import { buildScenes, coreBounds, hotspotBounds, type Bounds, type Scene } from './scenes';
import type { HeatWindowDays, useWallData } from './use-wall-data';
import type { Area } from '../api/feature-types';
import { nightLabelSizePx } from '../map/layers/label-layer';
import { buildWallLayers, type WallMapView } from '../map/layers/wall-layers';

const playbackStepMs = 1500;
const dayS = 24 * 3600;
/**
 * The kiosk's hotspot scene: where the last week's incidents cluster, shown with the last week's heat, so that the heat
 * marks the place the room is flown to and the legend names the days the place was picked from.
 */
export const hotspotWindowDays: HeatWindowDays = 7;

/**
 * The map's derived state: dark style, layers for the view, measure and hour, kiosk scenes, playback. The heat shows
 * the last `heatDays` of the loaded window (heat.windowDays unless a scene asks for fewer).
 */
export function useWallMapState(
  data: ReturnType<typeof useWallData>,
  view: WallMapView,
  measure: GridMeasureKey,
  heat: HeatControls,
  setHeat: (h: HeatControls) => void,
  heatDays: HeatWindowDays = heat.windowDays,
  focus?: Area,
) {
  // Street names are decluttered for the zoom, in half steps, and kept whole inside the map's frame.
  const [labelView, setLabelView] = useState<{ zoom: number; frame?: [number, number, number, number] }>({ zoom: 11 });
  const onViewEnd = useCallback((zoom: number, frame: [number, number, number, number]) => setLabelView({ zoom: Math.round(zoom * 2) / 2, frame }), []);
  // Key places' peak windows are judged once a minute.
  const [peakCheckMs, setPeakCheckMs] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setPeakCheckMs(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);

  // Playback: step through the hours of day.
  useEffect(() => {
    if (!heat.playing) return;
    const timer = setTimeout(() => setHeat({ ...heat, hour: heat.hour === null ? 0 : (heat.hour + 1) % 24 }), playbackStepMs);
    return () => clearTimeout(timer);
  }, [heat, setHeat]);

  // The wall takes no external style URL: its style is always one it can darken.
  const mapStyle = useBasemapStyle(data.basemap, { dark: true }) as StyleSpecification;
  // One binary point set per hour (and days shown) of the loaded window, kept so that playback and the kiosk's scenes
  // reuse them (deck.gl diffs by identity).
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new cache for each loaded window: the incidents are its key, not an input
  const heatByHour = useMemo(() => new Map<string, BinaryPoints>(), [data.incidents]);
  const heatPoints = useMemo(() => {
    if (!data.incidents) return undefined;
    const key = `${heat.hour}/${heatDays}`;
    let points = heatByHour.get(key);
    if (!points) {
      points = toBinaryPoints(positionsInHour(data.incidents, heat.hour, lastDaysSince(data.incidents.times, heatDays)));
      heatByHour.set(key, points);
    }
    return points;
  }, [data.incidents, heatByHour, heat.hour, heatDays]);
  const allLabels = useMemo(() => data.basemap && labelPoints(data.basemap.streets, 'street', (p) => p.name), [data.basemap]);
  // A street's name sits on its middle, where its station often is: the name moves off the dot (station-layer's 9 px and rim).
  const stations = data.features?.stations;
  const stationDots = useMemo(
    () => (stations?.features ?? []).map((f) => ({ position: f.geometry.coordinates as [number, number], radiusPx: 12 })),
    [stations],
  );
  // The same names kept at a new zoom keep the same array: deck.gl then neither rebuilds the text layer nor its atlas.
  const labelsRef = useRef<LabelPoint[] | undefined>(undefined);
  const labels = useMemo(() => {
    const kept = allLabels && declutterLabels(allLabels, labelView.zoom, { street: nightLabelSizePx, community: nightLabelSizePx }, 6, stationDots, labelView.frame);
    const previous = labelsRef.current;
    if (kept && previous && kept.length === previous.length && kept.every((l, k) => l === previous[k])) return previous;
    labelsRef.current = kept;
    return kept;
  }, [allLabels, labelView, stationDots]);
  const layers = useMemo(
    () => buildWallLayers({ ...data.features, view, measures: data.measures, measure, heat: heatPoints, peakCheckMs, labels, focus }),
    [data.features, view, data.measures, measure, heatPoints, peakCheckMs, labels, focus],
  );
  // Where the grids' residents live: the first scene, and the view outside kiosk mode.
  const core = useMemo(() => {
    const grids = data.features?.grids.features ?? [];
    return coreBounds(grids.filter((g) => g.geometry).map((g) => ({ bounds: bbox(g) as Bounds, weight: g.properties.residents ?? 0 })));
  }, [data.features]);
  const scenes = useMemo(() => {
    if (!data.basemap || !data.incidents || !data.features) return [];
    const recent = positionsInHour(data.incidents, null, lastDaysSince(data.incidents.times, hotspotWindowDays));
    return buildScenes(core, data.basemap.streets.features, hotspotBounds(recent), data.basemap.communities.features);
  }, [data.basemap, data.incidents, data.features, core]);
  // Outside kiosk mode the map shows the urban core.
  const home = useMemo<Scene[]>(() => (core ? [{ kind: 'urban', name: '', bounds: core }] : []), [core]);
  return { mapStyle, layers, scenes, home, onViewEnd };
}

/** The start (Unix seconds) of the last `days` of a window, counted back from its latest incident. */
function lastDaysSince(times: ArrayLike<number>, days: number): number {
  let latest = -Infinity;
  for (let k = 0; k < times.length; k++) latest = Math.max(latest, times[k]);
  return latest - days * dayS;
}
