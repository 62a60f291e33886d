import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineIndependentDirs, engineIndependentFiles, excludedByTestScope } from '../engine-independent';

// CI's PostgreSQL run leaves these files out (test/engine-independent.ts): a database reached through any of their
// imports would then be tested on one engine only, so none may reach one.
const root = join(import.meta.dirname, '..', '..');
const databaseModules = [/^server\/db\//, /^test\/support\//];
const databasePackages = [/^@electric-sql\/pglite/, /^postgres$/, /^drizzle-orm/];
const importPattern = /(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(join(root, from)), specifier);
  const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  return found && relative(root, found);
}

/** The first chain of imports from `file` that reaches a database module or driver, or undefined. */
export function pathToDatabase(file: string): string[] | undefined {
  const seen = new Set<string>();
  const visit = (path: string, chain: string[]): string[] | undefined => {
    if (seen.has(path)) return undefined;
    seen.add(path);
    if (databaseModules.some((m) => m.test(path))) return [...chain, path];
    for (const [, specifier] of readFileSync(join(root, path), 'utf8').matchAll(importPattern)) {
      if (databasePackages.some((p) => p.test(specifier))) return [...chain, path, specifier];
      if (!specifier.startsWith('.')) continue;
      const next = resolveLocal(path, specifier);
      const found = next && visit(next, [...chain, path]);
      if (found) return found;
    }
    return undefined;
  };
  return visit(file, []);
}

function testFilesUnder(dir: string): string[] {
  return (readdirSync(join(root, dir), { recursive: true }) as string[]).filter((f) => /\.test\.tsx?$/.test(f)).map((f) => join(dir, f));
}

describe('the files CI runs on one engine only', () => {
  const files = [...engineIndependentDirs.flatMap(testFilesUnder), ...engineIndependentFiles];

  it('are many, and every one named exists', () => {
    expect(files.length).toBeGreaterThan(200);
    for (const file of engineIndependentFiles) expect(existsSync(join(root, file)), file).toBe(true);
  });

  it('reach no database through anything they import', () => {
    const reaching = files.map((f) => pathToDatabase(f)).filter((chain) => chain !== undefined);
    expect(reaching).toEqual([]);
  });

  it('would be caught reaching one: an API test is found, with its chain of imports', () => {
    const chain = pathToDatabase('test/api/analysis.test.ts');
    expect(chain?.[0]).toBe('test/api/analysis.test.ts');
    expect(chain?.at(-1)).toMatch(/^(server\/db\/|test\/support\/|postgres$|drizzle-orm|@electric-sql)/);
  });

  it('are left out only when JINGWANG_TESTS=database, and a wrong value is refused in Chinese first', () => {
    expect(excludedByTestScope(undefined)).toEqual([]);
    expect(excludedByTestScope('database')).toContain('core/**');
    expect(() => excludedByTestScope('db')).toThrow(/^JINGWANG_TESTS 只能为 database 或不设/);
  });
});
