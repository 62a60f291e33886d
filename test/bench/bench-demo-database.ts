import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { createApp } from '../../server/app';
import { openDatabase, queryRows, type Database } from '../../server/db/engine';
import { defaultAnchor, loadDemoData } from '../../server/db/seed/demo-data';
import { readEnv } from '../../server/env';

// The Dachuan demo data for the benchmarks that read it through the app in-process (tiles, ogc): a scratch
// PostgreSQL database seeded once and kept, or a temporary PGlite; and the app over either with a commander's session.

const benchDatabase = 'jingwang_bench_demo';
export const seed = 'dachuan-2026';
const password = 'bench-tiles-password';

export interface Target {
  app: ReturnType<typeof createApp>;
  database: Database;
  cookie: string;
}

export async function seededPostgres(serverUrl: string, log: (line: string) => void): Promise<Database> {
  const url = new URL(serverUrl);
  url.pathname = `/${benchDatabase}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`SELECT 1 FROM pg_database WHERE datname = ${benchDatabase}`;
    if (!exists) await admin.unsafe(`CREATE DATABASE ${benchDatabase}`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: '' });
  const [row] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM users WHERE username = 'commander'`);
  if (Number(row.n) === 0) {
    log(`  seeding the demo data into ${benchDatabase} …`);
    await loadDemoData(database.db, seed, defaultAnchor(), password);
    await database.db.execute(sql`VACUUM ANALYZE`);
  }
  return database;
}

export async function seededPglite(log: (line: string) => void): Promise<{ database: Database; dataDir: string }> {
  const dataDir = join(tmpdir(), `jingwang-bench-demo-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  log('  seeding the demo data into a temporary PGlite …');
  const database = await openDatabase({ dataDir });
  await loadDemoData(database.db, seed, defaultAnchor(), password);
  return { database, dataDir };
}

export async function targetOf(database: Database): Promise<Target> {
  const app = createApp({ database, env: readEnv({ ...process.env, PORT: '8787', TRUST_PROXY: 'true' }) });
  const res = await app.request('/api/auth/login', {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.9.9.9' },
    body: JSON.stringify({ username: 'commander', password }),
  });
  if (res.status !== 200) throw new Error(`login answered ${res.status}: ${await res.text()}`);
  return { app, database, cookie: res.headers.get('set-cookie')!.split(';')[0] };
}

