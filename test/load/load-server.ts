import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export interface StartedServer {
  baseUrl: string;
  stop(): Promise<void>;
}

export interface ServerSettings {
  password: string;
  /** PostgreSQL to use; without it a fresh embedded database in a temporary folder (seeded on start, ~40 s). */
  databaseUrl?: string;
  workers?: number;
  readyTimeoutMs?: number;
}

async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts `server/index.ts` in a child process on a free port and waits until /api/health answers over the
 * loopback address. WORKERS is passed through for the several-process server of issue 15.
 */
export async function startLoadServer(s: ServerSettings): Promise<StartedServer> {
  const port = await freeLoopbackPort();
  const dataDir = s.databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'jingwang-load-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATABASE_URL: s.databaseUrl ?? '', DEMO_PASSWORD: s.password, DEMO_REPLAY: 'off' };
  if (dataDir) env.DATA_DIR = dataDir;
  if (s.workers) env.WORKERS = String(s.workers);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  // Read both pipes for the server's whole life: a full pipe would block its logging.
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (s.readyTimeoutMs ?? 300_000);
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`服务进程退出（the server exited with ${child.exitCode ?? child.signalCode}）:\n${output}`);
      if (Date.now() > deadline) throw new Error(`服务未能按时就绪（the server was not ready in time）:\n${output}`);
      const ok = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 500));
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return { baseUrl, stop };
}
