import type { EmergingAnswer, ForecastAnswer, HotspotAnswer, ProfileAnswer, RatesAnswer, RepeatsAnswer } from '../../core/contracts/analysis';
import type { IncidentQuery } from '../../core/contracts/incidents';
import { api, answerOf, type QueryOf } from './client';
import { toIncidentParams } from './endpoints';

// The incident analysis routes (issue 6), one function a route. Kept apart from endpoints.ts, which other views share.

/** The incident filter of an analysis route's query: the whole jurisdiction, so never a bounding box. */
export function toAnalysisParams(q: IncidentQuery): QueryOf<'/api/analysis/profile'> {
  return toIncidentParams({ ...q, bbox: undefined });
}

/** GET /api/analysis/profile: hour × weekday matrix, categories over time, total and previous total. */
export const getAnalysisProfile = (q: IncidentQuery, signal?: AbortSignal): Promise<ProfileAnswer> =>
  answerOf(api.GET('/api/analysis/profile', { params: { query: toAnalysisParams(q) }, signal }));

/** GET /api/analysis/rates: incidents per grid and per beat, per 1,000 residents, with the previous period. */
export const getAnalysisRates = (q: IncidentQuery, signal?: AbortSignal): Promise<RatesAnswer> =>
  answerOf(api.GET('/api/analysis/rates', { params: { query: toAnalysisParams(q) }, signal }));

/** GET /api/analysis/hotspots: Gi* classes (FDR-corrected) of square cells of `cellM` metres. */
export const getHotspots = (q: IncidentQuery, cellM: number, signal?: AbortSignal): Promise<HotspotAnswer> =>
  answerOf(api.GET('/api/analysis/hotspots', { params: { query: { ...toAnalysisParams(q), cell: cellM } }, signal }));

/** GET /api/analysis/emerging: emerging hot and cold spot patterns of the cells. */
export const getEmerging = (q: IncidentQuery, cellM: number, signal?: AbortSignal): Promise<EmergingAnswer> =>
  answerOf(api.GET('/api/analysis/emerging', { params: { query: { ...toAnalysisParams(q), cell: cellM } }, signal }));

/** GET /api/analysis/forecast: the next 7 days' cells covering `coverage` of the area, with the back-test. */
export const getForecast = (q: IncidentQuery, cellM: number, coverage: number, signal?: AbortSignal): Promise<ForecastAnswer> =>
  answerOf(api.GET('/api/analysis/forecast', { params: { query: { ...toAnalysisParams(q), cell: cellM, coverage } }, signal }));

/** GET /api/analysis/repeats: repeat locations and near-repeat pairs within `distanceM` metres and `days` days. */
export const getRepeats = (q: IncidentQuery, distanceM: number, days: number, signal?: AbortSignal): Promise<RepeatsAnswer> =>
  answerOf(api.GET('/api/analysis/repeats', { params: { query: { ...toAnalysisParams(q), distance: distanceM, days } }, signal }));
