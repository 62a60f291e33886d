import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanDraftInput } from '../../core/contracts/planner';
import type { Summary } from '../../core/contracts/summary';
import type { GridMeasure } from '../../core/contracts/wall';
import { ApiError, api, answerOf, apiContact, setCsrfToken, setRequestLanguage, setSessionLostHandler, unprocessableBody } from './client';
import { getGrids, getMe, login, revokeWallToken } from './endpoints';
import { deletePlanDraft, publishPlanDraft, updatePlanDraft } from './planner-endpoints';

function answer(status: number, body: unknown, date?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (date) headers.date = date;
  return vi.fn(async (_request: Request) => new Response(JSON.stringify(body), { status, headers }));
}
/** The requests the stubbed fetch received, in order. */
const sent = (fetch: ReturnType<typeof answer>) => fetch.mock.calls.map(([request]) => request);

// The suite runs without isolation (vitest.config.ts): another file may have left the client's language or token set.
beforeEach(() => {
  setCsrfToken(null);
  setSessionLostHandler(null);
  setRequestLanguage('zh-CN');
});

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  setSessionLostHandler(null);
  setRequestLanguage('zh-CN');
});

const draft: PlanDraftInput = { name: 'x', areaKind: 'street', areaCode: 'S', band: [300, 500], assignment: { B1: 'g1' }, locked: [], docking: {} };

describe('the language of the server’s messages', () => {
  it('asks for the interface’s language on every request, Chinese until it changes', async () => {
    const fetch = answer(200, { ok: true });
    vi.stubGlobal('fetch', fetch);
    await getGrids();
    setRequestLanguage('en');
    await revokeWallToken('t1');
    expect(sent(fetch).map((r) => r.headers.get('accept-language'))).toEqual(['zh-CN', 'en']);
  });
});

describe('the end of a session', () => {
  it('is reported once a signed-in request answers 401, and the CSRF token is forgotten', async () => {
    const lost = vi.fn();
    setSessionLostHandler(lost);
    setCsrfToken('csrf-1');
    vi.stubGlobal('fetch', answer(401, { error: 'unauthenticated', message: 'log in first' }));
    await expect(getGrids()).rejects.toMatchObject({ status: 401, code: 'unauthenticated', message: 'log in first' });
    await expect(getGrids()).rejects.toBeInstanceOf(ApiError);
    expect(lost).toHaveBeenCalledTimes(1);
  });

  it('is not reported for a 401 before anyone signed in, nor for a wrong password', async () => {
    const lost = vi.fn();
    setSessionLostHandler(lost);
    vi.stubGlobal('fetch', answer(401, { error: 'login_failed', message: 'wrong' }));
    await expect(getMe()).resolves.toBeNull();
    setCsrfToken('csrf-1');
    await expect(login({ username: 'a', password: 'b' })).rejects.toThrow('wrong');
    expect(lost).not.toHaveBeenCalled();
  });

  it('is not reported for a 403', async () => {
    const lost = vi.fn();
    setSessionLostHandler(lost);
    setCsrfToken('csrf-1');
    vi.stubGlobal('fetch', answer(403, { error: 'forbidden', message: 'no' }));
    await expect(getGrids()).rejects.toMatchObject({ status: 403, code: 'forbidden' });
    expect(lost).not.toHaveBeenCalled();
  });
});

describe('requests', () => {
  it('go to this origin with the session cookie, and send the CSRF token with POST, PUT and DELETE, not with GET', async () => {
    setCsrfToken('csrf-2');
    const fetch = answer(200, { ok: true });
    vi.stubGlobal('fetch', fetch);
    await getGrids();
    await login({ username: 'a', password: 'b' });
    await updatePlanDraft('d1', draft);
    await revokeWallToken('t1');
    const requests = sent(fetch);
    expect(requests.map((r) => [r.method, new URL(r.url).pathname, r.headers.get('x-csrf-token')])).toEqual([
      ['GET', '/api/grids', null],
      ['POST', '/api/auth/login', 'csrf-2'],
      ['PUT', '/api/planner/drafts/d1', 'csrf-2'],
      ['DELETE', '/api/admin/wall-tokens/t1', 'csrf-2'],
    ]);
    expect(requests.map((r) => r.credentials)).toEqual(['same-origin', 'same-origin', 'same-origin', 'same-origin']);
    expect(requests.map((r) => r.headers.get('accept'))).toEqual(['application/json', 'application/json', 'application/json', 'application/json']);
  });

  it('send a JSON body as JSON', async () => {
    const fetch = answer(200, { ok: true });
    vi.stubGlobal('fetch', fetch);
    await updatePlanDraft('d/1', draft);
    const [put] = sent(fetch);
    expect(new URL(put.url).pathname).toBe('/api/planner/drafts/d%2F1'); // a path parameter is encoded, not a path
    expect(put.headers.get('content-type')).toBe('application/json');
    expect(await put.json()).toEqual(draft);
  });

  it('note when the server was last heard from and how far its clock is ahead', async () => {
    const serverDate = new Date(Date.now() + 60_000).toUTCString();
    vi.stubGlobal('fetch', answer(200, { type: 'FeatureCollection', features: [] }, serverDate));
    const before = Date.now();
    await getGrids();
    expect(apiContact.lastMs).toBeGreaterThanOrEqual(before);
    expect(apiContact.serverOffsetMs).toBeGreaterThan(58_000);
    expect(apiContact.serverOffsetMs).toBeLessThan(61_000);
  });
});

describe('answers', () => {
  it('hand on the parsed body of a 2xx', async () => {
    vi.stubGlobal('fetch', answer(200, { type: 'FeatureCollection', features: [] }));
    await expect(getGrids()).resolves.toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('accept a 204 without a body for a DELETE', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 204 })));
    await expect(deletePlanDraft('x')).resolves.toBeUndefined();
  });

  it('refuse a 2xx without the body the route documents', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 204 })));
    await expect(answerOf(api.GET('/api/grids'))).rejects.toMatchObject({ status: 204, code: 'no_answer' });
  });

  it('keep a 422 body as an expected outcome and no other error body', async () => {
    vi.stubGlobal('fetch', answer(422, { error: 'invalid_plan', message: 'no', problems: [{ kind: 'gap' }] }));
    await expect(publishPlanDraft('x')).resolves.toEqual({ ok: false, message: 'no', problems: [{ kind: 'gap' }] });
    vi.stubGlobal('fetch', answer(409, { error: 'not_draft', message: 'published' }));
    const conflict = await publishPlanDraft('x').catch((err: unknown) => err);
    expect(conflict).toMatchObject({ status: 409, code: 'not_draft', message: 'published', body: { error: 'not_draft' } });
    expect(unprocessableBody(conflict)).toBeNull();
  });

  it('keep the status line of an error that is not JSON', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('upstream down', { status: 502, statusText: 'Bad Gateway' })));
    await expect(getGrids()).rejects.toMatchObject({ status: 502, code: 'http_502', message: '502 Bad Gateway', body: null });
  });
});

describe('the answer types', () => {
  it('are the contract’s, checked against the generated ones when the code is compiled', () => {
    // tsc reads these: a declared type that the route's generated answer does not fit is refused …
    // @ts-expect-error GET /api/grids answers a FeatureCollection, not a list of grid measures
    const wrong = (): Promise<GridMeasure[]> => answerOf(api.GET('/api/grids'));
    // … and the contract's tuples (the jurisdiction's bbox [w, s, e, n]) survive openapi-fetch's widening to arrays.
    const bbox = async (): Promise<[number, number, number, number] | null> => (await answerOf<Summary>(api.GET('/api/stats/summary'))).jurisdiction.bbox;
    expect([typeof wrong, typeof bbox]).toEqual(['function', 'function']);
  });
});
