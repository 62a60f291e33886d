import type { IncidentCategory } from '../../core/contracts/incidents';
import type { GridMeasure, WallSummary } from '../../core/contracts/wall';
import type { Summary } from '../../core/contracts/summary';
import { ApiError, getJson, postJson } from '../api/http';

// The wall's routes. They belong in client/api/endpoints.ts; kept here while that file is being reworked.

/** POST /api/auth/wall: exchanges a wall-display token for a session cookie (role wall_display). */
export const exchangeWallToken = (token: string) => postJson<{ role: string }>('/api/auth/wall', { token });

/** Whether this browser has a session (a wall token's or a signed-in user's). */
export async function hasSession(signal?: AbortSignal): Promise<boolean> {
  try {
    await getJson('/api/auth/me', signal);
    return true;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return false;
    if (err instanceof ApiError && err.status === 404) return true; // a server without logins
    throw err;
  }
}

export const getWallSummary = (signal?: AbortSignal) => getJson<WallSummary>('/api/wall/summary', signal);
export const getGridMeasures = (signal?: AbortSignal) => getJson<GridMeasure[]>('/api/wall/grid-measures', signal);
export const getStatsSummary = (signal?: AbortSignal) => getJson<Summary>('/api/stats/summary', signal);
export const getCategories = (signal?: AbortSignal) => getJson<IncidentCategory[]>('/api/incident-categories', signal);
