import type { Context } from 'hono';
import type { ImportBody, ImportFileInfo, PlaceImportKind, PlaceImportRefusal, PlaceImportResult } from '../../../core/contracts/registry';
import { noteAudit } from '../../auth/auth.middleware';
import { importPlaces } from '../../db/repos/place-import.repo';
import { requestLanguage } from '../../i18n/language';
import { fieldError, say } from '../../i18n/messages';
import type { AppEnv } from '../context';

/**
 * POST /api/registry/import for buildings and key places (issue 14, item 4): a feature file only, since where a place
 * lies decides its grid; every refused row's reason is worded in the caller's language. Audited as the registry's kinds.
 */
export async function answerPlaceImport(c: Context<AppEnv>, kind: PlaceImportKind, body: ImportBody, file: ImportFileInfo | undefined, dryRun: boolean) {
  if (body.format !== 'geojson') return c.json(fieldError(c, 'bad_request', 'format', 'place_needs_geometry'), 400);
  let content: unknown = body.content;
  if (typeof content === 'string') {
    try {
      content = JSON.parse(content);
    } catch {
      content = null; // refused by the reader as not a FeatureCollection
    }
  }
  const r = await importPlaces(c.var.database.db, kind, content, c.var.user!.scope, { dryRun });
  const format = file?.type ?? 'geojson';
  const written = r.ok && !dryRun ? r.written : 0;
  noteAudit(c, { action: dryRun ? 'registry_import_check' : 'registry_import', records: [`kind:${kind}`, `format:${format}`, `rows:${r.rows}`, `written:${written}`] });
  const info = file ? { file } : {};
  const language = requestLanguage(c);
  if (!r.ok) {
    const refused = new Set(r.problems.map((p) => p.row)).size;
    const rejected = r.problems.map((p) => ({ row: p.row, field: p.field, reason: say(language, p.code, p.params) }));
    const refusal: PlaceImportRefusal = { error: 'rejected_rows', message: say(language, 'import_rows_refused', { refused, rows: r.rows }), kind, rows: r.rows, rejected, ...info };
    return c.json(refusal, 422);
  }
  const result: PlaceImportResult = { kind, format: 'geojson', rows: r.rows, written: r.written, dryRun, ignoredColumns: r.ignoredColumns, ...info };
  return c.json(result, dryRun ? 200 : 201);
}
