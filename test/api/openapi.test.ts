import { runInNewContext } from 'node:vm';
import { validate } from '@readme/openapi-parser';
import { uniqueSymbol } from 'hono-openapi';
import { findTargetHandler } from 'hono/utils/handler';
import { beforeAll, describe, expect, it } from 'vitest';
import { personalDataReaders, unmaskers } from '../../server/auth/roles';
import { getTestApp, loginAs, type TestApp, type TestClient } from '../support/test-database';

// Issue 13, item 2: /api/openapi.json is built from the app's own routes (describe(), validate(), allow()), so these
// tests walk app.routes rather than a list of their own: a route added later is held to the same contract.

type Operation = { 'x-roles'?: string[]; 'x-public'?: boolean; responses: Record<string, { content?: Record<string, unknown> }> };
type Document = { openapi: string; paths: Record<string, Record<string, Operation>> };
type Check = (value: unknown) => { issues?: readonly { message: string; path?: readonly unknown[] }[] } | Promise<{ issues?: readonly { message: string; path?: readonly unknown[] }[] }>;

// Routes of /api that are not in the document, and why.
const undocumented = new Set([
  'GET /api/docs', // the reference page itself (HTML) …
  'GET /api/docs/start.js', // … its start-up script …
  'GET /api/docs/:file', // … and Swagger UI's files from npm
  'GET /api/docs/fonts/:file', // … the product's Chinese font's stylesheets …
  'GET /api/docs/fonts/files/:file', // … and its font files
]);
// Documented GET routes this test does not call, and why.
const notCalled = new Set([
  'GET /api/live', // a server-sent event stream that stays open (test/api/live.test.ts reads it)
  'GET /api/field/reports/:id/photos/:n', // needs a report with a photo (test/api/field-reports.test.ts reads one)
  'GET /api/field/reports/:id/voice', // needs a report with a voice note (test/api/field-report-voice.test.ts reads one)
]);

const openApiPath = (honoPath: string) => honoPath.replace(/:(\w+)/g, '{$1}');
/** The zod checks of a route's documented answers, by status and media type, from its describe() in app.routes. */
function documentedChecks(app: TestApp, method: string, path: string): Map<string, Check> {
  const checks = new Map<string, Check>();
  for (const r of app.routes) {
    if (r.method !== method || r.path !== path) continue;
    const mark = (findTargetHandler(r.handler) as unknown as Record<symbol, { spec?: { responses?: Record<string, { content?: Record<string, { schema?: { validate?: Check } }> }> } }>)[uniqueSymbol];
    for (const [status, response] of Object.entries(mark?.spec?.responses ?? {})) {
      for (const [media, content] of Object.entries(response.content ?? {})) if (content.schema?.validate) checks.set(`${status} ${media}`, content.schema.validate);
    }
  }
  return checks;
}

let app: TestApp;
let admin: TestClient;
let doc: Document;
beforeAll(async () => {
  app = await getTestApp();
  admin = await loginAs('admin', '10.13.0.1');
  const res = await admin.request('/api/openapi.json');
  expect(res.status).toBe(200);
  doc = (await res.json()) as Document;
});

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('lists every route the app serves under /api, with its method', () => {
    const missing = app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
      .map((r) => `${r.method} ${r.path}`)
      .filter((key) => !undocumented.has(key))
      .filter((key) => {
        const [method, path] = key.split(' ');
        return !doc.paths[openApiPath(path)]?.[method.toLowerCase()];
      });
    expect([...new Set(missing)]).toEqual([]);
  });

  it('names the roles each route lets through, as its allow() guards enforce them', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) expect(op['x-roles'] ?? op['x-public'], `${method} ${path}`).toBeTruthy();
    }
    expect(doc.paths['/api/admin/users'].get['x-roles']).toEqual(['admin']); // the admin router's own use('/admin/*')
    expect(doc.paths['/api/residents'].get['x-roles']).toEqual([...personalDataReaders]);
    expect(doc.paths['/api/residents/{id}/unmask'].post['x-roles']).toEqual([...unmaskers]);
    expect(doc.paths['/api/auth/login'].post['x-public']).toBe(true);
    expect(doc.paths['/api/health'].get['x-public']).toBe(true);
  });

  it('refuses a caller without a session', async () => {
    expect((await app.request('/api/openapi.json')).status).toBe(401);
  });
});

describe('GET /api/docs', () => {
  it('serves Swagger UI from this origin, pointing at /api/openapi.json', async () => {
    const page = await (await app.request('/api/docs')).text();
    expect(page).toContain('/api/docs/swagger-ui-bundle.js');
    expect(page).not.toMatch(/https?:\/\//);
    const bundle = await app.request('/api/docs/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
    expect(await (await app.request('/api/docs/start.js')).text()).toContain("url: '/api/openapi.json'");
    expect((await app.request('/api/docs/package.json')).status).toBe(404);
  });

  it('"Try it out" sends the session\'s CSRF token on writes, so a write from the page is not refused', async () => {
    // start.js run as the page runs it, its fetch carrying the admin's cookie as the browser would.
    let config: { requestInterceptor(req: { url: string; method: string; headers: Record<string, string> }): unknown } | undefined;
    const pageFetch = (path: string, init: RequestInit = {}) => app.request(path, { ...init, headers: { ...(init.headers as object), cookie: admin.cookie } });
    const script = await (await app.request('/api/docs/start.js')).text();
    runInNewContext(script, { window: {}, fetch: pageFetch, SwaggerUIBundle: (c: typeof config) => (config = c) });
    const tryOut = async (method: string) => {
      const req = (await config!.requestInterceptor({ url: '/api/disputes', method, headers: { 'content-type': 'application/json' } })) as { headers: Record<string, string> };
      return req.headers;
    };
    expect((await tryOut('GET'))['X-CSRF-Token']).toBeUndefined();
    const headers = await tryOut('POST');
    expect(headers['X-CSRF-Token']).toBe(admin.csrfToken);
    // Without the header the write is refused as a forgery; with it, it reaches validation (an empty dispute: 400).
    expect((await pageFetch('/api/disputes', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(403);
    expect((await pageFetch('/api/disputes', { method: 'POST', headers, body: '{}' })).status).toBe(400);
  });

  it('draws its Chinese in the shipped font: the stylesheet and the font files it names come from this origin', async () => {
    const page = await (await app.request('/api/docs')).text();
    expect(page).toContain('/api/docs/fonts/400.css');
    const css = await (await app.request('/api/docs/fonts/400.css')).text();
    const first = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(css)?.[1];
    expect(first).toMatch(/^noto-sans-sc-[\w-]+-400-normal\.woff2$/);
    const font = await app.request(`/api/docs/fonts/files/${first}`);
    expect(font.status).toBe(200);
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect((await app.request('/api/docs/fonts/files/..%2Fpackage.json')).status).toBe(404);
    expect((await app.request('/api/docs/fonts/package.json')).status).toBe(404);
  });
});

describe('every documented GET route, called as admin', () => {
  it('answers what its documented schema says', async () => {
    const json = async (path: string) => (await admin.request(path)).json() as Promise<Record<string, unknown>>;
    // Required queries, and path parameters taken from list answers.
    const areas = (await json('/api/planner/areas')) as { streets: { code: string }[] };
    const street = areas.streets[0].code;
    const grid = ((await json('/api/wall/grid-measures')) as unknown as { code: string }[])[0].code;
    // A draft and a saved patrol route to read back (the seed has neither), removed at the end.
    const units = (await json(`/api/planner/units?street=${street}`)) as { units: { features: { properties: { code: string; gridCode: string } }[] } };
    const assignment = Object.fromEntries(units.units.features.map((f) => [f.properties.code, f.properties.gridCode]));
    const post = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const draft = (await (await admin.request('/api/planner/drafts', post({ name: '文档检查', areaKind: 'street', areaCode: street, band: [300, 500], assignment, locked: [], docking: {} }))).json()) as { id: string };
    const patrol = { stationCode: 'PS01', window: { start: '19:00', end: '23:00' }, weekdays: [1, 2, 3, 4, 5], mode: 'foot', budgetMin: 90, dwellMin: 5 };
    const planned = await (await admin.request('/api/patrol/plan', post(patrol))).json();
    const route = (await (await admin.request('/api/patrol/routes', post({ ...patrol, name: '文档检查', assignedTo: 'beat:PS01-J01', plan: planned }))).json()) as { id: string };
    const disputes = (await json('/api/disputes')) as { rows: { code: string }[] };
    const buildings = (await json(`/api/registry/freshness?grid=${grid}`)) as { rows: { buildingCode: string }[] };
    const queries: Record<string, string> = {
      '/api/workforce/people': `grid=${grid}`,
      '/api/admin/staff': `role=grid_worker&kind=grids&codes=${grid}`,
      '/api/planner/units': `street=${street}`,
      '/api/planner/drafts': `area=${street}`,
      '/api/search': 'q=城',
      '/api/registry/export': `grid=${grid}&kind=addresses&format=geojson`,
      '/api/patrol/candidates': 'station=PS01&start=19:00&end=23:00',
    };
    const params: Record<string, string | undefined> = {
      '/api/disputes/:code': disputes.rows[0]?.code,
      '/api/registry/buildings/:code': buildings.rows[0]?.buildingCode,
      '/api/grids/:code/page': grid,
      '/api/planner/drafts/:id': draft.id,
      '/api/patrol/routes/:id': route.id,
    };
    const gets = [...new Set(app.routes.filter((r) => r.method === 'GET' && r.path.startsWith('/api/')).map((r) => r.path))].filter(
      (p) => !undocumented.has(`GET ${p}`) && !notCalled.has(`GET ${p}`),
    );
    const checked: string[] = [];
    const problems: string[] = [];
    for (const path of gets) {
      let url = path;
      if (path.includes(':')) {
        if (!params[path]) {
          problems.push(`${path}: no id to call it with`);
          continue;
        }
        url = path.replace(/:\w+/, encodeURIComponent(params[path]!));
      }
      if (queries[path]) url += `?${queries[path]}`;
      const res = await admin.request(url);
      const media = (res.headers.get('content-type') ?? '').split(';')[0];
      const checks = documentedChecks(app, 'GET', path);
      const documented = doc.paths[openApiPath(path)].get.responses[String(res.status)];
      if (res.status !== 200 || !documented?.content?.[media]) {
        problems.push(`${url}: ${res.status} ${media} is not its documented success`);
        continue;
      }
      const check = checks.get(`200 ${media}`);
      if (check) {
        const result = await check(await res.json());
        for (const issue of result.issues ?? []) problems.push(`${url}: ${issue.path?.join('.') ?? ''} ${issue.message}`);
      }
      checked.push(`${url} (${check ? 'schema' : media})`);
    }
    expect((await admin.request(`/api/planner/drafts/${draft.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await admin.request(`/api/patrol/routes/${route.id}`, { method: 'DELETE' })).status).toBe(204);
    console.log(`checked ${checked.length} GET routes as admin:\n${checked.join('\n')}`);
    expect(problems).toEqual([]);
    expect(checked.length).toBeGreaterThan(50);
  });
});
