import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const migrationsFolder = fileURLToPath(new URL('../../server/db/migrations', import.meta.url));

/**
 * A copy of the migrations folder whose journal stops before the migration tagged `beforeTag`: migrating with it
 * leaves a database as it was before that migration, to fill with rows and then migrate the rest.
 */
export function migrationsBefore(beforeTag: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'jingwang-migrations-'));
  cpSync(migrationsFolder, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const stop = journal.entries.findIndex((e) => e.tag === beforeTag);
  if (stop < 0) throw new Error(`migrationsBefore: no migration tagged ${beforeTag}`);
  journal.entries = journal.entries.slice(0, stop);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

export { migrationsFolder };
