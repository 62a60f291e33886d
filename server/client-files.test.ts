import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { serveClientFiles } from './client-files';

// The same calls as server/app.ts, on a folder shaped like Vite's output.
const root = mkdtempSync(join(tmpdir(), 'jingwang-static-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html>');
writeFileSync(join(root, 'sw.js'), '');
writeFileSync(join(root, 'assets', 'noto-sans-sc-100-700-normal-XED7J4tu.woff2'), 'font');
const app = new Hono();
app.use('*', serveClientFiles({ root }));
app.get('*', serveClientFiles({ root, path: 'index.html' }));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('cache headers of the page’s files', () => {
  it('keeps the hashed assets for a year and asks again for the page and the unhashed files', async () => {
    const font = await app.request('/assets/noto-sans-sc-100-700-normal-XED7J4tu.woff2');
    expect(font.status).toBe(200);
    expect(font.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/wall', '/sw.js']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
    }
  });
});
