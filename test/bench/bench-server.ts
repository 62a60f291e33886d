import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The app as a benchmark uses it: built, started on a free port on a fresh embedded database (or BENCH_DATA_DIR,
// kept, to skip the ~40 s seeding), and signed in from Node. Shared by the browser benchmarks.

const root = resolve(import.meta.dirname, '../..');
export const demoPassword = 'bench-demo-password'; // what a BENCH_DATA_DIR was seeded with on its first use


async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function runToEnd(args: string[]): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

// The benchmarks wait on the test hooks (window.__jingwang.ready, window.__wall.ready), which only the test build sets.
const clientDir = join(root, 'dist/client-e2e');

/** The server serves the test build, dist/client-e2e: build it when it is missing or older than client/. */
export async function ensureClientBuild(): Promise<string | undefined> {
  const index = join(clientDir, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(join(root, 'client'))) return undefined;
  const started = performance.now();
  await runToEnd([join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'e2e', '--logLevel', 'error']);
  return `  (dist/client-e2e was missing or older than client/: rebuilt with vite build --mode e2e in ${((performance.now() - started) / 1000).toFixed(1)} s)`;
}

export interface Server {
  baseUrl: string;
  seeded: boolean;
  stop(): Promise<void>;
}

export async function startServer(): Promise<Server> {
  const given = process.env.BENCH_DATA_DIR;
  if (given) mkdirSync(given, { recursive: true });
  const dataDir = given ?? mkdtempSync(join(tmpdir(), 'jingwang-wall-bench-'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '', DEMO_PASSWORD: demoPassword, CLIENT_DIR: clientDir, DEMO_REPLAY: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let seeded = false;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    }
    if (!given) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(() => fail(new Error('the server was not ready within 180 s')), 180_000);
      // Keep reading both pipes for the server's whole life: a full pipe would block its logging.
      child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
      child.stdout!.on('data', (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-4000);
        if (output.includes('demo data loaded')) seeded = true;
        if (output.includes('ready at')) {
          clearTimeout(timer);
          ready();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`the server exited with ${code}:\n${output}`));
      });
    });
  } catch (err) {
    await stop();
    throw err;
  }
  return { baseUrl: `http://localhost:${port}`, seeded, stop };
}

// ---- HTTP from Node (fetch, not Playwright's request context: no IPC hop in the timings) ----

export interface Session {
  cookie: string;
  csrfToken: string;
}

export async function logIn(baseUrl: string, username: string): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  if (!res.ok) throw new Error(`login as ${username} answered ${res.status}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { cookie, csrfToken: ((await res.json()) as { csrfToken: string }).csrfToken };
}

/** A session's cookies as a browser context takes them, for pages opened signed in (first-screen, map-tiles). */
export function browserCookies(baseUrl: string, s: Session): { name: string; value: string; domain: string; path: string }[] {
  const domain = new URL(baseUrl).hostname;
  return s.cookie.split('; ').map((c) => {
    const [name, ...value] = c.split('=');
    return { name, value: value.join('='), domain, path: '/' };
  });
}

export async function send(baseUrl: string, s: Session, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(baseUrl + path, {
    method,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export async function getJson<T>(baseUrl: string, cookie: string, path: string): Promise<T> {
  const res = await fetch(baseUrl + path, { headers: { cookie } });
  if (!res.ok) throw new Error(`GET ${path} answered ${res.status}`);
  return (await res.json()) as T;
}

