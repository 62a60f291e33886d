import { useMemo } from 'react';
import type { Scope } from '../../../core/contracts/auth';
import { getBeats, getGrids, getStations } from '../../api/endpoints';
import { useBasemapData, useConfig } from '../../api/hooks';
import { getPatrolAssignees, getPatrolCandidates, listPatrolRoutes } from '../../api/patrol-endpoints';
import { useResource } from '../../api/use-resource';
import { scopeNeedsGrids, stationsInScope, type BeatRef, type GridRef, type StationRef } from './stations-in-scope';

/**
 * What the patrol view loads: the base map, the stations and beats (and, for a street or grid scope, the grids that
 * tell which stations are in it), the candidates of the form's query (null while it cannot ask), the saved routes and
 * whom a route may be assigned to.
 */
export function usePatrolData(scope: Scope, candidatesSearch: string | null) {
  const [config] = useConfig();
  const [basemap] = useBasemapData();
  const [stations] = useResource(getStations, []);
  const [beats] = useResource(getBeats, []);
  const needsGrids = scopeNeedsGrids(scope);
  const [grids] = useResource((signal) => (needsGrids ? getGrids(signal) : Promise.resolve(null)), [needsGrids]);
  const [candidates, reloadCandidates] = useResource(
    (signal) => (candidatesSearch ? getPatrolCandidates(candidatesSearch, signal) : Promise.resolve(null)),
    [candidatesSearch],
  );
  const [routes, reloadRoutes] = useResource(listPatrolRoutes, []);
  const [assignees] = useResource(getPatrolAssignees, []);

  const stationRefs = useMemo<StationRef[]>(
    () => (stations.data?.features ?? []).map((f) => ({ code: f.properties.code, name: f.properties.name, lngLat: f.geometry.coordinates as [number, number] })),
    [stations.data],
  );
  const beatRefs = useMemo<BeatRef[]>(
    () => (beats.data?.features ?? []).map((f) => ({ code: f.properties.code, name: f.properties.name, stationCode: f.properties.stationCode })),
    [beats.data],
  );
  const gridRefs = useMemo<GridRef[]>(
    () => (grids.data?.features ?? []).map((f) => ({ code: f.properties.code, streetCode: f.properties.streetCode, beatCode: f.properties.beatCode })),
    [grids.data],
  );
  const allowedStations = useMemo(() => stationsInScope(scope, stationRefs, beatRefs, gridRefs), [scope, stationRefs, beatRefs, gridRefs]);
  const placesReady = stations.status === 'ready' && beats.status === 'ready' && (!needsGrids || grids.status === 'ready');

  return {
    config,
    basemap,
    stations: stationRefs,
    beats: beatRefs,
    allowedStations,
    placesReady,
    placesError: stations.error ?? beats.error ?? grids.error ?? null,
    candidates,
    reloadCandidates,
    routes,
    reloadRoutes,
    assignees,
  };
}

export type PatrolData = ReturnType<typeof usePatrolData>;
