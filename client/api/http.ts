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

/**
 * The interface's language (client/i18n), sent as Accept-Language on every request so that the server's messages
 * (refusals, validation) come back in it; Chinese until the interface says otherwise.
 */
export function setRequestLanguage(uiLanguage: string) {
  language = uiLanguage;
}
let onSessionLost: (() => void) | null = null;

/**
 * When the server last heard from this page with a session (client clock, ms), and how far the server's clock is
 * ahead of ours (from the Date header): every such request slides the session's idle expiry (server/auth).
 */
export const apiContact = { lastMs: 0, serverOffsetMs: 0 };

/** Remembers the session's CSRF token (from /api/auth/me or login) for state-changing requests; null when signed out. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** Called once for every 401 answer while a session is known (the token is then forgotten): the session has ended. */
export function setSessionLostHandler(handler: (() => void) | null) {
  onSessionLost = handler;
}

/** The server's current time (ms), corrected by the offset seen in its last Date header. */
export function serverNowMs(): number {
  return Date.now() + apiContact.serverOffsetMs;
}

async function send(path: string, init: RequestInit): Promise<Response> {
  const headers = { ...(init.headers as Record<string, string> | undefined), 'accept-language': language };
  const res = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  if (res.status === 401) {
    // Login answers 401 for a wrong password: that is no lost session.
    if (csrfToken && !path.startsWith('/api/auth/login')) {
      csrfToken = null;
      onSessionLost?.();
    }
  } else {
    apiContact.lastMs = Date.now();
    const serverDate = Date.parse(res.headers.get('date') ?? '');
    if (Number.isFinite(serverDate)) apiContact.serverOffsetMs = serverDate - Date.now();
  }
  if (!res.ok) throw await toApiError(res);
  return res;
}

function writeHeaders(): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  return headers;
}

/** GET a JSON answer from this server's API; throws ApiError on a non-2xx answer. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await send(path, { signal, headers: { accept: 'application/json' } });
  return (await res.json()) as T;
}

/** GET a binary answer (e.g. GET /api/incidents?format=binary) as bytes; throws ApiError on a non-2xx answer. */
export async function getBytes(path: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  const res = await send(path, { signal, headers: { accept: 'application/octet-stream' } });
  return res.arrayBuffer();
}

/** POST a JSON body and read the JSON answer; sends the CSRF token when a session has one. */
export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const res = await send(path, { method: 'POST', headers: writeHeaders(), body: JSON.stringify(body) });
  return (await res.json()) as T;
}

/** PUT a JSON body and read the JSON answer; sends the CSRF token when a session has one. */
export async function putJson<T>(path: string, body: unknown): Promise<T> {
  const res = await send(path, { method: 'PUT', headers: writeHeaders(), body: JSON.stringify(body) });
  return (await res.json()) as T;
}

/** POST a body that is not JSON (a CSV or GeoJSON file) as `contentType` and read the JSON answer. */
export async function postText<T>(path: string, contentType: string, body: string): Promise<T> {
  const res = await send(path, { method: 'POST', headers: { ...writeHeaders(), 'content-type': contentType }, body });
  return (await res.json()) as T;
}

/** DELETE a resource that answers 204 No Content. */
export async function deleteResource(path: string): Promise<void> {
  await send(path, { method: 'DELETE', headers: writeHeaders() });
}

/** The body of a 422 answer as an expected outcome, or null for any other error (which the caller rethrows). */
export function unprocessableBody<T>(err: unknown): T | null {
  return err instanceof ApiError && err.status === 422 ? ((err.body ?? {}) as T) : null;
}

/** DELETE a resource and read the JSON answer; sends the CSRF token when a session has one. */
export async function deleteJson<T>(path: string): Promise<T> {
  const res = await send(path, { method: 'DELETE', headers: writeHeaders() });
  return (await res.json()) as T;
}
