import type {
  CollectionTask,
  FreshnessAnswer,
  ImportRefusal,
  ImportResult,
  NewTask,
  NewVisit,
  RegistryBuilding,
  RegistryKind,
  VerificationVisit,
} from '../../core/contracts/registry';
import { getBytes, getJson, postJson, postText, unprocessableBody } from './http';

// The 一标三实 registers' routes (issue 7), one function a route. Kept apart from endpoints.ts, which other views share.

export type GridsFreshness = Extract<FreshnessAnswer, { level: 'grids' }>;
export type BuildingsFreshness = Extract<FreshnessAnswer, { level: 'buildings' }>;

const query = (params: Record<string, string | boolean | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '' && value !== false) search.set(key, String(value));
  const s = search.toString();
  return s ? `?${s}` : '';
};

/**
 * GET /api/registry/freshness: one row per grid of the user's jurisdiction (coverage, freshness, floating and rental
 * shares, overdue checks, open and overdue tasks) — what the dashboard map colours grids by — or, given a grid,
 * one row per building of that grid. Shares are in [0, 1], null when there is nothing to divide.
 */
export function getRegistryFreshness(grid?: undefined, signal?: AbortSignal): Promise<GridsFreshness>;
export function getRegistryFreshness(grid: string, signal?: AbortSignal): Promise<BuildingsFreshness>;
export function getRegistryFreshness(grid?: string, signal?: AbortSignal): Promise<FreshnessAnswer> {
  return getJson<FreshnessAnswer>(`/api/registry/freshness${query({ grid })}`, signal);
}

/** GET /api/registry/buildings/:code: the building's address, houses, organisations, masked residents, visits and open tasks. */
export const getRegistryBuilding = (code: string, signal?: AbortSignal) =>
  getJson<RegistryBuilding>(`/api/registry/buildings/${encodeURIComponent(code)}`, signal);

export interface TaskFilter {
  grid?: string;
  status?: CollectionTask['status'] | '';
  assignee?: string;
}

/** GET /api/registry/tasks: open tasks first, then by due date (at most 1,000). */
export const listRegistryTasks = (filter: TaskFilter, signal?: AbortSignal) =>
  getJson<CollectionTask[]>(`/api/registry/tasks${query({ ...filter })}`, signal);

/** POST /api/registry/tasks: gives a collection task to a grid worker of the grid. */
export const createRegistryTask = (input: NewTask) => postJson<CollectionTask>('/api/registry/tasks', input);

export const cancelRegistryTask = (id: string) => postJson<CollectionTask>(`/api/registry/tasks/${encodeURIComponent(id)}/cancel`, {});

/** POST /api/registry/visits: every record of the building counts as verified at the visit (and its task, if named, is done). */
export const recordRegistryVisit = (input: NewVisit) => postJson<VerificationVisit>('/api/registry/visits', input);

export interface ImportRequest {
  kind: RegistryKind;
  format: 'csv' | 'geojson';
  /** The file's text, sent as it is (text/csv or application/geo+json). */
  content: string;
  dryRun: boolean;
}

/** An import answers the rows written (or checked), or every refused row with nothing written (422). */
export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; refusal: ImportRefusal };

/** POST /api/registry/import; a 422 is an answer (its report is shown), any other failure (400, 413, …) throws ApiError. */
export async function importRegistryFile({ kind, format, content, dryRun }: ImportRequest): Promise<ImportOutcome> {
  const contentType = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/geo+json';
  try {
    return { ok: true, result: await postText<ImportResult>(`/api/registry/import${query({ kind, dryRun })}`, contentType, content) };
  } catch (err) {
    const refusal = unprocessableBody<ImportRefusal>(err);
    if (!refusal) throw err;
    return { ok: false, refusal };
  }
}

export interface ExportRequest {
  grid: string;
  kind: RegistryKind;
  format: 'csv' | 'geojson';
  unmask: boolean;
}

/** GET /api/registry/export: the grid's records of one kind as the file's bytes (audited by the server). */
export const exportRegistryFile = ({ grid, kind, format, unmask }: ExportRequest) =>
  getBytes(`/api/registry/export${query({ grid, kind, format, unmask })}`);
