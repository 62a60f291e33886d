import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeError } from '../db/describe-error';
import { openDatabase } from '../db/engine';
import { EnvError, readEnv } from '../env';
import { say, fieldSentence, type ApiMessageCode, type MessageParams } from '../i18n/messages';
import { FileShapeError } from '../services/incident-file-rows';
import { checkIncidentFile, writeIncidentFile, type FileImportResult } from '../services/incident-file-import';

// `npm run import:incidents -- <file.csv|file.ndjson> [--source 110]`: back-fills historical incidents from the
// dispatch system's export into the database DATABASE_URL names (or the PGlite folder DATA_DIR), as
// server/services/incident-file-import.ts describes: the whole file is checked first and nothing is written if a row is
// malformed; then chunks of 1,000, each all or nothing, without live events. CSV columns: externalId, occurredAt,
// categoryCode, lng, lat, source (source may come from --source instead). Progress on stdout, Chinese first.
// Exit codes: 0 done, 2 bad input (the file, its rows, or the arguments; named by line), 1 an unexpected failure.

class UsageError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/** A message in Chinese, then in English. */
const both = (code: ApiMessageCode, params: MessageParams = {}) => `${say('zh-CN', code, params)}（${say('en', code, params)}）`;

function readOptions(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { source: { type: 'string' } } });
  } catch (err) {
    throw new UsageError([err instanceof Error ? err.message : String(err), both('import_usage')]);
  }
  const [path, ...extra] = parsed.positionals;
  if (!path || extra.length > 0) throw new UsageError([both('import_usage')]);
  if (!/\.(csv|ndjson)$/i.test(path)) throw new UsageError([both('import_file_kind', { path })]);
  if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError([both('import_file_missing', { path })]);
  return { path, source: parsed.values.source };
}

/** What a failed import prints: the reason, then each problem by line, in Chinese. */
function describeFailure(r: Extract<FileImportResult, { ok: false }>): string[] {
  const lines = r.problems.map((p) => say('zh-CN', 'import_line', { line: p.item, text: fieldSentence('zh-CN', p.field, p.message) }));
  if (r.stage === 'check') {
    const shownRows = new Set(r.problems.map((p) => p.item)).size;
    return [both('import_bad_rows', { count: r.badRows }), ...lines, ...(r.badRows > shownRows ? [say('zh-CN', 'import_more_bad_rows', { count: r.badRows - shownRows })] : [])];
  }
  return [both('import_chunk_refused', { from: r.fromLine, to: r.toLine, written: r.created + r.replayed }), ...lines];
}

async function main() {
  const o = readOptions(process.argv.slice(2));
  const env = readEnv();
  const started = Date.now();
  // The whole file is checked before the database is opened: a malformed file is refused without touching it.
  const checked = await checkIncidentFile(o.path, { source: o.source, language: 'zh-CN' });
  if (!checked.ok) throw new UsageError(describeFailure(checked));
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    let lastReport = 0;
    const r = await writeIncidentFile(database.db, o.path, {
      source: o.source,
      language: 'zh-CN',
      onProgress: (done) => {
        if (Date.now() - lastReport < 2000) return;
        lastReport = Date.now();
        console.log(both('import_progress', done));
      },
    });
    if (!r.ok) throw new UsageError(describeFailure(r));
    console.log(both('import_done', { rows: r.rows, created: r.created, replayed: r.replayed, seconds: ((Date.now() - started) / 1000).toFixed(1) }));
  } finally {
    await database.close();
  }
}

main().catch((err) => {
  if (err instanceof UsageError) {
    console.error(err.lines.join('\n'));
    process.exit(2);
  }
  if (err instanceof FileShapeError) {
    console.error(both(err.code, err.params));
    process.exit(2);
  }
  console.error(err instanceof EnvError ? err.message : `import:incidents failed: ${describeError(err)}`);
  process.exit(1);
});
