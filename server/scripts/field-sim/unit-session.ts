/**
 * A simulated phone's session with the server (issue 16, item 4): it logs in as a demo account and speaks to the API
 * as the field app does — the session cookie, and the CSRF token on every write. `fetcher` is fetch against the
 * server's origin, or a test app's request(): the same code walks units against a running server and in a test.
 */
import type { Me } from '../../../core/contracts/auth';

/** fetch() relative to the server: `path` begins with /api. */
export type Fetcher = (path: string, init?: RequestInit) => Promise<Response>;

export interface Answer<T> {
  status: number;
  body: T;
}

export interface UnitSession {
  username: string;
  role: Me['role'];
  get<T>(path: string): Promise<Answer<T>>;
  post<T>(path: string, body: unknown): Promise<Answer<T>>;
}

/** The server's words when it refused (its message), or the status alone. */
export function refusalOf(a: Answer<unknown>): string {
  const message = (a.body as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? `${a.status} ${message}` : String(a.status);
}

async function answerOf<T>(res: Response): Promise<Answer<T>> {
  const text = await res.text();
  try {
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  } catch {
    return { status: res.status, body: { message: text.slice(0, 200) } as T };
  }
}

/** Logs `username` in; the session, or the login's refusal (401 for an unknown account or a wrong password). */
export async function logInUnit(fetcher: Fetcher, username: string, password: string): Promise<UnitSession | { refused: string }> {
  const res = await fetcher('/api/auth/login', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) return { refused: refusalOf(await answerOf(res)) };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const me = (await res.json()) as Me;
  const headers = { cookie, 'accept-language': 'zh-CN' };
  return {
    username: me.username,
    role: me.role,
    get: async (path) => answerOf(await fetcher(path, { headers })),
    post: async (path, body) => answerOf(await fetcher(path, {
      method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'x-csrf-token': me.csrfToken }, body: JSON.stringify(body),
    })),
  };
}
