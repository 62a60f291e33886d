import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    demoPassword: string;
  }
}

let server: ChildProcess | undefined;
let dataDir: string | undefined;
const demoPassword = 'e2e-demo-password';

/** Starts the built app the way `npm start` does, on a fresh embedded database and a free port. */
export async function setup(project: TestProject) {
  dataDir = mkdtempSync(join(tmpdir(), 'jingwang-e2e-'));
  const port = 18_000 + (process.pid % 1000);
  server = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '', DEMO_PASSWORD: demoPassword },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server not ready within 150 s')), 150_000);
    server!.stdout!.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      if (chunk.toString().includes('ready at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server!.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  project.provide('baseUrl', `http://localhost:${port}`);
  project.provide('demoPassword', demoPassword);
}

export async function teardown() {
  server?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1000));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
