import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs `use` on a file in a fresh private temporary folder and removes the folder afterwards, whatever happens.
 * SQLite (GeoPackage) reads and writes files, not buffers; `content` is written first when given.
 */
export function withTempFile<T>(name: string, content: Buffer | null, use: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'jingwang-file-'));
  try {
    const path = join(dir, name);
    if (content) writeFileSync(path, content);
    return use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const readFileBytes = (path: string): Buffer => readFileSync(path);
