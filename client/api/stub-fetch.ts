import { afterEach, beforeEach, vi } from 'vitest';
import { setCsrfToken } from './client';

/** A request as the server sees it: its path with the query, method, headers and body text. */
export interface StubbedCall {
  url: string;
  method: string;
  headers: Headers;
  body: string;
}

/** A JSON answer with its status. */
export const jsonAnswer = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * For an endpoints test (imported by tests only): each test's fetch records its requests in `calls` and answers from
 * `answers` in order, with the CSRF token a signed-in session holds; the real fetch and no token after it.
 */
export function stubFetch(): { calls: StubbedCall[]; answers: Response[] } {
  const stub = { calls: [] as StubbedCall[], answers: [] as Response[] };
  beforeEach(() => {
    stub.calls.length = 0;
    stub.answers.length = 0;
    setCsrfToken('csrf-1');
    vi.stubGlobal('fetch', async (request: Request) => {
      const url = new URL(request.url);
      stub.calls.push({ url: url.pathname + url.search, method: request.method, headers: request.headers, body: await request.text() });
      return stub.answers.shift()!;
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });
  return stub;
}
