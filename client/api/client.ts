import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../../core/contracts/api-paths';

// The one client of this server's API (issue 13, item 2): paths, parameters, bodies and answers are typed by
// core/contracts/api-paths.ts, which `npm run api:types` generates from the routes' own OpenAPI marks, so an
// endpoint function names a route and reads its answer without building a URL or casting. What every request needs
// (language, session, CSRF, the session's end, the server's clock, errors as ApiError) is the middleware below.

/** An API answer other than 2xx, with the server's error code and message when it sent them. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The parsed JSON error body (e.g. a 422's list of problems), or null. */
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function toApiError(res: Response): Promise<ApiError> {
  let code = 'http_' + res.status;
  let message = `${res.status} ${res.statusText}`;
  let body: { error?: string; message?: string } | null = null;
  try {
    body = (await res.json()) as { error?: string; message?: string };
    if (body.error) code = body.error;
    if (body.message) message = body.message;
  } catch {
    // not a JSON error body: keep the status line
  }
  return new ApiError(res.status, code, message, body);
}

let csrfToken: string | null = null;
let language = 'zh-CN';
let onSessionLost: (() => void) | null = null;

/**
 * The interface's language (client/i18n), sent as Accept-Language on every request so that the server's messages
 * (refusals, validation) come back in it; Chinese until the interface says otherwise.
 */
export function setRequestLanguage(uiLanguage: string) {
  language = uiLanguage;
}

/**
 * When the server last heard from this page with a session (client clock, ms), and how far the server's clock is
 * ahead of ours (from the Date header): every such request slides the session's idle expiry (server/auth).
 */
export const apiContact = { lastMs: 0, serverOffsetMs: 0 };

/** Remembers the session's CSRF token (from /api/auth/me or login) for state-changing requests; null when signed out. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/**
 * The session's CSRF token and the interface language, for the field app's offline queue (client/api/field-endpoints.ts),
 * which replays stored writes by path with fetch rather than through the typed client.
 */
export function currentRequestHeaders(): { csrfToken: string | null; language: string } {
  return { csrfToken, language };
}

/** Called once for every 401 answer while a session is known (the token is then forgotten): the session has ended. */
export function setSessionLostHandler(handler: (() => void) | null) {
  onSessionLost = handler;
}

/** The server's current time (ms), corrected by the offset seen in its last Date header. */
export function serverNowMs(): number {
  return Date.now() + apiContact.serverOffsetMs;
}

/** The body of a 422 answer as an expected outcome, or null for any other error (which the caller rethrows). */
export function unprocessableBody<T>(err: unknown): T | null {
  return err instanceof ApiError && err.status === 422 ? ((err.body ?? {}) as T) : null;
}

const readMethods = new Set(['GET', 'HEAD']);

const session: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept-language', language);
    // JSON unless the endpoint asked for bytes (the heatmap's columns, an export).
    if (!request.headers.has('accept')) request.headers.set('accept', 'application/json');
    if (!readMethods.has(request.method) && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  async onResponse({ request, response }) {
    if (response.status === 401) {
      // Login answers 401 for a wrong password: that is no lost session.
      if (csrfToken && !new URL(request.url).pathname.startsWith('/api/auth/login')) {
        csrfToken = null;
        onSessionLost?.();
      }
    } else {
      apiContact.lastMs = Date.now();
      const serverDate = Date.parse(response.headers.get('date') ?? '');
      if (Number.isFinite(serverDate)) apiContact.serverOffsetMs = serverDate - Date.now();
    }
    // Callers catch one kind of failure, with the server's code and message (and a 422's body), not openapi-fetch's
    // { error } result: a non-2xx answer throws here, so an endpoint's `data` is always the success answer.
    if (!response.ok) throw await toApiError(response);
    return response;
  },
};

/**
 * The API client. Requests go to this page's origin with its session cookie. fetch is looked up on every request
 * (not captured once) so that tests can stub it.
 */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? 'http://localhost',
  credentials: 'same-origin',
  fetch: (request) => globalThis.fetch(request),
});
api.use(session);

/**
 * openapi-fetch 0.17 types an answer's data through its Readable<T>, which turns every tuple into an array (a bbox
 * [w, s, e, n] becomes number[]; openapi-ts/openapi-typescript#2842). This is that widening, so that the contract's
 * type (with its tuples) can be checked against the generated one after both are widened the same way.
 */
type Widened<T> = T extends (infer E)[] ? Widened<E>[] : T extends object ? { [K in keyof T as K]: Widened<T[K]> } : T;

/**
 * The data of a successful answer, as the contract type the endpoint function declares (T is read from there). The
 * generated answer type must fit T but for the tuples openapi-fetch widened; the value is the parsed answer itself.
 * The middleware has thrown ApiError for anything but 2xx, so what is left is a 2xx; one without the body the route
 * documents is refused here too, rather than handed on as undefined.
 */
export function answerOf<T>(call: Promise<{ data?: NoInfer<Widened<T>>; response: Response }>): Promise<T>;
export async function answerOf(call: Promise<{ data?: unknown; response: Response }>): Promise<unknown> {
  const { data, response } = await call;
  if (data === undefined) throw new ApiError(response.status, 'no_answer', `${response.status} ${response.statusText}`);
  return data;
}

/** The query parameters of a GET route, as the generated contract types them (lists are comma-separated strings). */
export type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

/**
 * Routes the browser reaches without fetch, so without the client: the live event stream is an EventSource
 * (client/wall/live-connection.ts). Their paths are named here once, checked against the contract, rather than typed where used.
 */
export const streamPaths = { live: '/api/live' } as const satisfies Record<string, keyof paths>;
