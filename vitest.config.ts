import { configDefaults, defineConfig } from 'vitest/config';
import { isDroppedTypeFetch } from './server/db/dropped-type-fetch';
import { excludedByTestScope } from './test/engine-independent';

// One worker without isolation: the API tests share one seeded database (PGlite allows a single
// process per data folder, and seeding takes seconds), opened once by test/support/test-database.ts.
export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'data/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts', 'test/api/**/*.test.ts', 'test/lint/**/*.test.ts', 'test/load/**/*.test.ts'],
    // JINGWANG_TESTS=database leaves out the files that open no database (test/engine-independent.ts): CI's second run.
    exclude: [...configDefaults.exclude, ...excludedByTestScope(process.env.JINGWANG_TESTS)],
    // One temporary folder a run, removed when it ends (test/support/run-temp-dir.ts).
    globalSetup: ['test/support/run-temp-dir.ts'],
    pool: 'forks',
    isolate: false,
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 240_000,
    // The fault and replica tests stop clusters under live clients: postgres.js's one known stray rejection is not a
    // failure of ours (server/db/dropped-type-fetch.ts); every other unhandled error still fails the run.
    onUnhandledError: (error) => (isDroppedTypeFetch(error) ? false : undefined),
  },
});
