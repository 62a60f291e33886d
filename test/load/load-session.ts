/** A signed-in demo user as the harness uses it: the session cookie and the CSRF token state-changing requests carry. */
export interface LoadSession {
  username: string;
  cookie: string;
  csrfToken: string;
}

/** Logs a demo account in over HTTP; a refusal names the account and tells where the password comes from. */
export async function logInDemoUser(baseUrl: string, username: string, password: string): Promise<LoadSession> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  }).catch((err: unknown) => {
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : String(err);
    throw new Error(`无法连接 ${baseUrl}（could not reach ${baseUrl}: ${cause}）`);
  });
  if (!res.ok) {
    throw new Error(`演示账号 ${username} 登录失败（HTTP ${res.status}），请用 DEMO_PASSWORD 给出该库的演示密码（login as ${username} answered ${res.status}; set DEMO_PASSWORD to the demo password of that database）`);
  }
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { username, cookie, csrfToken };
}

/** Headers of a request in this session; with a body, also the JSON type and the CSRF token. */
export function sessionHeaders(s: LoadSession, withBody = false): Record<string, string> {
  return withBody ? { cookie: s.cookie, 'x-csrf-token': s.csrfToken, 'content-type': 'application/json' } : { cookie: s.cookie };
}
