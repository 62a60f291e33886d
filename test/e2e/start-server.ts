import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    demoPassword: string;
    /** POST /stop and /start here stop and restart the app server (same port and data) — for restart tests. */
    controlUrl: string;
    dataDir: string;
    /** The PostgreSQL database the app runs on when E2E_DATABASE_URL is set; '' for the embedded engine. */
    databaseUrl: string;
  }
}

let server: ChildProcess | undefined;
let control: Server | undefined;
let dataDir = '';
let port = 0;
const demoPassword = 'e2e-demo-password';
// Browser tests run on the embedded engine, or on a real PostgreSQL + PostGIS database given here (it is seeded when empty).
const databaseUrl = process.env.E2E_DATABASE_URL ?? '';
// The test build (`vite build --mode e2e`, as npm run test:e2e makes it): only it publishes window.__jingwang and
// window.__wall, which the tests read.
const clientDir = resolve(import.meta.dirname, '../../dist/client-e2e');

/** Starts the built app as `npm start` does on the embedded database in dataDir; resolves when it is ready. */
function startApp(timeoutMs = 300_000): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    // A live stream re-checks its session every 5 s here, not every 30 s: the wall's session tests wait on that check.
    env: {
      ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: databaseUrl, DEMO_PASSWORD: demoPassword, CLIENT_DIR: clientDir,
      LIVE_SESSION_CHECK_SECONDS: '5',
      // The tests count what the seed wrote: no demo calls replayed in between.
      DEMO_REPLAY: 'off',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  server = child;
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready within ${timeoutMs / 1000} s`)), timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      if (chunk.toString().includes('ready at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function stopApp() {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** A port free now, asked of the system: CI runs two shards of the browser tests side by side, each with its app. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const { port: free } = probe.address() as AddressInfo;
  await new Promise((r) => probe.close(r));
  return free;
}

/** Starts the app on a fresh embedded database and a free port, and a control endpoint to restart it. */
export async function setup(project: TestProject) {
  if (!existsSync(join(clientDir, 'index.html'))) throw new Error(`no test build in ${clientDir}: run npx vite build --mode e2e (npm run test:e2e does)`);
  dataDir = mkdtempSync(join(tmpdir(), 'jingwang-e2e-'));
  port = await freePort();
  await startApp();
  control = createServer((req, res) => {
    const act = req.url === '/stop' ? stopApp() : req.url === '/start' ? startApp(60_000) : Promise.reject(new Error('unknown'));
    act.then(
      () => res.writeHead(200).end('ok'),
      (err: Error) => res.writeHead(500).end(err.message),
    );
  });
  await new Promise<void>((r) => control!.listen(0, '127.0.0.1', r));
  project.provide('baseUrl', `http://localhost:${port}`);
  project.provide('demoPassword', demoPassword);
  project.provide('controlUrl', `http://127.0.0.1:${(control.address() as AddressInfo).port}`);
  project.provide('dataDir', dataDir);
  project.provide('databaseUrl', databaseUrl);
}

export async function teardown() {
  control?.close();
  await stopApp();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
