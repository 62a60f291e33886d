import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  BuildingParamSchema, ExportQuerySchema, FreshnessQuerySchema, ImportBodySchema, ImportQuerySchema, NewTaskSchema, NewVisitSchema,
  TaskIdSchema, TaskQuerySchema, placeImportKinds, PlaceImportRefusalSchema, PlaceImportResultSchema, type ImportBody, type ImportFileInfo, type PlaceImportKind, type RegistryKind,
} from '../../../core/contracts/registry';
import { formatCsv, parseRegistryCsv, parseRegistryGeoJson, type ParsedRegistryFile } from '../../../core/registry';
import { writeAudit } from '../../audit/audit.repo';
import { allow, noteAudit } from '../../auth/auth.middleware';
import { clientAddress } from '../../auth/client-address';
import { personalDataReaders, registryAssigners, registryExporters, registryWriters, unmaskers } from '../../auth/roles';
import { exportColumns, exportRegistry, exportToGeoJson } from '../../db/repos/registry-export.repo';
import { importRegistry } from '../../db/repos/registry-import.repo';
import { answerPlaceImport } from './place-import';
import { registryRefusal } from './registry-refusal';
import { attachmentDisposition } from '../attachment';
import { cancelTask, createTask, listTasks } from '../../db/repos/registry-tasks.repo';
import { findFreshness, findRegistryBuilding, recordVisit } from '../../db/repos/registry.repo';
import type { AppEnv } from '../context';
import type { FeatureCollection } from 'geojson';
import type { DecodedFeatures, TextEncoding } from '../../files/feature-file';
import { FeatureFileError } from '../../files/feature-file';
import { decodeTextFile, hasReplacementCharacter } from '../../files/decode-text-file';
import { featureCollectionOf, isFeatureUploadType, readFeatureUpload } from '../../files/read-feature-upload';
import { reprojectGeoJsonCrs } from '../../files/read-geojson-crs';
import { restoreRegistryColumns } from '../../files/registry-columns';
import { validate } from '../validate';
import { requestLanguage } from '../../i18n/language';
import { apiError, fieldError, fieldProblems, notInJurisdiction, say, type ApiMessageCode } from '../../i18n/messages';
import { issueText } from '../../i18n/zod-issue-text';
import { CollectionTaskSchema, FreshnessAnswerSchema, ImportRefusalSchema, ImportResultSchema, RegistryBuildingSchema, VerificationVisitSchema } from '../../../core/contracts/registry';
import { z } from 'zod';
import { ApiErrorSchema } from '../../../core/contracts/api-error';
import { answerSchema, describe } from '../../openapi/describe';

const MiB = 1024 * 1024;
/** Routes that set their own body limit; app.ts leaves them out of the 1 MiB one. The planner's plan file (planner/plan-file.router.ts) too. */
export const largeBodyPaths = ['/api/registry/import', '/api/planner/plan-file'];

// Outside the caller's jurisdiction answers as if it did not exist (404), so scope does not reveal what exists.
const bad = (c: Context, [field, code]: readonly [string, ApiMessageCode]) => fieldError(c, 'bad_request', field, code);

const taskRefusals = {
  grid_not_found: [404, null],
  building_not_in_grid: [400, ['buildingCode', 'building_not_in_task_grid']],
  not_a_worker: [400, ['assignee', 'not_a_grid_worker']],
  due_in_past: [400, ['dueOn', 'due_in_past']],
} as const;
const visitRefusals = {
  building_not_found: [404, null],
  task_not_found: [404, null],
  task_not_open: [409, null],
  task_elsewhere: [400, ['taskId', 'task_elsewhere']],
  in_future: [400, ['visitedAt', 'visit_in_future']],
} as const;

type ReadImport = { body: ImportBody; file?: ImportFileInfo } | { problem: object; status: 400 | 415 };

/** A refusal of an uploaded file, naming the part at fault (and, for a Shapefile that looks GBK, what it looks like). */
function fileProblem(c: Context<AppEnv>, e: FeatureFileError) {
  return { status: 400 as const, problem: { ...fieldError(c, 'bad_request', e.field, e.code, e.params), ...e.extra } };
}

function fileInfo(c: Context<AppEnv>, type: ImportFileInfo['type'], d: Omit<DecodedFeatures, 'features'>): ImportFileInfo {
  const language = requestLanguage(c);
  return {
    type, layer: d.layer, crs: d.crs,
    ...(d.encoding ? { encoding: d.encoding } : {}),
    ...(d.detectedEncoding ? { detectedEncoding: d.detectedEncoding } : {}),
    warnings: d.warnings.map((w) => say(language, w.code, w.params)),
  };
}

/**
 * The import file from a text/csv, application/geo+json, application/json ({ kind?, format, content }), application/zip
 * (a zipped Shapefile) or application/geopackage+sqlite3 body. Shapefiles and GeoPackages, and GeoJSON with a crs
 * member, arrive as a CRS84 FeatureCollection for parseRegistryGeoJson, with what was read about them (issue 14, item 4).
 */
async function readImportBody(c: Context<AppEnv>, query: { encoding?: TextEncoding; table?: string }): Promise<ReadImport> {
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'text/csv' || type === 'text/plain') {
    try {
      return { body: { format: 'csv', content: decodeTextFile(new Uint8Array(await c.req.arrayBuffer()), query.encoding) } };
    } catch (e) {
      if (e instanceof FeatureFileError) return fileProblem(c, e);
      throw e;
    }
  }
  if (isFeatureUploadType(type)) {
    try {
      const upload = readFeatureUpload(type, Buffer.from(await c.req.arrayBuffer()), query);
      return { body: { format: 'geojson', content: featureCollectionOf(upload.decoded) as unknown as Record<string, unknown> }, file: fileInfo(c, upload.type, upload.decoded) };
    } catch (e) {
      if (e instanceof FeatureFileError) return fileProblem(c, e);
      throw e;
    }
  }
  if (type !== 'application/json' && type !== 'application/geo+json') {
    return { status: 415, problem: bad(c, ['content-type', 'import_content_type_files']) };
  }
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    return { status: 400, problem: bad(c, ['body', 'body_not_json']) };
  }
  if (type === 'application/geo+json') {
    try {
      const projected = reprojectGeoJsonCrs(body);
      if (!projected) return { body: { format: 'geojson', content: body as Record<string, unknown> } };
      const content = { type: 'FeatureCollection', features: projected.features };
      return { body: { format: 'geojson', content }, file: fileInfo(c, 'geojson', { layer: '', crs: projected.crs, warnings: [] }) };
    } catch (e) {
      if (e instanceof FeatureFileError) return fileProblem(c, e);
      throw e;
    }
  }
  const parsed = ImportBodySchema.safeParse(body);
  if (!parsed.success) {
    const language = requestLanguage(c);
    const issues = parsed.error.issues.slice(0, 1).map((i) => ({ field: i.path.join('.') || 'body', message: issueText(i, i.path.join('.') || 'body', language) }));
    return { status: 400, problem: fieldProblems(language, issues) };
  }
  if (parsed.data.format === 'csv' && typeof parsed.data.content !== 'string') return { status: 400, problem: bad(c, ['content', 'csv_as_text']) };
  // A client that read the file in the wrong encoding sends � for every name: refused before a row is written.
  const content = parsed.data.content;
  if (hasReplacementCharacter(typeof content === 'string' ? content : JSON.stringify(content))) return { status: 400, problem: bad(c, ['content', 'content_garbled']) };
  return { body: parsed.data };
}

function parseFile(kind: RegistryKind, body: ImportBody): ParsedRegistryFile {
  if (body.format === 'csv') return parseRegistryCsv(body.content as string, kind);
  if (typeof body.content !== 'string') return parseRegistryGeoJson(body.content, kind);
  try {
    return parseRegistryGeoJson(JSON.parse(body.content), kind);
  } catch {
    return { format: 'geojson', rows: [], ignoredColumns: [], rejected: [{ row: 0, field: '', code: 'registry_not_json', params: {} }] };
  }
}

export const registryRouter = new Hono<AppEnv>()
  .get('/registry/freshness', describe('一标三实核验情况 / how fresh the records are, per grid or building', { 200: FreshnessAnswerSchema, 404: ApiErrorSchema }), allow(personalDataReaders), validate('query', FreshnessQuerySchema), async (c) => {
    const { grid } = c.req.valid('query');
    const answer = await findFreshness(c.var.database.db, c.var.user!.scope, grid);
    return answer ? c.json(answer, 200) : c.json(notInJurisdiction(c, 'grid', grid ?? ''), 404);
  })
  .get('/registry/buildings/:code', describe('楼栋的一标三实 / a building’s records', { 200: RegistryBuildingSchema, 404: ApiErrorSchema }), allow(personalDataReaders), validate('param', BuildingParamSchema), async (c) => {
    const { code } = c.req.valid('param');
    const user = c.var.user!;
    const building = await findRegistryBuilding(c.var.database.db, code, user.scope, unmaskers.includes(user.role));
    return building ? c.json(building, 200) : c.json(notInJurisdiction(c, 'building', code), 404);
  })
  .get('/registry/tasks', describe('采集任务 / collection tasks', { 200: z.array(CollectionTaskSchema) }), allow(personalDataReaders), validate('query', TaskQuerySchema), async (c) =>
    c.json(await listTasks(c.var.database.db, c.req.valid('query'), c.var.user!.scope), 200),
  )
  .post('/registry/tasks', describe('派发采集任务 / give a collection task', { 201: CollectionTaskSchema, 400: ApiErrorSchema, 404: ApiErrorSchema }), allow(registryAssigners), validate('json', NewTaskSchema), async (c) => {
    const input = c.req.valid('json');
    const r = await createTask(c.var.database.db, input, c.var.user!.scope, c.var.user!.username);
    if (!r.ok) {
      const [status, field] = taskRefusals[r.reason];
      return c.json(field ? bad(c, field) : notInJurisdiction(c, 'grid', input.gridCode), status);
    }
    noteAudit(c, { action: 'registry_task_create', records: [`task:${r.task.id}`, `grid:${r.task.gridCode}`] });
    return c.json(r.task, 201);
  })
  .post('/registry/tasks/:id/cancel', describe('取消采集任务 / cancel a task', { 200: CollectionTaskSchema, 404: ApiErrorSchema, 409: ApiErrorSchema }), allow(registryAssigners), validate('param', TaskIdSchema), async (c) => {
    const { id } = c.req.valid('param');
    noteAudit(c, { action: 'registry_task_cancel', records: [`task:${id}`] });
    const r = await cancelTask(c.var.database.db, id, c.var.user!.scope);
    if (r.ok) return c.json(r.task, 200);
    return r.reason === 'not_found' ? c.json(notInJurisdiction(c, 'task', id), 404) : c.json(apiError(c, 'task_not_open', 'task_not_open'), 409);
  })
  .post('/registry/visits', describe('登记核验走访（同一走访再次提交：200，不重复记录）/ record a verification visit (the same visit sent again: 200, stored once)', { 200: VerificationVisitSchema, 201: VerificationVisitSchema, 400: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema }), allow(registryWriters), validate('json', NewVisitSchema), async (c) => {
    const input = c.req.valid('json');
    noteAudit(c, { action: 'registry_visit', records: [`building:${input.buildingCode}`, ...(input.taskId ? [`task:${input.taskId}`] : [])] });
    const r = await recordVisit(c.var.database.db, input, c.var.user!.scope, c.var.user!.username);
    if (r.ok) return c.json(r.visit, r.replayed ? 200 : 201);
    const [status, field] = visitRefusals[r.reason];
    if (field) return c.json(bad(c, field), status);
    if (r.reason === 'task_not_open') return c.json(apiError(c, 'task_not_open', 'task_not_open'), status);
    return c.json(r.reason === 'task_not_found' ? notInJurisdiction(c, 'task', input.taskId!) : notInJurisdiction(c, 'building', input.buildingCode), status);
  })
  // Files are larger than the API's other bodies: 10 MiB holds about 90,000 resident rows (app.ts skips its 1 MiB limit here).
  .post(
    '/registry/import',
    describe('导入一标三实（CSV、GeoJSON、压缩的 Shapefile 或 GeoPackage，≤10 MiB）/ import records from CSV, GeoJSON, a zipped Shapefile or a GeoPackage', {
      200: z.union([ImportResultSchema, PlaceImportResultSchema]), 201: z.union([ImportResultSchema, PlaceImportResultSchema]),
      400: ApiErrorSchema, 413: ApiErrorSchema, 415: ApiErrorSchema, 422: z.union([ImportRefusalSchema, PlaceImportRefusalSchema]),
    }, {
      requestBody: {
        content: {
          'text/csv': { schema: { type: 'string' } },
          'application/geo+json': { schema: { type: 'object' } },
          'application/json': { schema: answerSchema(ImportBodySchema) },
          'application/zip': { schema: { type: 'string', format: 'binary' } },
          'application/geopackage+sqlite3': { schema: { type: 'string', format: 'binary' } },
        },
      },
    }),
    allow(registryWriters),
    bodyLimit({ maxSize: 10 * MiB, onError: (c) => c.json(apiError(c, 'payload_too_large', 'import_too_large'), 413) }),
    validate('query', ImportQuerySchema),
    async (c) => {
      const query = c.req.valid('query');
      const read = await readImportBody(c, query);
      if ('problem' in read) return c.json(read.problem, read.status);
      const body = read.body;
      if (query.kind && body.kind && query.kind !== body.kind) return c.json(bad(c, ['kind', 'kinds_differ']), 400);
      const kind = query.kind ?? body.kind;
      if (!kind) return c.json(bad(c, ['kind', 'kind_missing']), 400);
      // A Shapefile's field names are cut to 10 characters: building_code arrives as building_c.
      if (read.file?.type === 'shp') body.content = { type: 'FeatureCollection', features: restoreRegistryColumns((body.content as unknown as FeatureCollection).features, kind) };
      if ((placeImportKinds as readonly string[]).includes(kind)) return answerPlaceImport(c, kind as PlaceImportKind, body, read.file, query.dryRun);
      const file = parseFile(kind as RegistryKind, body);
      const r = await importRegistry(c.var.database.db, kind as RegistryKind, file, c.var.user!.scope, { dryRun: query.dryRun });
      const written = r.ok ? r.result.written : 0;
      const format = read.file?.type ?? body.format;
      noteAudit(c, { action: query.dryRun ? 'registry_import_check' : 'registry_import', records: [`kind:${kind}`, `format:${format}`, `rows:${file.rows.length}`, `written:${r.ok && !query.dryRun ? written : 0}`] });
      const info = read.file ? { file: read.file } : {};
      if (!r.ok) return c.json({ ...registryRefusal(requestLanguage(c), kind as RegistryKind, file.rows.length, r.problems), ...info }, 422);
      return c.json({ ...r.result, ...info }, query.dryRun ? 200 : 201);
    },
  )
  .get('/registry/export', describe('导出网格的一标三实（审计）/ export a grid’s records, audited', { 200: { media: ['text/csv', 'application/geo+json'], description: '附件下载，format=csv 或 geojson / a file download, format=csv or geojson' }, 403: ApiErrorSchema, 404: ApiErrorSchema }), allow(registryExporters), validate('query', ExportQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const user = c.var.user!;
    if (q.unmask && !unmaskers.includes(user.role)) return c.json(apiError(c, 'forbidden', 'unmask_export_refused', { role: user.role }), 403);
    const e = await exportRegistry(c.var.database.db, q.grid, q.kind, user.scope, q.unmask);
    if (!e) return c.json(notInJurisdiction(c, 'grid', q.grid), 404);
    // A GET is not audited by auditWrites; personal data leaving the system always is, before it leaves.
    await writeAudit(c.var.database.db, {
      username: user.username, role: user.role, ip: clientAddress(c), method: 'GET', route: '/api/registry/export', action: 'registry_export',
      records: [`grid:${q.grid}`, `kind:${q.kind}`, `format:${q.format}`, `rows:${e.rows.length}`, `masked:${!q.unmask}`],
      outcome: 'success', status: 200, requestId: c.get('requestId') ?? null,
    });
    const extension = q.format === 'csv' ? 'csv' : 'geojson';
    const name = say(requestLanguage(c), `registry_export_${q.kind}`, { grid: e.gridName });
    const headers = { 'cache-control': 'no-store', 'content-disposition': attachmentDisposition(`${name}.${extension}`, `registry-${q.kind}-${q.grid}.${extension}`) };
    if (q.format === 'csv') return c.body(formatCsv(exportColumns[q.kind], e.rows), 200, { ...headers, 'content-type': 'text/csv; charset=utf-8' });
    return c.body(JSON.stringify(exportToGeoJson(q.kind, e)), 200, { ...headers, 'content-type': 'application/geo+json' });
  });
