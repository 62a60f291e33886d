import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiErrorSchema } from '../../../core/contracts/api-error';
import { DecodedFileSchema, DecodeFileQuerySchema, type DecodedFile } from '../../../core/contracts/feature-file';
import { allow, auditAs, noteAudit } from '../../auth/auth.middleware';
import { planners } from '../../auth/roles';
import { FeatureFileError } from '../../files/feature-file';
import { isFeatureUploadType, readFeatureUpload } from '../../files/read-feature-upload';
import { requestLanguage } from '../../i18n/language';
import { apiError, fieldError, say } from '../../i18n/messages';
import { describe } from '../../openapi/describe';
import type { AppEnv } from '../context';
import { validate } from '../validate';

// Mounted by planner.router; /api/planner/plan-file is in largeBodyPaths (registry.router), as a plan file can pass 1 MiB.
const MiB = 1024 * 1024;

const binary = { schema: { type: 'string', format: 'binary' } } as const;

export const planFileRouter = new Hono<AppEnv>().post(
  '/planner/plan-file',
  describe('读取方案文件（压缩的 Shapefile 或 GeoPackage）为 GeoJSON / read a plan file (zipped Shapefile or GeoPackage) as GeoJSON', {
    200: DecodedFileSchema, 400: ApiErrorSchema, 413: ApiErrorSchema, 415: ApiErrorSchema,
  }, { requestBody: { content: { 'application/zip': binary, 'application/geopackage+sqlite3': binary } } }),
  // Reads a file and writes nothing: audited as a file read, not as a write, refused or not (auditAs comes first).
  auditAs('read_plan_file'),
  allow(planners),
  bodyLimit({ maxSize: 10 * MiB, onError: (c) => c.json(apiError(c, 'payload_too_large', 'import_too_large'), 413) }),
  validate('query', DecodeFileQuerySchema),
  async (c) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (!isFeatureUploadType(type)) return c.json(fieldError(c, 'bad_request', 'content-type', 'plan_file_content_type'), 415);
    const query = c.req.valid('query');
    try {
      const { type: fileType, decoded } = readFeatureUpload(type, Buffer.from(await c.req.arrayBuffer()), query);
      noteAudit(c, { action: 'read_plan_file', records: [`format:${fileType}`, `features:${decoded.features.length}`] });
      const language = requestLanguage(c);
      const answer: DecodedFile = {
        type: 'FeatureCollection',
        features: decoded.features.map((f) => ({ ...f, properties: f.properties ?? null })),
        file: {
          type: fileType, layer: decoded.layer, crs: decoded.crs,
          ...(decoded.encoding ? { encoding: decoded.encoding } : {}),
          ...(decoded.detectedEncoding ? { detectedEncoding: decoded.detectedEncoding } : {}),
          warnings: decoded.warnings.map((w) => say(language, w.code, w.params)),
        },
      };
      return c.json(answer, 200);
    } catch (e) {
      if (e instanceof FeatureFileError) return c.json({ ...fieldError(c, 'bad_request', e.field, e.code, e.params), ...e.extra }, 400);
      throw e;
    }
  },
);
