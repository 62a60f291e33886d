import { cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { createApp } from '../../server/app';
import { openDatabase, type Database } from '../../server/db/engine';
import { defaultAnchor, loadDemoData } from '../../server/db/seed/demo-data';
import { readEnv } from '../../server/env';

export const testSeed = 'dachuan-2026';
export const testAnchor = defaultAnchor();
export const testPassword = 'demo-password-for-tests';

let opened: Promise<Database> | undefined;

/**
 * The seeded database all API tests share: PGlite in a temporary folder, a copy of the pristine one, or, with
 * DATABASE_URL, that PostgreSQL database wiped and seeded — so it must be a throwaway one whose name contains "test".
 */
export function getTestDatabase(): Promise<Database> {
  opened ??= openSeeded();
  return opened;
}

async function openSeeded(): Promise<Database> {
  const url = readEnv().DATABASE_URL;
  return url ? openSeededPostgres(url) : openPgliteCopy('test');
}

/**
 * DATABASE_URL's database wiped and seeded in place (the CLIs the tests start open it by that name), then copied as
 * the pristine `<name>_pristine` before any test writes to it: a file copy on the server, where seeding the pristine
 * one as well took as long again. A template may have no other connection, so ours closes for the copy.
 */
async function openSeededPostgres(url: string): Promise<Database> {
  const seeded = await openSeededAs(url, 'test');
  await seeded.close();
  const shared = new URL(url).pathname.slice(1);
  const pristine = sibling(url, 'pristine').name;
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres'; // not the template's own database, which must have no connection
  await onServer(maintenance.toString(), async (admin) => {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${pristine}"`);
    await admin.unsafe(`CREATE DATABASE "${pristine}" TEMPLATE "${shared}"`);
  });
  return openDatabase({ databaseUrl: url, dataDir: '' });
}

const pgliteDir = (label: string) => join(tmpdir(), `jingwang-${label}-${process.pid}`);
const appOver = (database: Database) => createApp({ database, env: readEnv({ ...process.env, PORT: '8787', TRUST_PROXY: 'true' }) });

async function openSeededAs(databaseUrl: string | undefined, label: string): Promise<Database> {
  if (databaseUrl) await wipePostgres(databaseUrl);
  const dataDir = pgliteDir(label);
  rmSync(dataDir, { recursive: true, force: true });
  const database = await openDatabase({ databaseUrl, dataDir });
  await loadDemoData(database.db, testSeed, testAnchor, testPassword);
  return database;
}

/**
 * A second seeded database of its own, for tests that change what every other test relies on (publishing a
 * grid plan renumbers grids): PGlite in another temporary folder, or, with DATABASE_URL, a sibling database
 * `<name>_<label>` on the same server; either a copy of the pristine one. Close it when done.
 */
export async function openScratchDatabase(label: string): Promise<{ database: Database; app: TestApp }> {
  const url = readEnv().DATABASE_URL;
  const database = url ? await openPostgresCopy(url, label) : await openPgliteCopy(label);
  return { database, app: appOver(database) };
}

// The demo data is seeded once a run, into a database never opened again, and every seeded database the tests use is
// a copy of it: seeding takes a minute or more beside CI's other suites, a copy seconds.
let pristineDir: Promise<string> | undefined;

/** A PGlite database as a copy of the pristine one's folder (a closed PGlite's data directory is the whole database). */
async function openPgliteCopy(label: string): Promise<Database> {
  pristineDir ??= (async () => {
    const seeded = await openSeededAs(undefined, 'scratch-pristine');
    await seeded.close();
    return pgliteDir('scratch-pristine');
  })();
  const dataDir = pgliteDir(`scratch-${label}`);
  rmSync(dataDir, { recursive: true, force: true });
  cpSync(await pristineDir, dataDir, { recursive: true });
  return openDatabase({ dataDir });
}

/**
 * A PostgreSQL database `<name>_<label>` beside `url`'s, made afresh from the pristine `<name>_pristine` as its
 * template (a file copy on the server). The shared test database itself is seeded in place: it is the one named in
 * DATABASE_URL, which other connections may hold.
 */
async function openPostgresCopy(url: string, label: string): Promise<Database> {
  await getTestDatabase(); // seeds the shared database and makes the pristine one from it
  const template = sibling(url, 'pristine').name;
  const target = sibling(url, label);
  await onServer(url, async (admin) => {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${target.name}"`);
    await admin.unsafe(`CREATE DATABASE "${target.name}" TEMPLATE "${template}"`);
  });
  return openDatabase({ databaseUrl: target.url, dataDir: '' });
}

/** The name and URL of the database `<name>_<label>` beside `url`'s on the same server. */
function sibling(url: string, label: string): { name: string; url: string } {
  const u = new URL(url);
  const name = `${u.pathname.slice(1)}_${label}`;
  u.pathname = `/${name}`;
  return { name, url: u.toString() };
}

/** Runs `work` on one connection to `url`, closed after it. */
async function onServer<T>(url: string, work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}

/** The URL of `<name>_<label>` beside `url`'s database on the same server, created if it is not there. */
export async function siblingDatabaseUrl(url: string, label: string): Promise<string> {
  const { name, url: siblingUrl } = sibling(url, label);
  await onServer(url, async (admin) => {
    const [exists] = await admin`SELECT 1 FROM pg_database WHERE datname = ${name}`;
    if (!exists) await admin.unsafe(`CREATE DATABASE "${name}"`);
  });
  return siblingUrl;
}

async function wipePostgres(url: string) {
  const name = new URL(url).pathname.slice(1);
  if (!name.includes('test')) {
    throw new Error(`The tests replace the contents of DATABASE_URL's database; its name must contain "test" (got "${name}").`);
  }
  await onServer(url, (sql) => sql.unsafe('DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;'));
}

export type TestApp = ReturnType<typeof createApp>;
let app: Promise<TestApp> | undefined;

/** The app over the shared test database, for in-process requests (app.request). */
export function getTestApp(): Promise<TestApp> {
  app ??= getTestDatabase().then(appOver);
  return app;
}

export interface TestClient {
  username: string;
  csrfToken: string;
  cookie: string;
  /** app.request with this user's session cookie, and the CSRF header on state-changing requests. */
  request(path: string, init?: RequestInit): Promise<Response>;
}

/**
 * Logs a demo account in (password testPassword) and returns a client that carries its session.
 * The app trusts X-Forwarded-For here, so tests that throttle an address use their own.
 */
export async function loginAs(username: string, address = '10.0.0.1'): Promise<TestClient> {
  return loginTo(await getTestApp(), username, address);
}

/** loginAs against a given app (e.g. one over a scratch database). */
export async function loginTo(a: TestApp, username: string, address = '10.0.0.1'): Promise<TestClient> {
  const res = await a.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ username, password: testPassword }),
  });
  if (res.status !== 200) throw new Error(`login as ${username} answered ${res.status}: ${await res.text()}`);
  return clientOfSession(a, username, res);
}

/** A client carrying the session that a successful login answer (`res`) opened. */
export async function clientOfSession(a: TestApp, username: string, res: Response): Promise<TestClient> {
  const cookie = res.headers.get('set-cookie')!.split(';')[0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    username,
    csrfToken,
    cookie,
    request: async (path, init = {}) => {
      const headers = new Headers(init.headers);
      headers.set('cookie', cookie);
      if (init.method && init.method !== 'GET') headers.set('x-csrf-token', csrfToken);
      return a.request(path, { ...init, headers });
    },
  };
}
