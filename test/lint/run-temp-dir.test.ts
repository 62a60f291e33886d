import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import unitConfig from '../../vitest.config';
import e2eConfig from '../../vitest.e2e.config';
import { runTempPrefix, setup } from '../support/run-temp-dir';

// A day of runs that each left their seeded databases in /tmp filled the disk, and CI failed everywhere.
describe('the test runs’ temporary files', () => {
  const ownTmp = process.env.TMPDIR;
  afterEach(() => {
    process.env.TMPDIR = ownTmp;
  });

  it('go, in this run, into one folder of the run’s own', () => {
    expect(basename(tmpdir())).toMatch(new RegExp(`^${runTempPrefix}`));
    expect(process.env.TMPDIR).toBe(tmpdir());
  });

  it('are removed with their folder when a run ends, whatever a test left in it', () => {
    const teardown = setup();
    const dir = tmpdir();
    expect(dirname(dir)).toBe(ownTmp);
    mkdirSync(join(dir, 'jingwang-scratch-publish-1', 'base'), { recursive: true });
    writeFileSync(join(dir, 'jingwang-scratch-publish-1', 'base', 'PG_VERSION'), '17');
    teardown();
    expect(existsSync(dir)).toBe(false);
  });

  it('are set up so for the browser tests too, before their server starts', () => {
    expect(unitConfig.test?.globalSetup).toEqual(['test/support/run-temp-dir.ts']);
    expect(e2eConfig.test?.globalSetup).toEqual(['test/support/run-temp-dir.ts', 'test/e2e/start-server.ts']);
  });
});
