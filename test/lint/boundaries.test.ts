import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering is kept by eslint.config.js (issue 13, item 5). These probes are linted with the project's own
// configuration as if they stood at their paths in the tree, so a rule that stops resolving imports or matching paths
// fails here. They are never written: CI runs this file on both engines and `eslint .` beside them, and probe files
// written by one run were removed under another (ENOENT in CI) or would be linted by the other.
const root = join(import.meta.dirname, '..', '..');

interface Probe {
  path: string;
  source: string;
}

const probes = {
  coreImportsServer: {
    path: 'core/__lint_probe__.ts',
    source: "import { createApp } from '../server/app';\n\nexport const probe = createApp;\n",
  },
  featureImportsFeature: {
    path: 'client/features/patrol/__lint_probe__.ts',
    source: "import { DisputesTable } from '../disputes/DisputesTable';\n\nexport const probe = DisputesTable;\n",
  },
  clientImportsServerValue: {
    path: 'client/map/__lint_probe__.ts',
    source: "import { createApp } from '../../server/app';\n\nexport const probe = createApp;\n",
  },
  clientImportsRepoType: {
    path: 'client/api/__lint_probe__.ts',
    source: "import type { Period } from '../../server/db/repos/analysis.repo';\n\nexport type Probe = Period;\n",
  },
  featureReadsMapHook: {
    path: 'client/features/patrol/__lint_probe_hooks__.ts',
    source:
      'export const map = window.__jingwang?.map;\n' +
      "export const scenes = (window as unknown as { __wall: { scenesShown: number } }).__wall.scenesShown;\n" +
      "export const ready = (globalThis as unknown as Record<string, { ready: boolean }>)['__jingwang'].ready;\n",
  },
  testReadsMapHook: {
    path: 'test/e2e/__lint_probe_hooks__.ts',
    source: 'export const map = window.__jingwang?.map;\nexport const scenes = window.__wall?.scenesShown;\n',
  },
  repoReadsRecordedAtBare: {
    path: 'server/db/repos/__lint_probe_recorded_at__.ts',
    source:
      "import { sql } from 'drizzle-orm';\nimport { incidents } from '../schema';\n\n" +
      'export const bare = sql`SELECT ${incidents.recordedAt} FROM ${incidents}`;\n' +
      'export const written = { recorded_at: incidents.recordedAt.name };\n',
  },
  clean: {
    path: 'client/features/patrol/__lint_probe_clean__.ts',
    source:
      "import type { AppOptions } from '../../../server/app';\nimport { formatShare } from '../../shared/format-share';\n\n" +
      'export const probe = formatShare;\nexport type Probe = AppOptions;\n',
  },
} satisfies Record<string, Probe>;

type ProbeName = keyof typeof probes;

/** Lints every probe's text at its path, with nothing written to the tree. */
async function lintProbes(): Promise<Record<ProbeName, ESLint.LintResult>> {
  const eslint = new ESLint({ cwd: root });
  const entries = Object.entries(probes) as [ProbeName, Probe][];
  const linted = await Promise.all(
    entries.map(async ([name, probe]) => {
      const [result] = await eslint.lintText(probe.source, { filePath: join(root, probe.path) });
      return [name, result] as const;
    }),
  );
  return Object.fromEntries(linted) as Record<ProbeName, ESLint.LintResult>;
}

const boundaryErrors = (result: ESLint.LintResult) =>
  result.messages.filter((m) => m.ruleId === 'boundaries/dependencies' && m.severity === 2).map((m) => m.line);

const results = await lintProbes();

describe('import boundaries', () => {
  it('refuses a core module that imports the server', () => {
    expect(boundaryErrors(results.coreImportsServer)).toEqual([1]);
  });

  it('refuses a feature that imports another feature', () => {
    expect(boundaryErrors(results.featureImportsFeature)).toEqual([1]);
  });

  it('refuses client code that imports a value from the server', () => {
    expect(boundaryErrors(results.clientImportsServerValue)).toEqual([1]);
  });

  it('refuses client code that imports a repository, even as a type', () => {
    expect(boundaryErrors(results.clientImportsRepoType)).toEqual([1]);
  });

  it('accepts a feature that imports shared client code and server types', () => {
    expect(results.clean.messages).toEqual([]);
  });
});

describe('test hooks', () => {
  const hookErrors = (result: ESLint.LintResult) =>
    result.messages.filter((m) => m.ruleId === 'no-restricted-syntax' && m.severity === 2).map((m) => m.line);

  it('refuses client code that reads window.__jingwang or window.__wall, however it is spelled', () => {
    expect(hookErrors(results.featureReadsMapHook)).toEqual([1, 2, 3]);
  });

  it('lets the browser tests read them', () => {
    expect(results.testReadsMapHook.messages).toEqual([]);
  });
});

describe('incident entry time', () => {
  it('refuses SQL that reads incidents.recorded_at bare (NULL before migration 0015) instead of through incidentRecordedAt', () => {
    const errors = results.repoReadsRecordedAtBare.messages.filter((m) => m.ruleId === 'no-restricted-syntax' && m.severity === 2);
    expect(errors.map((m) => m.line)).toEqual([4]);
  });
});
