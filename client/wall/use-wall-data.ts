import { useMemo } from 'react';
import type { IncidentColumnArrays } from '../../core/contracts/incidents';
import type { GridMeasure } from '../../core/contracts/wall';
import {
  getBeats, getGridMeasures, getGrids, getIncidentCategories, getIncidents, getKeyPlaces, getStations,
  getSummary, getWallSummary,
} from '../api/endpoints';
import { loadBasemap } from '../map/basemap/load-basemap';
import { useRefreshing } from './use-refreshing';

const minute = 60_000;

/** The heatmap's time window, in days back from now. */
export type HeatWindowDays = 7 | 28;

/**
 * Everything the wall shows that is not live: the summary every 60 s (and whenever summaryKey changes, e.g. after
 * a reconnect), grid measures and the heatmap's incidents every 5 minutes, the map's features once — and the
 * grids, beats and measures again whenever planKey changes (a plan was published).
 */
export function useWallData(summaryKey: number, windowDays: HeatWindowDays, planKey = 0) {
  const summary = useRefreshing(getWallSummary, minute, summaryKey + planKey);
  const stats = useRefreshing(getSummary, 10 * minute);
  const categories = useRefreshing(getIncidentCategories, 0);
  const measures = useRefreshing(getGridMeasures, 5 * minute, planKey);
  const basemap = useRefreshing(loadBasemap, 0);
  const features = useRefreshing(async (signal) => {
    const [grids, beats, stations, keyPlaces] = await Promise.all([getGrids(signal), getBeats(signal), getStations(signal), getKeyPlaces(signal)]);
    return { grids, beats, stations, keyPlaces };
  }, 0, planKey);
  const incidents = useRefreshing<IncidentColumnArrays>(
    (signal) => {
      const now = Date.now();
      return getIncidents({ from: new Date(now - windowDays * 24 * 3600_000).toISOString(), to: new Date(now + minute).toISOString() }, signal);
    },
    5 * minute,
    windowDays,
  );
  const measureByCode = useMemo(
    () => measures.data && new Map<string, GridMeasure>(measures.data.map((m) => [m.code, m])),
    [measures.data],
  );
  const categoryNames = useMemo(
    () => new Map((categories.data ?? []).map((c) => [c.code, { zh: c.nameZh, en: c.nameEn }])),
    [categories.data],
  );
  return {
    summary: summary.data,
    summaryError: summary.error,
    demo: stats.data?.demo ?? false,
    categoryNames,
    measures: measureByCode,
    basemap: basemap.data,
    features: features.data,
    incidents: incidents.data,
    mapDataReady: Boolean(basemap.data && features.data && incidents.data && measures.data),
  };
}
