/** An API answer other than 2xx, with the server's error code and message when it sent them. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function toApiError(res: Response): Promise<ApiError> {
  let code = 'http_' + res.status;
  let message = `${res.status} ${res.statusText}`;
  try {
    const body = (await res.json()) as { error?: string; message?: string };
    if (body.error) code = body.error;
    if (body.message) message = body.message;
  } catch {
    // not a JSON error body: keep the status line
  }
  return new ApiError(res.status, code, message);
}

let csrfToken: string | null = null;

/** Remembers the session's CSRF token (from /api/auth/me or login) for state-changing requests. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** GET a JSON answer from this server's API; throws ApiError on a non-2xx answer. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, { signal, headers: { accept: 'application/json' }, credentials: 'same-origin' });
  if (!res.ok) throw await toApiError(res);
  return (await res.json()) as T;
}

/** POST a JSON body and read the JSON answer; sends the CSRF token when a session has one. */
export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body), credentials: 'same-origin' });
  if (!res.ok) throw await toApiError(res);
  return (await res.json()) as T;
}
