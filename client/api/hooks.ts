import type { IncidentQuery } from '../../core/contracts/incidents';
import {
  getBeats,
  getConfig,
  getGrids,
  getKeyPlaces,
  getStations,
  getSummary,
  getIncidents,
  toIncidentParams,
} from './endpoints';
import { loadBasemap } from '../map/basemap/load-basemap';
import { useResource } from './use-resource';

// Query hooks: one a resource. Components read data only through these.

export const useConfig = () => useResource(getConfig, []);
export const useSummary = () => useResource(getSummary, []);

/** The active base map and our own data drawn with it (client/map/basemap/load-basemap.ts). */
export const useBasemapData = () => useResource(loadBasemap, []);

/** The overlay features that do not depend on a filter: grids, beats, stations, key places. */
export const useMapFeatures = () =>
  useResource(async (signal) => {
    const [grids, beats, stations, keyPlaces] = await Promise.all([getGrids(signal), getBeats(signal), getStations(signal), getKeyPlaces(signal)]);
    return { grids, beats, stations, keyPlaces };
  }, []);

/**
 * Incidents for a filter, as columns, with the caller's name for what they were asked for (`asked`): while a reload
 * runs the last answer stays in hand, and its `asked` tells whether it still answers what is shown. Reloaded when the
 * filter or the name changes.
 */
export const useIncidents = <A extends string>(query: IncidentQuery, asked: A) =>
  useResource(async (signal) => ({ asked, ...(await getIncidents(query, signal)) }), [JSON.stringify(toIncidentParams(query)), asked]);
