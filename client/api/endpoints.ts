import type { FeatureCollection, Geometry } from 'geojson';
import type { Login, Me } from '../../core/contracts/auth';
import type { Resident, ResidentPage } from '../../core/contracts/residents';
import type { AuditRow, UserListing, WallTokenListing } from '../../core/contracts/admin';
import { decodeIncidentColumns, type IncidentCategory, type IncidentColumnArrays, type IncidentQuery } from '../../core/contracts/incidents';
import type { Summary } from '../../core/contracts/summary';
import type { GridMeasure, WallSummary } from '../../core/contracts/wall';
import type {
  BeatCollection,
  ClientConfig,
  CommunityCollection,
  DistrictFeature,
  GridCollection,
  KeyPlaceCollection,
  StationCollection,
  StreetCollection,
} from './feature-types';
import type { BasemapDescription } from '../../core/contracts/basemap';
import type { CompoundCollection, RoadCollection, WaterCollection } from '../map/basemap/basemap-feature-types';
import { withGeometry } from './geojson';
import { ApiError, deleteJson, getBytes, getJson, postJson } from './http';

// One function per API route. Every request of the client goes through here and http.ts.

async function getCollection<G extends Geometry, P>(path: string, signal?: AbortSignal) {
  return withGeometry(await getJson<FeatureCollection<G | null, P>>(path, signal));
}

/** GET /api/config; a server without the route means the defaults (no external base map). */
export async function getConfig(signal?: AbortSignal): Promise<ClientConfig> {
  try {
    return await getJson<ClientConfig>('/api/config', signal);
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return { basemapStyleUrl: null };
    throw err;
  }
}

/** The built-in base map, as a server without GET /api/basemap draws it. */
export const builtinBasemap: BasemapDescription = {
  kind: 'builtin', crs: 'wgs84', name: '内置底图（演示数据）', tileType: null, format: null, tiles: [], labelTiles: [], pmtilesUrl: null,
  tileSize: 256, minzoom: 0, maxzoom: 22, bounds: null, attribution: '', vectorSchema: null, vectorLayers: [],
};

/** GET /api/basemap: the active base map; a server without the route draws the built-in one. */
export async function getBasemapDescription(signal?: AbortSignal): Promise<BasemapDescription> {
  try {
    return await getJson<BasemapDescription>('/api/basemap', signal);
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return builtinBasemap;
    throw err;
  }
}
export const getBasemapRoads = (signal?: AbortSignal) => getCollection('/api/basemap/roads', signal) as Promise<RoadCollection>;
export const getBasemapWater = (signal?: AbortSignal) => getCollection('/api/basemap/water', signal) as Promise<WaterCollection>;
export const getBasemapCompounds = (signal?: AbortSignal) => getCollection('/api/basemap/compounds', signal) as Promise<CompoundCollection>;
/** A base-map layer the map loads once it is zoomed in far enough (client/map/basemap/lazy-sources.ts). */
export const getBasemapLayer = (path: string, signal?: AbortSignal) => getJson<FeatureCollection>(path, signal);
export const getDistrict = (signal?: AbortSignal) => getJson<DistrictFeature>('/api/district', signal);
export const getStreets = (signal?: AbortSignal) => getCollection('/api/streets', signal) as Promise<StreetCollection>;
export const getCommunities = (signal?: AbortSignal) => getCollection('/api/communities', signal) as Promise<CommunityCollection>;
export const getGrids = (signal?: AbortSignal) => getCollection('/api/grids', signal) as Promise<GridCollection>;
export const getBeats = (signal?: AbortSignal) => getCollection('/api/beats', signal) as Promise<BeatCollection>;
export const getStations = (signal?: AbortSignal) => getCollection('/api/stations', signal) as Promise<StationCollection>;
export const getKeyPlaces = (signal?: AbortSignal) => getCollection('/api/key-places', signal) as Promise<KeyPlaceCollection>;
export const getIncidentCategories = (signal?: AbortSignal) => getJson<IncidentCategory[]>('/api/incident-categories', signal);
export const getSummary = (signal?: AbortSignal) => getJson<Summary>('/api/stats/summary', signal);

/** The query string of GET /api/incidents for a filter (lists comma-separated, bbox as w,s,e,n). */
export function toIncidentSearch(q: IncidentQuery): string {
  const params = new URLSearchParams();
  if (q.from) params.set('from', q.from);
  if (q.to) params.set('to', q.to);
  if (q.categories?.length) params.set('categories', q.categories.join(','));
  if (q.hours?.length) params.set('hours', q.hours.join(','));
  if (q.weekdays?.length) params.set('weekdays', q.weekdays.join(','));
  if (q.bbox) params.set('bbox', q.bbox.join(','));
  return params.toString();
}

/**
 * Incidents for a filter in the binary columnar form (the contract's JWIC layout): a city-wide heatmap of a
 * million points arrives without JSON parsing, in typed arrays deck.gl takes as they are.
 */
export const getIncidents = async (q: IncidentQuery, signal?: AbortSignal): Promise<IncidentColumnArrays> =>
  decodeIncidentColumns(await getBytes(`/api/incidents?${toIncidentSearch(q)}&format=binary`, signal));

/** GET /api/auth/me: the session's user, null without a session, or 'no-auth' for a server without logins. */
export async function getMe(signal?: AbortSignal): Promise<Me | null | 'no-auth'> {
  try {
    return await getJson<Me>('/api/auth/me', signal);
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    if (err instanceof ApiError && err.status === 404) return 'no-auth';
    throw err;
  }
}

export const login = (body: Login) => postJson<Me>('/api/auth/login', body);
export const logout = () => postJson<{ ok: true }>('/api/auth/logout', {});

/** GET /api/residents: one page of residents in the caller's scope, always masked. */
export const getResidents = (search: string, signal?: AbortSignal) => getJson<ResidentPage>(`/api/residents?${search}`, signal);
/** POST /api/residents/:id/unmask: the full record; the server writes an audit row for every call. */
export const unmaskResident = (id: string) => postJson<Resident>(`/api/residents/${encodeURIComponent(id)}/unmask`, {});

export const getAudit = (search: string, signal?: AbortSignal) => getJson<AuditRow[]>(`/api/admin/audit?${search}`, signal);
export const getUsers = (signal?: AbortSignal) => getJson<UserListing[]>('/api/admin/users', signal);
export const getWallTokens = (signal?: AbortSignal) => getJson<WallTokenListing[]>('/api/admin/wall-tokens', signal);
/** POST /api/admin/wall-tokens: the token itself is in this answer only; the server keeps its hash. */
export const issueWallToken = (name: string) => postJson<{ id: string; token: string }>('/api/admin/wall-tokens', { name });
export const revokeWallToken = (id: string) => deleteJson<{ ok: true }>(`/api/admin/wall-tokens/${encodeURIComponent(id)}`);

// ---- The command-center wall (/wall) ----

/** POST /api/auth/wall: exchanges a wall-display token for a session cookie (role wall_display). */
export const exchangeWallToken = (token: string) => postJson<Me>('/api/auth/wall', { token });
export const getWallSummary = (signal?: AbortSignal) => getJson<WallSummary>('/api/wall/summary', signal);
export const getGridMeasures = (signal?: AbortSignal) => getJson<GridMeasure[]>('/api/wall/grid-measures', signal);
