import type { EmergingAnswer, ForecastAnswer, HotspotAnswer, ProfileAnswer, RatesAnswer, RepeatsAnswer } from '../../core/contracts/analysis';
import type { IncidentQuery } from '../../core/contracts/incidents';
import { toIncidentSearch } from './endpoints';
import { getJson } from './http';

// The incident analysis routes (issue 6), one function a route. Kept apart from endpoints.ts, which other views share.

/** The query string of an analysis route: the incident filter (no bbox) plus the route's own parameters. */
export function toAnalysisSearch(q: IncidentQuery, extra: Record<string, number> = {}): string {
  const params = new URLSearchParams(toIncidentSearch({ ...q, bbox: undefined }));
  for (const [key, value] of Object.entries(extra)) params.set(key, String(value));
  return params.toString();
}

/** GET /api/analysis/profile: hour × weekday matrix, categories over time, total and previous total. */
export const getAnalysisProfile = (q: IncidentQuery, signal?: AbortSignal) => getJson<ProfileAnswer>(`/api/analysis/profile?${toAnalysisSearch(q)}`, signal);

/** GET /api/analysis/rates: incidents per grid and per beat, per 1,000 residents, with the previous period. */
export const getAnalysisRates = (q: IncidentQuery, signal?: AbortSignal) => getJson<RatesAnswer>(`/api/analysis/rates?${toAnalysisSearch(q)}`, signal);

/** GET /api/analysis/hotspots: Gi* classes (FDR-corrected) of square cells of `cellM` metres. */
export const getHotspots = (q: IncidentQuery, cellM: number, signal?: AbortSignal) =>
  getJson<HotspotAnswer>(`/api/analysis/hotspots?${toAnalysisSearch(q, { cell: cellM })}`, signal);

/** GET /api/analysis/emerging: emerging hot and cold spot patterns of the cells. */
export const getEmerging = (q: IncidentQuery, cellM: number, signal?: AbortSignal) =>
  getJson<EmergingAnswer>(`/api/analysis/emerging?${toAnalysisSearch(q, { cell: cellM })}`, signal);

/** GET /api/analysis/forecast: the next 7 days' cells covering `coverage` of the area, with the back-test. */
export const getForecast = (q: IncidentQuery, cellM: number, coverage: number, signal?: AbortSignal) =>
  getJson<ForecastAnswer>(`/api/analysis/forecast?${toAnalysisSearch(q, { cell: cellM, coverage })}`, signal);

/** GET /api/analysis/repeats: repeat locations and near-repeat pairs within `distanceM` metres and `days` days. */
export const getRepeats = (q: IncidentQuery, distanceM: number, days: number, signal?: AbortSignal) =>
  getJson<RepeatsAnswer>(`/api/analysis/repeats?${toAnalysisSearch(q, { distance: distanceM, days })}`, signal);
