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

/** Incidents for a filter, as columns; reloaded when the filter changes. */
export const useIncidents = (query: IncidentQuery) => useResource((signal) => getIncidents(query, signal), [JSON.stringify(toIncidentParams(query))]);
