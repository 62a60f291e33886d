import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { createApp } from '../../server/app';
import { openDatabase, type Database } from '../../server/db/engine';
import { defaultAnchor, loadDemoData } from '../../server/db/seed/demo-data';
import { readEnv } from '../../server/env';

export const testSeed = 'dachuan-2026';
export const testAnchor = defaultAnchor();

let opened: Promise<Database> | undefined;

/**
 * The seeded database all API tests share: PGlite in a fresh temporary folder, or, with DATABASE_URL,
 * that PostgreSQL database wiped and re-migrated — so it must be a throwaway one whose name contains "test".
 */
export function getTestDatabase(): Promise<Database> {
  opened ??= openSeeded();
  return opened;
}

async function openSeeded(): Promise<Database> {
  const env = readEnv();
  if (env.DATABASE_URL) await wipePostgres(env.DATABASE_URL);
  const dataDir = join(tmpdir(), `jingwang-test-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir });
  await loadDemoData(database.db, testSeed, testAnchor);
  return database;
}

async function wipePostgres(url: string) {
  const name = new URL(url).pathname.slice(1);
  if (!name.includes('test')) {
    throw new Error(`The tests replace the contents of DATABASE_URL's database; its name must contain "test" (got "${name}").`);
  }
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe('DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
  } finally {
    await sql.end();
  }
}

/** The app over the shared test database, for in-process requests (app.request). */
export async function getTestApp() {
  const database = await getTestDatabase();
  return createApp({ database, env: readEnv({ ...process.env, PORT: '8787' }) });
}
