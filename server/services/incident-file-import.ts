import type { Scope } from '../../core/contracts/auth';
import type { IncidentItemProblem } from '../../core/contracts/incident-write';
import { IncidentRecordSchema, type NewIncident } from '../../core/contracts/live';
import type { Db } from '../db/engine';
import { writeChunkSize, writeIncidents } from '../db/repos/incidents-write.repo';
import type { Language } from '../i18n/language';
import { say } from '../i18n/messages';
import { checkIncidentItems, describeRefusal } from './incident-items';
import { readIncidentFileRows, type FileRow } from './incident-file-rows';

// A back-fill of years of history (npm run import:incidents): the whole file is checked first, without the database,
// and nothing is written if any row is malformed — a file with a wrong column should not half-load. Then it is
// written chunk by chunk, each chunk one transaction through writeIncidents (as the batch endpoint writes) without
// live events, which would flood the wall with history. A refusal the database alone can tell (a point outside the
// grids, an unknown category) stops the import at its chunk: that chunk is not written, those before it are, and
// since every row must carry its externalId, running the fixed file again skips them instead of doubling them.

const districtScope: Scope = { kind: 'district', codes: [] };
const shownProblems = 20;

export type FileCheckResult = { ok: true; rows: number } | { ok: false; stage: 'check'; rows: number; problems: IncidentItemProblem[]; badRows: number };
export type FileWriteResult =
  | { ok: true; rows: number; created: number; replayed: number }
  | { ok: false; stage: 'write'; rows: number; created: number; replayed: number; fromLine: number; toLine: number; problems: IncidentItemProblem[] };
export type FileImportResult = FileWriteResult | Extract<FileCheckResult, { ok: false }>;

export interface FileImportOptions {
  source?: string;
  language: Language;
  scope?: Scope;
  onProgress?: (done: { rows: number; created: number; replayed: number }) => void;
}

/** Checks, then writes, the incidents of a CSV or NDJSON file (see above); problems name their lines. */
export async function importIncidentFile(db: Db, path: string, o: FileImportOptions): Promise<FileImportResult> {
  const checked = await checkIncidentFile(path, o);
  return checked.ok ? writeIncidentFile(db, path, o) : checked;
}

/** The first pass: every row well formed and with its externalId, without the database. */
export async function checkIncidentFile(path: string, o: Pick<FileImportOptions, 'source' | 'language'>): Promise<FileCheckResult> {
  const problems: IncidentItemProblem[] = [];
  let rows = 0;
  let badRows = 0;
  for await (const row of readIncidentFileRows(path, o.source)) {
    rows++;
    const found = checkRow(row, o.language);
    if (found.length === 0) continue;
    badRows++;
    if (problems.length < shownProblems) problems.push(...found);
  }
  return badRows > 0 ? { ok: false, stage: 'check', rows, badRows, problems: problems.slice(0, shownProblems) } : { ok: true, rows };
}

/** The second pass, over a file checkIncidentFile passed: chunk by chunk, each all or nothing. */
export async function writeIncidentFile(db: Db, path: string, o: FileImportOptions): Promise<FileWriteResult> {
  const done = { rows: 0, created: 0, replayed: 0 };
  for await (const chunk of chunksOf(readIncidentFileRows(path, o.source))) {
    const items = chunk.map((r) => r.value as NewIncident);
    const written = await writeIncidents(db, items, o.scope ?? districtScope, { announce: false });
    const lineOf = (index: number) => chunk[index].line;
    if (!written.ok) {
      const problems = written.refusals.map((r) => describeRefusal(r, items, o.language, lineOf));
      return { ok: false, stage: 'write', ...done, fromLine: chunk[0].line, toLine: chunk.at(-1)!.line, problems };
    }
    done.rows += chunk.length;
    done.created += written.created;
    done.replayed += written.replayed;
    o.onProgress?.({ ...done });
  }
  return { ok: true, ...done };
}

function checkRow(row: FileRow, language: Language): IncidentItemProblem[] {
  if (row.value === null) return [{ item: row.line, field: 'body', reason: 'invalid', message: say(language, 'batch_line_not_json') }];
  const checked = checkIncidentItems([row.value], language, () => row.line, IncidentRecordSchema);
  if (!checked.ok) return checked.problems;
  if (checked.items[0].externalId === undefined) return [{ item: row.line, field: 'externalId', reason: 'invalid', message: say(language, 'import_external_id_required') }];
  row.value = checked.items[0];
  return [];
}

/** Rows in chunks of writeChunkSize, each row checked (and so typed) again: the file may have changed since the check. */
async function* chunksOf(rows: AsyncGenerator<FileRow>): AsyncGenerator<FileRow[]> {
  let chunk: FileRow[] = [];
  for await (const row of rows) {
    const problems = checkRow(row, 'en');
    if (problems.length > 0) throw new Error(`line ${row.line} changed since it was checked: ${problems[0].message}`);
    chunk.push(row);
    if (chunk.length === writeChunkSize) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
