import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Db } from '../../server/db/engine';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';

// The product's rule: "Bad input gets a 4xx that a person can act on, and changes nothing: no stack traces, no 5xx".
// Held here for every operation in /api/openapi.json, walked from the document itself so that a route added later is
// swept too: malformed JSON bodies, wrong-typed fields, absurd query parameters and absurd path parameters, sent as
// admin (whom every route lets through, so each request reaches the route's own checks).

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema | false;
  anyOf?: Schema[];
  oneOf?: Schema[];
  required?: string[];
  format?: string;
  pattern?: string;
};
type Parameter = { in: 'query' | 'path' | 'header' | 'cookie'; name: string; required?: boolean; schema?: Schema };
type Operation = { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema?: Schema }> } };
type Document = { paths: Record<string, Record<string, Operation>> };
type Op = { method: string; path: string; op: Operation };

// Documented operations this sweep does not call, and why.
const notCalled = new Set([
  'GET /api/live', // a server-sent event stream that stays open (test/api/live.test.ts reads it); its one query (since) is an integer checked by validate()
  'POST /api/auth/logout', // takes no input, and would end the admin session every later request of this file rides on
]);
// (openapi.test.ts also leaves out a report's photo and voice note, for want of a report that has one; a bad report id
// or photo number needs none, so they are swept here.)
// Media types not sent: multipart/form-data is a browser form upload (none is documented today; files come as raw
// bodies of their own media type, which are swept below with bytes that are no such file).
const skippedMedia = new Set(['multipart/form-data']);

// Absurd values for one query parameter at a time, and for one path parameter at a time ('%00' goes into the URL as is).
const queryValues = ['abc', '-1', '9999999999999', "'; drop table x;--", 'x'.repeat(5000)];
const pathValues = ['does-not-exist', '-1', '%00', 'y'.repeat(500)];

// The rule's marks of a leak: a JavaScript stack frame, or a JS error's own "TypeError: …" text.
const stackFrame = /\n\s+at .+:\d+:\d+/;
const jsError = /\b(?:[A-Z][a-zA-Z]*)?Error: /;
const cjk = /[\u4e00-\u9fff]/;

let admin: TestClient;
let db: Db;
let doc: Document;
let ops: Op[];
/** Values of required query parameters, so that the absurd value of another one is what the route judges. */
let requiredQueries: Record<string, string>;
let before: Map<string, string>;

// The sweep's own address: refused logins and wall sign-ins count against an address, and other tests count theirs.
const address = '10.13.99.1';

beforeAll(async () => {
  admin = await loginAs('admin', '10.13.0.1');
  db = (await getTestDatabase()).db;
  const res = await admin.request('/api/openapi.json');
  expect(res.status).toBe(200);
  doc = (await res.json()) as Document;
  ops = Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ method: method.toUpperCase(), path, op })));
  const json = async (path: string) => (await admin.request(path)).json() as Promise<unknown>;
  const street = ((await json('/api/planner/areas')) as { streets: { code: string }[] }).streets[0].code;
  const grid = ((await json('/api/wall/grid-measures')) as { code: string }[])[0].code;
  requiredQueries = {
    '/api/admin/staff': `role=grid_worker&kind=grids&codes=${grid}`,
    '/api/registry/export': `grid=${grid}&kind=addresses&format=geojson`,
    '/api/workforce/people': `grid=${grid}`,
    '/api/planner/drafts': `area=${street}`,
    '/api/patrol/candidates': 'station=PS01&start=19:00&end=23:00',
    '/api/search': 'q=城',
  };
  before = await snapshot();
}, 240_000);

/** Each table's row count, and for small tables a digest of their rows, but for the tables every request may write. */
async function snapshot(): Promise<Map<string, string>> {
  const volatile = new Set(['audit_log', 'sessions', 'login_attempts', 'live_events']);
  const tables = await queryRows<{ name: string }>(
    db,
    sql`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
  );
  const state = new Map<string, string>();
  for (const { name } of tables.filter((t) => !volatile.has(t.name) && !t.name.startsWith('audit_log'))) {
    const [row] = await queryRows<{ n: number }>(db, sql.raw(`SELECT count(*)::int AS n FROM "${name}"`));
    let digest = '';
    if (Number(row.n) <= 5000) [{ digest }] = await queryRows<{ digest: string }>(db, sql.raw(`SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS digest FROM "${name}" t`));
    state.set(name, `${row.n} ${digest}`);
  }
  return state;
}

/** A value of a path parameter's documented form that names nothing, so a request gets past the parameter's own check. */
function absentValue(p: Parameter): string {
  const s = p.schema ?? {};
  if (s.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
  if (s.type === 'integer') return '0';
  if (p.name === 'z' || p.name === 'x' || p.name === 'y') return '0';
  const prefix = /^\^([A-Z]+)\\d/.exec(s.pattern ?? '')?.[1];
  if (prefix) return `${prefix}999999999`;
  return 'nonexistent-id';
}

function urlOf(o: Op, replace?: { name: string; raw: string }): string {
  let url = o.path;
  for (const p of o.op.parameters ?? []) {
    if (p.in !== 'path') continue;
    url = url.replace(`{${p.name}}`, p.name === replace?.name ? replace.raw : encodeURIComponent(absentValue(p)));
  }
  return url;
}

/** A value of the wrong JSON type for `s`: a number for a string, a string for a number, {} for an array, and so on. */
function wrongType(s: Schema): unknown {
  const branch = s.anyOf?.find((b) => b.type !== 'null') ?? s.oneOf?.find((b) => b.type !== 'null');
  if (branch) return wrongType(branch);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'string':
      return 12345;
    case 'number':
    case 'integer':
      return 'abc';
    case 'boolean':
      return 'yes';
    case 'array':
      return {};
    case 'object':
      return 'not-an-object';
    default:
      return [];
  }
}

/** An object whose every documented property has the wrong type (an array of one such object for an array body). */
function wrongTyped(s: Schema): unknown {
  if (s.type === 'array') return [s.items ? wrongTyped(s.items) : 'not-an-object'];
  return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, wrongType(v)]));
}

const short = (v: string) => v.replace(/(.)\1{40,}/g, (run, c: string) => `${c}×${run.length}`);

type Finding = string;
/**
 * Sends one bad request and judges its answer: a 4xx (a 2xx only where `ignorable`, a GET's junk query parameter that
 * the route may ignore), whose JSON message, or text, a person reading Chinese can act on, and no stack or JS error.
 */
async function probe(findings: Finding[], o: Op, url: string, sent: string, init: RequestInit, ignorable = false) {
  const headers = new Headers(init.headers);
  headers.set('x-forwarded-for', address);
  const res = await admin.request(url, { ...init, method: o.method, headers });
  const media = (res.headers.get('content-type') ?? '').split(';')[0].trim();
  const textual = media === '' || /json|text|html|xml|csv/.test(media);
  const text = textual ? await res.text() : `<${media}, ${(await res.arrayBuffer()).byteLength} bytes>`;
  const problems: string[] = [];
  if (res.status >= 500) problems.push('5xx');
  else if (res.status < 400 && !ignorable) problems.push('accepted bad input');
  if (stackFrame.test(text)) problems.push('stack trace');
  if (jsError.test(text)) problems.push('JS error text');
  if (res.status >= 400) {
    if (/json/.test(media)) {
      let message: unknown;
      try {
        const body = JSON.parse(text) as { message?: unknown };
        message = body.message;
      } catch {
        problems.push('answer is not the JSON it says');
      }
      if (typeof message !== 'string' || !cjk.test(message)) problems.push('no Chinese message');
    } else if (!cjk.test(text)) problems.push(text ? `no Chinese message (${media || 'no type'})` : 'empty answer');
  }
  if (problems.length) findings.push(`${o.method} ${short(url.length > 160 ? `${url.slice(0, 160)}…` : url)} [${short(sent)}] → ${res.status} ${problems.join(', ')}: ${short(text.slice(0, 300))}`);
}

const called = (o: Op) => !notCalled.has(`${o.method} ${o.path.replace(/\{(\w+)\}/g, ':$1')}`);
const jsonBody = (body: string, media = 'application/json'): RequestInit => ({ headers: { 'content-type': media }, body });

describe('bad input to every documented route', () => {
  it('a malformed, wrong-shaped, wrong-typed or empty request body gets an actionable 4xx', async () => {
    const findings: Finding[] = [];
    let sent = 0;
    for (const o of ops.filter((o) => o.op.requestBody && called(o))) {
      const url = urlOf(o);
      for (const [media, { schema }] of Object.entries(o.op.requestBody!.content)) {
        if (skippedMedia.has(media)) continue;
        const cases: [string, string][] = [['{not json', '{not json']];
        if (/json/.test(media) && schema && media !== 'application/geo+json') {
          const array = schema.type === 'array';
          cases.push(array ? ['42 (not an array)', '42'] : ['[] (not an object)', '[]']);
          const wrong = JSON.stringify(wrongTyped(schema));
          cases.push([`wrong types ${wrong}`, wrong]);
          if (!array) cases.push(['{}', '{}']);
        }
        // The query a file import reads its kind from is left out: a body that names no kind can import nothing.
        for (const [label, body] of cases) {
          await probe(findings, o, url, `${media} ${label}`, jsonBody(body, media));
          sent++;
        }
      }
    }
    expect(findings).toEqual([]);
    expect(sent).toBeGreaterThan(100); // the walk found the documented bodies
  }, 120_000);

  it('an absurd query parameter gets an actionable 4xx (or, on a GET, is ignored), one parameter at a time', async () => {
    const findings: Finding[] = [];
    const missing: string[] = [];
    let sent = 0;
    for (const o of ops.filter((o) => o.op.parameters?.some((p) => p.in === 'query') && called(o))) {
      const base = new URLSearchParams(requiredQueries[o.path] ?? '');
      const query = o.op.parameters!.filter((p) => p.in === 'query');
      for (const p of query.filter((q) => q.required && !base.has(q.name))) missing.push(`${o.method} ${o.path}?${p.name}`);
      // A route that takes a body is sent {} with its absurd query: refused however the query reads, so it changes nothing.
      const init: RequestInit = o.op.requestBody ? jsonBody('{}') : {};
      for (const p of query) {
        for (const value of queryValues) {
          const params = new URLSearchParams(base);
          params.set(p.name, value);
          await probe(findings, o, `${urlOf(o)}?${params}`, `${p.name}=${value}`, init, o.method === 'GET');
          sent++;
        }
      }
    }
    expect(missing, 'required query parameters with no value in requiredQueries').toEqual([]);
    expect(findings).toEqual([]);
    expect(sent).toBeGreaterThan(500);
  }, 120_000);

  it('an absurd path parameter gets an actionable 4xx, one parameter at a time', async () => {
    const findings: Finding[] = [];
    let sent = 0;
    // DELETE goes only to routes with a path parameter, and only with these values, which name nothing.
    for (const o of ops.filter((o) => o.op.parameters?.some((p) => p.in === 'path') && called(o))) {
      const base = new URLSearchParams(requiredQueries[o.path] ?? '');
      const init: RequestInit = o.op.requestBody ? jsonBody('{}') : {};
      for (const p of o.op.parameters!.filter((q) => q.in === 'path')) {
        for (const value of pathValues) {
          const url = urlOf(o, { name: p.name, raw: value === '%00' ? value : encodeURIComponent(value) }) + (base.toString() ? `?${base}` : '');
          await probe(findings, o, url, `${p.name}=${value}`, init);
          sent++;
        }
      }
    }
    expect(findings).toEqual([]);
    expect(sent).toBeGreaterThan(80);
  }, 120_000);

  it('changed nothing', async () => {
    const after = await snapshot();
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((t) => before.get(t) !== after.get(t));
    expect(changed.map((t) => `${t}: ${before.get(t)} → ${after.get(t)}`)).toEqual([]);
  }, 120_000);
});
