/**
 * Test files that open no database and so give the same result on either engine. CI runs them once, in its run on
 * embedded PGlite; its run on PostgreSQL (JINGWANG_TESTS=database npm test) repeats only the files that open one, to
 * keep CI within its 25 minutes. `npm test` alone runs every file. test/lint/engine-independent.test.ts checks that
 * nothing these files import reaches a database.
 */
export const engineIndependentDirs = ['core', 'client', 'data'] as const;

/** Command-line tools run on files, or refused before they open a database. */
export const engineIndependentFiles = ['server/client-files.test.ts', 'server/scripts/hotspots.test.ts', 'server/scripts/redistrict.test.ts', 'server/scripts/cli-messages.test.ts'] as const;

export const engineIndependentGlobs = [...engineIndependentDirs.map((dir) => `${dir}/**`), ...engineIndependentFiles];

/** Which files this run leaves out: none, unless JINGWANG_TESTS says the run is for the database only. */
export function excludedByTestScope(scope: string | undefined): string[] {
  if (scope === undefined || scope === '') return [];
  if (scope === 'database') return engineIndependentGlobs;
  throw new Error(`JINGWANG_TESTS 只能为 database 或不设，收到 "${scope}"（JINGWANG_TESTS must be "database" or unset）`);
}
