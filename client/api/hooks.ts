import type { IncidentQuery } from '../../core/contracts/incidents';
import {
  getBeats,
  getCommunities,
  getConfig,
  getDistrict,
  getGrids,
  getKeyPlaces,
  getStations,
  getStreets,
  getSummary,
  getIncidents,
  toIncidentSearch,
} from './endpoints';
import { useResource } from './use-resource';

// Query hooks: one a resource. Components read data only through these.

export const useConfig = () => useResource(getConfig, []);
export const useSummary = () => useResource(getSummary, []);

/** The base map's own data: district boundary, streets, communities. */
export const useBasemapData = () =>
  useResource(async (signal) => {
    const [district, streets, communities] = await Promise.all([getDistrict(signal), getStreets(signal), getCommunities(signal)]);
    return { district, streets, communities };
  }, []);

/** The overlay features that do not depend on a filter: grids, beats, stations, key places. */
export const useMapFeatures = () =>
  useResource(async (signal) => {
    const [grids, beats, stations, keyPlaces] = await Promise.all([getGrids(signal), getBeats(signal), getStations(signal), getKeyPlaces(signal)]);
    return { grids, beats, stations, keyPlaces };
  }, []);

/** Incidents for a filter, as columns; reloaded when the filter changes. */
export const useIncidents = (query: IncidentQuery) => useResource((signal) => getIncidents(query, signal), [toIncidentSearch(query)]);
