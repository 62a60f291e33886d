import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';
import { z } from 'zod';
import { allow } from '../auth/auth.middleware';
import { everyone } from '../auth/roles';
import { apiError } from '../i18n/messages';
import type { AppEnv } from '../routes/context';
import { describe } from './describe';
import { buildOpenApiDocument, type OpenApiDocument } from './openapi-document';
import { swaggerStartScript } from './swagger-start';

// Swagger UI from npm, on this origin: the page works offline and within the app's CSP (script-src 'self', so the
// start-up script is a file of ours, not inline).
const swaggerUiDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
// The product's own Chinese font (as the app's pages load it): a machine without CJK fonts otherwise draws boxes.
const fontDir = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json'));
const fontCss = new Set(['400.css', '700.css']);
const fontFile = /^noto-sans-sc-[\w-]+\.woff2?$/;
const assets: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};
const page = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>警网 API 参考 / Jingwang API reference</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
<link rel="stylesheet" href="/api/docs/fonts/400.css">
<link rel="stylesheet" href="/api/docs/fonts/700.css">
<style>
.swagger-ui, .swagger-ui *:not(code):not(pre) { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans SC", sans-serif !important; }
.swagger-ui code, .swagger-ui pre { font-family: monospace, "Noto Sans SC" !important; }
</style>
<link rel="icon" type="image/png" href="/api/docs/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/start.js"></script>
</body>
</html>
`;

const OpenApiDocumentSchema = z.looseObject({ openapi: z.string(), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) });

/**
 * GET /api/openapi.json (every signed-in role, the wall display too: it describes routes, not data) and the
 * reference page at /api/docs (no session needed to load the page; it reads the document with the browser's).
 * The document is built from the app's routes on first request and kept: routes do not change while it runs.
 */
export function apiDocsRouter(getApp: () => Hono<AppEnv>) {
  let document: Promise<OpenApiDocument> | undefined;
  return new Hono<AppEnv>()
    .get('/openapi.json', describe('本接口的 OpenAPI 3.1 文档 / this API as an OpenAPI 3.1 document', { 200: OpenApiDocumentSchema }), allow(everyone), async (c) => {
      document ??= buildOpenApiDocument(getApp() as never).catch((err) => {
        document = undefined;
        throw err;
      });
      return c.json(await document, 200);
    })
    .get('/docs', (c) => c.html(page))
    .get('/docs/start.js', (c) => c.body(swaggerStartScript, 200, { 'content-type': 'text/javascript; charset=utf-8' }))
    .get('/docs/fonts/:file', async (c) => {
      const file = c.req.param('file');
      if (!fontCss.has(file)) return c.json(apiError(c, 'not_found', 'no_route', { method: c.req.method, path: c.req.path }), 404);
      return c.body(await readFile(join(fontDir, file)), 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=86400' });
    })
    .get('/docs/fonts/files/:file', async (c) => {
      const file = c.req.param('file');
      if (!fontFile.test(file)) return c.json(apiError(c, 'not_found', 'no_route', { method: c.req.method, path: c.req.path }), 404);
      const bytes = await readFile(join(fontDir, 'files', file)).catch(() => null);
      if (!bytes) return c.json(apiError(c, 'not_found', 'no_route', { method: c.req.method, path: c.req.path }), 404);
      return c.body(bytes, 200, { 'content-type': file.endsWith('.woff2') ? 'font/woff2' : 'font/woff', 'cache-control': 'public, max-age=31536000, immutable' });
    })
    .get('/docs/:file', async (c) => {
      const file = c.req.param('file');
      const type = assets[file];
      if (!type) return c.json(apiError(c, 'not_found', 'no_route', { method: c.req.method, path: c.req.path }), 404);
      const bytes = await readFile(join(swaggerUiDir, file));
      return c.body(bytes, 200, { 'content-type': type, 'cache-control': 'public, max-age=86400' });
    });
}
