import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Throwaway PostgreSQL 15 clusters on loopback ports of their own (Debian's binaries), for tests that stop, pause or
 * replicate a server: the shared cluster on 5432 is left alone. Trust authentication, since they listen on
 * 127.0.0.1 and a private socket folder only and live for one test file.
 */
const bin = '/usr/lib/postgresql/15/bin';
const run = promisify(execFile);

export interface ThrowawayCluster {
  port: number;
  dataDir: string;
  url(database: string): string;
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
}

/** A folder for the clusters of one test file; remove() stops nothing, so stop the clusters first. */
export function makeClusterHome(label: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `jingwang-${label}-`));
  if (isRoot()) chownSync(dir, ...postgresIds());
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** initdb and start a primary in `home`/primary. */
export async function startPrimaryCluster(home: string): Promise<ThrowawayCluster> {
  const dataDir = join(home, 'primary');
  await asPostgres(`${bin}/initdb`, ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  return startCluster(home, dataDir);
}

/**
 * A hot standby of `primary`, streaming from it: `pg_basebackup -R` writes standby.signal and primary_conninfo,
 * and the data folder carries initdb's postgresql.conf (hot_standby is on by default), so the port is all it needs.
 */
export async function startStandbyCluster(home: string, primary: ThrowawayCluster): Promise<ThrowawayCluster> {
  const dataDir = join(home, 'standby');
  await asPostgres(`${bin}/pg_basebackup`, ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', dataDir, '-R', '-X', 'stream', '-c', 'fast', '--no-sync']);
  return startCluster(home, dataDir);
}

async function startCluster(home: string, dataDir: string): Promise<ThrowawayCluster> {
  const port = await freePort();
  const options = `-p ${port} -k ${home} -c listen_addresses=127.0.0.1 -c fsync=off`;
  await asPostgres(`${bin}/pg_ctl`, ['-D', dataDir, '-o', options, '-l', `${dataDir}.log`, '-w', '-t', '60', 'start']);
  return {
    port,
    dataDir,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: async (mode = 'fast') => {
      await asPostgres(`${bin}/pg_ctl`, ['-D', dataDir, '-m', mode, '-w', 'stop']).catch(() => {});
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// PostgreSQL refuses to run as root: CI runs the tests as root, a developer perhaps as the postgres user.
async function asPostgres(command: string, args: string[]) {
  const [file, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  await run(file, argv, { timeout: 120_000 });
}

const isRoot = () => process.getuid?.() === 0;

function postgresIds(): [number, number] {
  const passwd = /^postgres:[^:]*:(\d+):(\d+):/m.exec(readFileSync('/etc/passwd', 'utf8'));
  if (!passwd) throw new Error('no postgres user in /etc/passwd: install Debian’s postgresql-15');
  return [Number(passwd[1]), Number(passwd[2])];
}
