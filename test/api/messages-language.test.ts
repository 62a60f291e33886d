import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fieldLabel } from '../../server/i18n/field-labels';
import { validationOf } from '../../server/routes/validate';
import { getTestApp, loginAs, type TestApp, type TestClient } from '../support/test-database';

// Issue 12: every refusal of bad input reads in the language the client asks for. The routes come from the app
// itself (each validate() middleware is found in app.routes), so a route added later is checked too.

const chinese = /[\u4e00-\u9fff]/;
// Three English words in a row is a sentence; a field code or an enum value ("json、binary") is not.
const englishSentence = /[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/;

interface Probe {
  method: string;
  path: string; // with its parameters filled in
  query?: Record<string, string>;
  body?: unknown;
  target: string;
}

type Schema = z.ZodType;
const rejects = (schema: Schema, value: unknown) => !schema.safeParse(value).success;
const shapeOf = (schema: Schema): Record<string, unknown> => ((schema as unknown as { _zod: { def: { shape?: Record<string, unknown> } } })._zod.def.shape ?? {});

// Values a field of each kind refuses: a control character, out-of-range numbers, text too long, the wrong type.
const badStrings = ['\u0001', '-1', 'abc', 'x'.repeat(5000), '99999999999', '2026-13-45'];
const badValues: unknown[] = ['\u0001', -1, 1e12, 'x'.repeat(5000), [], {}, 1.5, 'abc'];
// Path parameters a route accepts, so that the validations after them (a body) are reached.
const goodParams = ['00000000-0000-4000-8000-000000000000', 'MD0001', 'R000001', '511703001001001', 'P00001', 'B0001'];

/** An input the schema refuses: nothing at all if that is refused, else one field set to a value it refuses. */
function refusedInput(schema: Schema, target: string): Record<string, unknown> | null {
  if (rejects(schema, {})) return {};
  const candidates = target === 'json' ? badValues : badStrings;
  for (const key of Object.keys(shapeOf(schema))) {
    for (const value of candidates) if (rejects(schema, { [key]: value })) return { [key]: value };
  }
  return null;
}

function probesOf(app: TestApp): Probe[] {
  const byRoute = new Map<string, { method: string; path: string; validations: NonNullable<ReturnType<typeof validationOf>>[] }>();
  for (const r of app.routes) {
    const v = validationOf(r.handler);
    if (!v) continue;
    const key = `${r.method} ${r.path}`;
    const entry = byRoute.get(key) ?? { method: r.method, path: r.path, validations: [] };
    entry.validations.push(v);
    byRoute.set(key, entry);
  }
  const probes: Probe[] = [];
  for (const { method, path, validations } of byRoute.values()) {
    const param = validations.find((v) => v.target === 'param');
    const names = [...path.matchAll(/:(\w+)/g)].map((m) => m[1]);
    const goodPath = (params: Record<string, string>) => path.replace(/:(\w+)/g, (_, n: string) => encodeURIComponent(params[n]));
    const accepted: Record<string, string> = {};
    for (const n of names) accepted[n] = goodParams.find((p) => !param || !rejects(param.schema, { ...accepted, [n]: p })) ?? 'x';
    for (const v of validations) {
      if (v.target === 'param') {
        const bad = Object.fromEntries(names.map((n) => [n, '!bad!']));
        if (rejects(v.schema, bad)) probes.push({ method, path: goodPath(bad), target: 'param' });
        continue;
      }
      // And a parameter the route does not take: a mistyped filter must not answer as if unfiltered.
      if (v.target === 'query' && Object.keys(shapeOf(v.schema)).length > 0) probes.push({ method, path: goodPath(accepted), target: 'unknown-query', query: { statuss: 'open' } });
      const input = refusedInput(v.schema, v.target);
      expect(input, `${method} ${path}: no refused ${v.target} found`).not.toBeNull();
      const stringified = Object.fromEntries(Object.entries(input!).map(([k, x]) => [k, String(x)]));
      probes.push({ method, path: goodPath(accepted), target: v.target, ...(v.target === 'json' ? { body: input } : { query: stringified }) });
    }
  }
  return probes;
}

let app: TestApp;
let clients: TestClient[];
let probes: Probe[];
beforeAll(async () => {
  app = await getTestApp();
  // admin may call most routes; the others are for roles admin is not (a grid worker's work records, say).
  clients = [await loginAs('admin', '10.9.0.1'), await loginAs('commander', '10.9.0.2'), await loginAs('planner', '10.9.0.3'), await loginAs('worker001', '10.9.0.4')];
  probes = probesOf(app);
});

async function send(p: Probe, language: string | null) {
  const url = p.query ? `${p.path}?${new URLSearchParams(p.query)}` : p.path;
  for (const client of clients) {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': '10.9.1.1' };
    if (language) headers['accept-language'] = language;
    const res = await client.request(url, { method: p.method, headers, ...(p.body !== undefined ? { body: JSON.stringify(p.body) } : {}) });
    if (res.status !== 403) return { status: res.status, body: (await res.json()) as { error: string; message: string; issues?: { field: string; message: string }[] } };
  }
  throw new Error(`${p.method} ${url}: every account was refused`);
}

describe('refusals of bad input in the language asked for', () => {
  it('finds the validated routes in the app, bodies, queries and path parameters alike', () => {
    const targets = new Set(probes.map((p) => p.target));
    expect([...targets].sort()).toEqual(['json', 'param', 'query', 'unknown-query']);
    expect(probes.length).toBeGreaterThan(40);
    expect(probes.some((p) => p.method === 'POST' && p.path === '/api/auth/login')).toBe(true);
  });

  it('answers every validated route in Chinese for Accept-Language zh-CN, and when no language is given', async () => {
    for (const p of probes) {
      for (const language of ['zh-CN', 'zh-CN,zh;q=0.9,en;q=0.8', null]) {
        const { status, body } = await send(p, language);
        const where = `${p.method} ${p.path} ${JSON.stringify(p.query ?? p.body ?? '')} (${language})`;
        expect([400, 422], where).toContain(status);
        expect(body.message, where).toMatch(chinese);
        expect(body.message, where).not.toMatch(englishSentence);
        for (const issue of body.issues ?? []) expect(issue.message, where).toMatch(chinese);
      }
    }
  });

  it('answers every validated route in English for Accept-Language en', async () => {
    for (const p of probes) {
      const { status, body } = await send(p, 'en-GB,en;q=0.9');
      const where = `${p.method} ${p.path} ${JSON.stringify(p.query ?? p.body ?? '')}`;
      expect([400, 422], where).toContain(status);
      expect(body.message, where).not.toMatch(chinese);
      expect(body.issues?.length ?? 1, where).toBeGreaterThan(0);
    }
  });

  it('names in Chinese every field a route validates, and the request part a whole-body refusal is about', () => {
    const unnamed = new Set<string>();
    for (const r of app.routes) {
      const v = validationOf(r.handler);
      if (!v) continue;
      // A refusal of the whole input (a JSON array where an object is due) is named by the part of the request.
      for (const field of [v.target, ...Object.keys(shapeOf(v.schema))]) if (/[A-Za-z]/.test(fieldLabel(field, 'zh-CN'))) unnamed.add(`${field} (${r.method} ${r.path})`);
    }
    expect([...unnamed].sort()).toEqual([]);
  });

  it('refuses a query parameter a route does not take, naming it and the ones the route does', async () => {
    const unknown = probes.filter((p) => p.target === 'unknown-query');
    expect(unknown.length).toBeGreaterThan(20);
    for (const p of unknown) {
      const { status, body } = await send(p, 'zh-CN');
      const where = `${p.method} ${p.path}`;
      expect(status, where).toBe(400);
      expect(body.message, where).toMatch(/^statuss：不是此接口的查询参数，可用的参数：\S+/);
      expect(body.issues, where).toEqual([{ field: 'statuss', message: expect.stringContaining('不是此接口的查询参数') }]);
    }
    const { body } = await send({ method: 'GET', path: '/api/disputes', query: { statuss: 'open' }, target: 'unknown-query' }, 'en');
    expect(body.message).toMatch(/^statuss: not a query parameter of this route; it takes .*\bstatus\b/);
  });

  it('names the field in Chinese and keeps its code in issues', async () => {
    const { body } = await send({ method: 'POST', path: '/api/auth/login', body: { username: 'x'.repeat(65), password: 'p' }, target: 'json' }, 'zh-CN');
    expect(body.message).toBe('用户名：最多 64 个字符');
    expect(body.issues).toEqual([{ field: 'username', message: '最多 64 个字符' }]);
    const whole = await send({ method: 'POST', path: '/api/auth/login', body: [], target: 'json' }, 'zh-CN');
    expect(whole.body.message).toBe('请求内容：必须是对象');
  });

  it('says a contract rule from its code in each language', async () => {
    const query = '?street=511703001&community=511703001001';
    const zh = await clients[2].request(`/api/planner/units${query}`);
    expect(((await zh.json()) as { message: string }).message).toBe('街道：街道和社区须且只能给出一个');
    const en = await clients[2].request(`/api/planner/units${query}`, { headers: { 'accept-language': 'en' } });
    expect(((await en.json()) as { message: string }).message).toBe('street: give exactly one of street or community');
  });

  it('answers route-level refusals in the language asked for', async () => {
    const zh = await clients[0].request('/api/disputes/MD999999');
    expect([zh.status, ((await zh.json()) as { message: string }).message]).toEqual([404, '您的辖区内没有矛盾纠纷 MD999999']);
    const en = await clients[0].request('/api/disputes/MD999999', { headers: { 'accept-language': 'en' } });
    expect(((await en.json()) as { message: string }).message).toBe('no dispute MD999999 in your jurisdiction');
    const unknown = await clients[0].request('/api/no-such-route');
    expect(((await unknown.json()) as { message: string }).message).toBe('没有这个接口：GET /api/no-such-route');
  });
});
