import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiContact, deleteJson, deleteResource, getJson, postJson, postText, putJson, setCsrfToken, setRequestLanguage, setSessionLostHandler, unprocessableBody } from './http';

function answer(status: number, body: unknown, date?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (date) headers.date = date;
  return vi.fn(async () => new Response(JSON.stringify(body), { status, headers }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  setSessionLostHandler(null);
  setRequestLanguage('zh-CN');
});

describe('the language of the server’s messages', () => {
  it('asks for the interface’s language on every request, Chinese until it changes', async () => {
    const fetch = answer(200, {});
    vi.stubGlobal('fetch', fetch);
    const asked = () => new Headers((fetch.mock.calls.at(-1) as unknown as [string, RequestInit])[1].headers).get('accept-language');
    await getJson('/api/grids');
    expect(asked()).toBe('zh-CN');
    setRequestLanguage('en');
    await postJson('/api/disputes', {});
    expect(asked()).toBe('en');
  });
});

describe('the end of a session', () => {
  it('is reported once a signed-in request answers 401, and the CSRF token is forgotten', async () => {
    const lost = vi.fn();
    setSessionLostHandler(lost);
    setCsrfToken('csrf-1');
    vi.stubGlobal('fetch', answer(401, { error: 'unauthenticated', message: 'log in first' }));
    await expect(getJson('/api/grids')).rejects.toMatchObject({ status: 401, code: 'unauthenticated' });
    await expect(getJson('/api/grids')).rejects.toBeInstanceOf(ApiError);
    expect(lost).toHaveBeenCalledTimes(1);
  });

  it('is not reported for a 401 before anyone signed in, nor for a wrong password', async () => {
    const lost = vi.fn();
    setSessionLostHandler(lost);
    vi.stubGlobal('fetch', answer(401, { error: 'login_failed', message: 'wrong' }));
    await expect(getJson('/api/auth/me')).rejects.toThrow();
    setCsrfToken('csrf-1');
    await expect(postJson('/api/auth/login', {})).rejects.toThrow('wrong');
    expect(lost).not.toHaveBeenCalled();
  });

  it('is not reported for a 403', async () => {
    const lost = vi.fn();
    setSessionLostHandler(lost);
    setCsrfToken('csrf-1');
    vi.stubGlobal('fetch', answer(403, { error: 'forbidden', message: 'no' }));
    await expect(getJson('/api/admin/users')).rejects.toMatchObject({ status: 403 });
    expect(lost).not.toHaveBeenCalled();
  });
});

describe('requests', () => {
  it('send the CSRF token with POST and DELETE, not with GET', async () => {
    setCsrfToken('csrf-2');
    const fetchMock = answer(200, { ok: true });
    vi.stubGlobal('fetch', fetchMock);
    await getJson('/api/x');
    await postJson('/api/x', {});
    await deleteJson('/api/x');
    const sent = (fetchMock.mock.calls as unknown as [string, RequestInit][]).map(([, init]) => [init.method ?? 'GET', (init.headers as Record<string, string>)['x-csrf-token']]);
    expect(sent).toEqual([['GET', undefined], ['POST', 'csrf-2'], ['DELETE', 'csrf-2']]);
  });

  it('note when the server was last heard from and how far its clock is ahead', async () => {
    const serverDate = new Date(Date.now() + 60_000).toUTCString();
    vi.stubGlobal('fetch', answer(200, {}, serverDate));
    const before = Date.now();
    await getJson('/api/x');
    expect(apiContact.lastMs).toBeGreaterThanOrEqual(before);
    expect(apiContact.serverOffsetMs).toBeGreaterThan(58_000);
    expect(apiContact.serverOffsetMs).toBeLessThan(61_000);
  });
});

describe('writes other than a JSON POST', () => {
  it('PUTs JSON and POSTs text with the CSRF token and the given content type', async () => {
    setCsrfToken('csrf-2');
    const fetchMock = answer(200, { ok: true });
    vi.stubGlobal('fetch', fetchMock);
    await expect(putJson('/api/planner/drafts/x', { a: 1 })).resolves.toEqual({ ok: true });
    await postText('/api/registry/import?kind=residents', 'text/csv; charset=utf-8', 'id\n1');
    const [[, put], [, post]] = fetchMock.mock.calls as unknown as [string, RequestInit][];
    expect([put.method, (put.headers as Record<string, string>)['x-csrf-token'], put.body]).toEqual(['PUT', 'csrf-2', '{"a":1}']);
    expect([post.method, (post.headers as Record<string, string>)['content-type'], post.body]).toEqual(['POST', 'text/csv; charset=utf-8', 'id\n1']);
  });

  it('accepts a 204 without a body for a DELETE', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 204 })));
    await expect(deleteResource('/api/patrol/routes/x')).resolves.toBeUndefined();
  });

  it('keeps a 422 body as an expected outcome and no other error body', async () => {
    vi.stubGlobal('fetch', answer(422, { error: 'invalid_plan', message: 'no', problems: [{ kind: 'gap' }] }));
    const refused = await postJson('/api/planner/drafts/x/publish', {}).catch((err: unknown) => err);
    expect(unprocessableBody(refused)).toEqual({ error: 'invalid_plan', message: 'no', problems: [{ kind: 'gap' }] });
    vi.stubGlobal('fetch', answer(409, { error: 'not_draft', message: 'published' }));
    const conflict = await postJson('/api/planner/drafts/x/publish', {}).catch((err: unknown) => err);
    expect(conflict).toMatchObject({ status: 409, code: 'not_draft', body: { error: 'not_draft' } });
    expect(unprocessableBody(conflict)).toBeNull();
  });
});
