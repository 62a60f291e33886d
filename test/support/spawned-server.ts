import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A loopback port free just now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface SpawnedServer {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** Resolves when the output matches `pattern` `times` times; rejects when it exits first or the time runs out. */
  waitFor(pattern: RegExp, times?: number, timeoutMs?: number): Promise<void>;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** `tsx server/index.ts` (no wrapper process in between, so signals reach it) with `env` over nothing of ours. */
export function spawnServer(env: Record<string, string>): SpawnedServer {
  // No demo calls replayed (DEMO_REPLAY) into a database other tests may be counting, unless the caller asks.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], { cwd: root, env: { PATH: process.env.PATH ?? '', DEMO_REPLAY: 'off', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (text += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => text,
    exited,
    waitFor: (pattern, times = 1, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
        const deadline = Date.now() + timeoutMs;
        const check = () => {
          if ((text.match(global)?.length ?? 0) >= times) return resolve();
          if (child.exitCode !== null || Date.now() > deadline) return reject(new Error(`server did not print ${pattern} ×${times}:\n${text.slice(-3000)}`));
          setTimeout(check, 100);
        };
        check();
      }),
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

export interface FreshResponse {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
}

/**
 * A request on a connection of its own (no keep-alive pool): with several workers each connection may land on
 * another process, which is the point of asking this way.
 */
export function freshRequest(origin: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {}): Promise<FreshResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${origin}${path}`, { method: init.method ?? 'GET', headers: init.headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    // A client gives up on an answer that does not come (a connection handed to a worker just killed), as a dispatch system does.
    if (init.timeoutMs) req.setTimeout(init.timeoutMs, () => req.destroy(new Error(`no answer within ${init.timeoutMs} ms`)));
    req.end(init.body);
  });
}

/** An open server-sent-event stream on a connection of its own: its headers, and the incident ids it has carried so far. */
export interface EventStream {
  headers: IncomingMessage['headers'];
  status: number;
  ids: () => number[];
  lastEventId: () => string | undefined;
  close(): void;
}

export function openEventStream(origin: string, path: string, headers: Record<string, string>): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${origin}${path}`, { headers: { accept: 'text/event-stream', ...headers }, agent: false }, (res) => {
      const ids: number[] = [];
      let lastEventId: string | undefined;
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        buffer += d;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const id = block.match(/^id: (.*)$/m)?.[1];
          if (id) lastEventId = id;
          if (/^event: incident$/m.test(block)) ids.push((JSON.parse(block.match(/^data: (.*)$/m)![1]) as { payload: { id: number } }).payload.id);
        }
      });
      res.on('error', () => {});
      resolve({ headers: res.headers, status: res.statusCode ?? 0, ids: () => ids, lastEventId: () => lastEventId, close: () => req.destroy() });
    });
    req.on('error', reject);
    req.end();
  });
}
