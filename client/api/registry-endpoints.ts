import { attachmentName } from './attachment-name';
import type {
  CollectionTask,
  FreshnessAnswer,
  ImportKind,
  ImportRefusal,
  ImportResult,
  PlaceImportRefusal,
  PlaceImportResult,
  NewTask,
  NewVisit,
  RegistryBuilding,
  RegistryKind,
  VerificationVisit,
} from '../../core/contracts/registry';
import { api, answerOf, unprocessableBody } from './client';

// The 一标三实 registers' routes (issue 7), one function a route. Kept apart from endpoints.ts, which other views share.

export type GridsFreshness = Extract<FreshnessAnswer, { level: 'grids' }>;
export type BuildingsFreshness = Extract<FreshnessAnswer, { level: 'buildings' }>;


/**
 * GET /api/registry/freshness: one row per grid of the user's jurisdiction (coverage, freshness, floating and rental
 * shares, overdue checks, open and overdue tasks) — what the dashboard map colours grids by — or, given a grid,
 * one row per building of that grid. Shares are in [0, 1], null when there is nothing to divide.
 */
export function getRegistryFreshness(grid?: undefined, signal?: AbortSignal): Promise<GridsFreshness>;
export function getRegistryFreshness(grid: string, signal?: AbortSignal): Promise<BuildingsFreshness>;
export function getRegistryFreshness(grid?: string, signal?: AbortSignal): Promise<FreshnessAnswer> {
  return answerOf(api.GET('/api/registry/freshness', { params: { query: grid === undefined ? {} : { grid } }, signal }));
}

/** GET /api/registry/buildings/:code: the building's address, houses, organisations, masked residents, visits and open tasks. */
export const getRegistryBuilding = (code: string, signal?: AbortSignal): Promise<RegistryBuilding> =>
  answerOf(api.GET('/api/registry/buildings/{code}', { params: { path: { code } }, signal }));

export interface TaskFilter {
  grid?: string;
  status?: CollectionTask['status'] | '';
  assignee?: string;
}

/** GET /api/registry/tasks: open tasks first, then by due date (at most 1,000). */
export const listRegistryTasks = ({ grid, status, assignee }: TaskFilter, signal?: AbortSignal): Promise<CollectionTask[]> =>
  answerOf(api.GET('/api/registry/tasks', { params: { query: { grid: grid || undefined, status: status || undefined, assignee: assignee || undefined } }, signal }));

/** POST /api/registry/tasks: gives a collection task to a grid worker of the grid. */
export const createRegistryTask = (input: NewTask): Promise<CollectionTask> => answerOf(api.POST('/api/registry/tasks', { body: input }));

export const cancelRegistryTask = (id: string): Promise<CollectionTask> => answerOf(api.POST('/api/registry/tasks/{id}/cancel', { params: { path: { id } } }));

/** POST /api/registry/visits: every record of the building counts as verified at the visit (and its task, if named, is done). */
export const recordRegistryVisit = (input: NewVisit): Promise<VerificationVisit> => answerOf(api.POST('/api/registry/visits', { body: input }));

export interface ImportRequest {
  kind: ImportKind;
  format: 'csv' | 'geojson';
  /** The file's text, sent as it is (text/csv or application/geo+json). */
  content: string;
  dryRun: boolean;
}

/** An import answers the rows written (or checked), or every refused row with nothing written (422). */
export type ImportOutcome = { ok: true; result: ImportResult | PlaceImportResult } | { ok: false; refusal: ImportRefusal | PlaceImportRefusal };

/** The import's answer as an outcome: a 422 is an answer (its report is shown); any other failure (400, 413, …) throws ApiError. */
async function importOutcome(sent: Promise<{ data?: ImportResult | PlaceImportResult; response: Response }>): Promise<ImportOutcome> {
  try {
    return { ok: true, result: await answerOf<ImportResult | PlaceImportResult>(sent) };
  } catch (err) {
    const refusal = unprocessableBody<ImportRefusal | PlaceImportRefusal>(err);
    if (!refusal) throw err;
    return { ok: false, refusal };
  }
}

/** POST /api/registry/import with a CSV or GeoJSON file's text. */
export function importRegistryFile({ kind, format, content, dryRun }: ImportRequest): Promise<ImportOutcome> {
  const contentType = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/geo+json';
  return importOutcome(
    api.POST('/api/registry/import', {
      params: { query: { kind, dryRun: dryRun ? 'true' : undefined } },
      body: content,
      // The file goes as it is, not as a JSON string.
      bodySerializer: (text) => text,
      headers: { 'content-type': contentType },
    }),
  );
}

export interface UploadRequest {
  kind: ImportKind;
  /** A zipped Shapefile (shp) or a GeoPackage (gpkg), sent as its bytes. */
  format: 'shp' | 'gpkg';
  file: Blob;
  /** A Shapefile without a .cpg: the encoding of its attributes; left out, the server detects it (and refuses GBK). */
  encoding?: 'utf-8' | 'gbk';
  dryRun: boolean;
}

/** POST /api/registry/import with a zipped Shapefile or a GeoPackage (issue 14, item 4); answers as importRegistryFile. */
export function importRegistryUpload({ kind, format, file, encoding, dryRun }: UploadRequest): Promise<ImportOutcome> {
  return importOutcome(
    api.POST('/api/registry/import', {
      params: { query: { kind, dryRun: dryRun ? 'true' : undefined, encoding } },
      body: file as unknown as string,
      bodySerializer: (b) => b,
      headers: { 'content-type': format === 'shp' ? 'application/zip' : 'application/geopackage+sqlite3' },
    }),
  );
}

export interface ExportRequest {
  grid: string;
  kind: RegistryKind;
  format: 'csv' | 'geojson';
  unmask: boolean;
}

/**
 * GET /api/registry/export: the grid's records of one kind as the file's bytes (audited by the server), and the name
 * the server gives the file (实有人口-梧桐梁社区第1网格.csv), null if it gave none.
 */
export async function exportRegistryFile({ grid, kind, format, unmask }: ExportRequest): Promise<{ bytes: ArrayBuffer; fileName: string | null }> {
  const call = api.GET('/api/registry/export', { params: { query: { grid, kind, format, unmask: unmask ? 'true' : undefined } }, headers: { accept: 'application/octet-stream' }, parseAs: 'arrayBuffer' });
  const bytes: ArrayBuffer = await answerOf(call);
  return { bytes, fileName: attachmentName((await call).response.headers.get('content-disposition')) };
}
