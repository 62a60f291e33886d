import { bbox } from '@turf/turf';
import { useMemo } from 'react';
import type { Scope } from '../../../core/contracts/auth';
import type { QueryOf } from '../../api/client';
import { getBeats, getGrids, getStations } from '../../api/endpoints';
import { useBasemapData, useConfig } from '../../api/hooks';
import { getPatrolAssignees, getPatrolCandidates, listPatrolRoutes } from '../../api/patrol-endpoints';
import { useResource } from '../../api/use-resource';
import { splitByScope } from '../../map/layers/scope-split';
import type { Bounds } from './patrol-map-data';
import { stationsInScope, type BeatRef, type GridRef, type StationRef } from './stations-in-scope';

/**
 * What the patrol view loads: the base map, the stations and beats (those of the jurisdiction are outlined), the grids (the view opens on those of the
 * user's jurisdiction and fades the rest; for a street or grid scope they tell which stations are in it), the
 * candidates of the form's query (null while it cannot ask), the saved routes and whom a route may be assigned to.
 */
export function usePatrolData(scope: Scope, candidatesQuery: QueryOf<'/api/patrol/candidates'> | null) {
  const [config] = useConfig();
  const [basemap] = useBasemapData();
  const [stations] = useResource(getStations, []);
  const [beats] = useResource(getBeats, []);
  const [grids] = useResource(getGrids, []);
  const [candidates, reloadCandidates] = useResource(
    (signal) => (candidatesQuery ? getPatrolCandidates(candidatesQuery, signal) : Promise.resolve(null)),
    [JSON.stringify(candidatesQuery)],
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
    () => (grids.data?.features ?? []).map((f) => ({ code: f.properties.code, streetCode: f.properties.streetCode, beatCode: f.properties.beatCode ?? null })),
    [grids.data],
  );
  const allowedStations = useMemo(() => stationsInScope(scope, stationRefs, beatRefs, gridRefs), [scope, stationRefs, beatRefs, gridRefs]);
  const placesReady = stations.status === 'ready' && beats.status === 'ready' && grids.status === 'ready';
  const scoped = useMemo(() => grids.data && splitByScope(grids.data), [grids.data]);
  const beatsInScope = useMemo(() => beats.data && splitByScope(beats.data).inside, [beats.data]);
  const home = useMemo(() => (scoped && scoped.inside.features.length > 0 ? (bbox(scoped.inside) as Bounds) : null), [scoped]);

  return {
    config,
    basemap,
    stations: stationRefs,
    beats: beatRefs,
    allowedStations,
    placesReady,
    home,
    outsideGrids: scoped?.outside,
    beatsInScope,
    placesError: stations.error ?? beats.error ?? grids.error ?? null,
    candidates,
    reloadCandidates,
    routes,
    reloadRoutes,
    assignees,
  };
}

export type PatrolData = ReturnType<typeof usePatrolData>;
