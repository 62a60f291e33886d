import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './spawned-server';

const bin = '/usr/lib/postgresql/15/bin';

export interface ThrowawayPostgres {
  url: string;
  /** pg_ctl stop -m fast: sessions are cut, new connections refused. */
  stop(): void;
  start(): void;
  /** Stops the server (when running) and removes its folder. */
  destroy(): void;
}

/**
 * A PostgreSQL server of its own in a temporary folder on a free loopback port, for a test that stops and starts
 * it: the shared cluster cannot be restarted under the other tests. PostgreSQL refuses to run as root, so as root
 * (CI) its programs run as the postgres user.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'jingwang-pg-'));
  const asRoot = userInfo().uid === 0;
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  const run = (program: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(bin, program), asRoot ? ['-u', 'postgres', '--', join(bin, program), ...args] : args, { stdio: 'pipe', timeout: 30_000 });
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  // fsync off: the test needs the server to stop and start, not to survive a power cut.
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off`;
  let running = false;
  const start = () => {
    run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '20', 'start']);
    running = true;
  };
  const stop = () => {
    run('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '20', 'stop']);
    running = false;
  };
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop,
    start,
    destroy: () => {
      try {
        if (running) stop();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
