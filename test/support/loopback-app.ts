import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll } from 'vitest';
import { getTestApp } from './test-database';

/**
 * The shared test app on a loopback port and a scratch folder, for the tests whose client is another program (GDAL):
 * opened before the file's tests and closed after them. Read origin and dir inside the tests.
 */
export function useLoopbackApp(label: string): { readonly origin: string; readonly dir: string } {
  let server: ServerType | undefined;
  const opened = { origin: '', dir: '' };
  beforeAll(async () => {
    const app = await getTestApp();
    opened.dir = mkdtempSync(join(tmpdir(), `jingwang-${label}-`));
    const port = await new Promise<number>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
    });
    opened.origin = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    rmSync(opened.dir, { recursive: true, force: true });
  });
  return opened;
}
