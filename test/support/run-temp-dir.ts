import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The prefix of a run's temporary folder, which test/lint/run-temp-dir.test.ts looks for. */
export const runTempPrefix = 'jingwang-run-';

/**
 * Vitest global setup: every temporary file of one test run goes into one folder, removed when the run ends.
 *
 * Each run seeds PGlite databases of 300 MB and more (the shared one, its pristine copy, scratch copies for the
 * publishing tests), and the command-line tools and browser tests write their own folders. Left in /tmp, a day of
 * runs filled the disk, and the next CI run on the machine failed everywhere with ENOSPC. Setting TMPDIR here, in
 * the main process before any worker starts, reaches every worker, the servers and CLIs they spawn, and Chromium's
 * profile, so no test has to remember its own clean-up.
 */
export function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), runTempPrefix));
  // The throwaway PostgreSQL clusters run as the postgres user, in folders of their own under this one: it must be
  // able to pass through.
  chmodSync(dir, 0o755);
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
