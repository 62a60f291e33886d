import type { Login, Me } from '../../core/contracts/auth';
import type { Resident, ResidentPage } from '../../core/contracts/residents';
import type { ApiTokenListing, AuditRow, IssuedApiToken, IssuedWallToken, NewApiToken, UserListing, WallTokenListing } from '../../core/contracts/admin';
import type { Ok } from '../../core/contracts/api-error';
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
import type { BuildingCollection, CompoundCollection, RoadCollection, WaterCollection } from '../../core/contracts/features';
import { api, answerOf, ApiError, type QueryOf } from './client';

// One function per API route. Every request of the client goes through here (and the other *-endpoints.ts files) and
// the one typed client of client.ts.

/** GET /api/config; a server without the route means the defaults (no external base map). */
export async function getConfig(signal?: AbortSignal): Promise<ClientConfig> {
  try {
    return await answerOf(api.GET('/api/config', { signal }));
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
    return await answerOf(api.GET('/api/basemap', { signal }));
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return builtinBasemap;
    throw err;
  }
}
export const getBasemapRoads = (signal?: AbortSignal): Promise<RoadCollection> => answerOf(api.GET('/api/basemap/roads', { signal }));
export const getBasemapWater = (signal?: AbortSignal): Promise<WaterCollection> => answerOf(api.GET('/api/basemap/water', { signal }));
export const getBasemapCompounds = (signal?: AbortSignal): Promise<CompoundCollection> => answerOf(api.GET('/api/basemap/compounds', { signal }));
export const getBasemapBuildings = (signal?: AbortSignal): Promise<BuildingCollection> => answerOf(api.GET('/api/basemap/buildings', { signal }));
export const getDistrict = (signal?: AbortSignal): Promise<DistrictFeature> => answerOf(api.GET('/api/district', { signal }));
export const getStreets = (signal?: AbortSignal): Promise<StreetCollection> => answerOf(api.GET('/api/streets', { signal }));
export const getCommunities = (signal?: AbortSignal): Promise<CommunityCollection> => answerOf(api.GET('/api/communities', { signal }));
export const getGrids = (signal?: AbortSignal): Promise<GridCollection> => answerOf(api.GET('/api/grids', { signal }));
export const getBeats = (signal?: AbortSignal): Promise<BeatCollection> => answerOf(api.GET('/api/beats', { signal }));
export const getStations = (signal?: AbortSignal): Promise<StationCollection> => answerOf(api.GET('/api/stations', { signal }));
export const getKeyPlaces = (signal?: AbortSignal): Promise<KeyPlaceCollection> => answerOf(api.GET('/api/key-places', { signal }));
export const getIncidentCategories = (signal?: AbortSignal): Promise<IncidentCategory[]> => answerOf(api.GET('/api/incident-categories', { signal }));
export const getSummary = (signal?: AbortSignal): Promise<Summary> => answerOf(api.GET('/api/stats/summary', { signal }));

/** A list as a query value: comma-separated, as the routes read it (core/contracts/query-params.ts csvOf); none when empty. */
const listParam = (items: readonly (string | number)[] | undefined) => (items?.length ? items.join(',') : undefined);

/** The query of GET /api/incidents for a filter (lists comma-separated, bbox as w,s,e,n); what the filter leaves unset is left out. */
export function toIncidentParams(q: IncidentQuery): QueryOf<'/api/incidents'> {
  const params: QueryOf<'/api/incidents'> = {};
  if (q.from) params.from = q.from;
  if (q.to) params.to = q.to;
  if (q.categories?.length) params.categories = listParam(q.categories);
  if (q.hours?.length) params.hours = listParam(q.hours);
  if (q.weekdays?.length) params.weekdays = listParam(q.weekdays);
  if (q.bbox) params.bbox = q.bbox.join(',');
  return params;
}

/**
 * Incidents for a filter in the binary columnar form (the contract's JWIC layout): a city-wide heatmap of a
 * million points arrives without JSON parsing, in typed arrays deck.gl takes as they are.
 */
export const getIncidents = async (q: IncidentQuery, signal?: AbortSignal): Promise<IncidentColumnArrays> =>
  decodeIncidentColumns(
    await answerOf(
      api.GET('/api/incidents', { params: { query: { ...toIncidentParams(q), format: 'binary' } }, headers: { accept: 'application/octet-stream' }, parseAs: 'arrayBuffer', signal }),
    ),
  );

/** GET /api/auth/me: the session's user, null without a session, or 'no-auth' for a server without logins. */
export async function getMe(signal?: AbortSignal): Promise<Me | null | 'no-auth'> {
  try {
    return await answerOf(api.GET('/api/auth/me', { signal }));
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    if (err instanceof ApiError && err.status === 404) return 'no-auth';
    throw err;
  }
}

export const login = (body: Login): Promise<Me> => answerOf(api.POST('/api/auth/login', { body }));
export const logout = (): Promise<Ok> => answerOf(api.POST('/api/auth/logout'));

/** GET /api/residents: one page of residents in the caller's scope, always masked. */
export const getResidents = (query: QueryOf<'/api/residents'>, signal?: AbortSignal): Promise<ResidentPage> =>
  answerOf(api.GET('/api/residents', { params: { query }, signal }));
/** POST /api/residents/:id/unmask: the full record; the server writes an audit row for every call. */
export const unmaskResident = (id: string): Promise<Resident> => answerOf(api.POST('/api/residents/{id}/unmask', { params: { path: { id } } }));

export const getAudit = (query: QueryOf<'/api/admin/audit'>, signal?: AbortSignal): Promise<AuditRow[]> =>
  answerOf(api.GET('/api/admin/audit', { params: { query }, signal }));
export const getUsers = (signal?: AbortSignal): Promise<UserListing[]> => answerOf(api.GET('/api/admin/users', { signal }));
export const getWallTokens = (signal?: AbortSignal): Promise<WallTokenListing[]> => answerOf(api.GET('/api/admin/wall-tokens', { signal }));
/** POST /api/admin/wall-tokens: the token itself is in this answer only; the server keeps its hash. */
export const issueWallToken = (name: string): Promise<IssuedWallToken> => answerOf(api.POST('/api/admin/wall-tokens', { body: { name } }));
export const revokeWallToken = (id: string): Promise<Ok> => answerOf(api.DELETE('/api/admin/wall-tokens/{id}', { params: { path: { id } } }));
export const getApiTokens = (signal?: AbortSignal): Promise<ApiTokenListing[]> => answerOf(api.GET('/api/admin/api-tokens', { signal }));
/** POST /api/admin/api-tokens: a machine token reading as an account; the token is in this answer only. */
export const issueApiToken = (body: NewApiToken): Promise<IssuedApiToken> => answerOf(api.POST('/api/admin/api-tokens', { body }));
export const revokeApiToken = (id: string): Promise<Ok> => answerOf(api.DELETE('/api/admin/api-tokens/{id}', { params: { path: { id } } }));

// ---- The command-center wall (/wall) ----

/** POST /api/auth/wall: exchanges a wall-display token for a session cookie (role wall_display). */
export const exchangeWallToken = (token: string): Promise<Me> => answerOf(api.POST('/api/auth/wall', { body: { token } }));
export const getWallSummary = (signal?: AbortSignal): Promise<WallSummary> => answerOf(api.GET('/api/wall/summary', { signal }));
export const getGridMeasures = (signal?: AbortSignal): Promise<GridMeasure[]> => answerOf(api.GET('/api/wall/grid-measures', { signal }));
