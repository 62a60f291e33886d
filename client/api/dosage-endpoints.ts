import type { DosageAnswer, DosageEffectAnswer, PatrolAdherenceAnswer, WallDosage } from '../../core/contracts/dosage';
import type { UnitPosition } from '../../core/contracts/field';
import { answerOf, api, type QueryOf } from './client';

// Patrol dosage (issue 16), one function a route.

/** GET /api/dosage: each hot cell and key place of the caller's scope with its figures (the last 24 h by default). */
export const getDosage = (query: QueryOf<'/api/dosage'>, signal?: AbortSignal): Promise<DosageAnswer> => answerOf(api.GET('/api/dosage', { params: { query }, signal }));

/** GET /api/dosage/effect: incidents after visits against the same hours without, per hot cell. */
export const getDosageEffect = (query: QueryOf<'/api/dosage/effect'>, signal?: AbortSignal): Promise<DosageEffectAnswer> =>
  answerOf(api.GET('/api/dosage/effect', { params: { query }, signal }));

/** GET /api/wall/dosage: presence now and places uncovered at their peak (counts only). */
export const getWallDosage = (signal?: AbortSignal): Promise<WallDosage> => answerOf(api.GET('/api/wall/dosage', { signal }));

/** GET /api/field/positions: each unit on duty where its latest ping put it (who may see whom follows roles and scopes). */
export const getFieldPositions = (signal?: AbortSignal): Promise<UnitPosition[]> => answerOf(api.GET('/api/field/positions', { signal }));

/** GET /api/dosage/patrols: patrols on saved routes (of one route with routeId), each stop reached, on time, skipped. */
export const getPatrolAdherence = (query: QueryOf<'/api/dosage/patrols'>, signal?: AbortSignal): Promise<PatrolAdherenceAnswer> =>
  answerOf(api.GET('/api/dosage/patrols', { params: { query }, signal }));
