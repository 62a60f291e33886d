import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { INCIDENT_CATEGORIES } from '../../data/generate/incident-categories';
import { createSession } from '../../server/auth/sessions.repo';
import { openDatabase, queryRows, type Database, type Db } from '../../server/db/engine';

export const benchDatabaseName = 'jingwang_bench';
/** The generated incidents span the year before this instant (seconds are whole). */
export const benchAnchor = new Date('2026-01-01T00:00:00+08:00');
const benchSeed = 0.42;

/** The server's maintenance URL (database postgres) or null when no server answers within a few seconds. */
export async function findPostgresServer(databaseUrl: string | undefined): Promise<string | null> {
  const url = new URL(databaseUrl ?? 'postgres://postgres:postgres@localhost:5432/postgres');
  url.pathname = '/postgres';
  const sql = postgres(url.toString(), { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`SELECT 1`;
    return url.toString();
  } catch {
    return null;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/**
 * Opens the scratch database jingwang_bench on that server holding exactly `count` generated incidents,
 * creating (or re-creating) it when its content does not match. Never touches another database.
 */
export async function openScaleDatabase(serverUrl: string, count: number, log: (line: string) => void): Promise<{ database: Database; url: string }> {
  const url = new URL(serverUrl);
  url.pathname = `/${benchDatabaseName}`;
  let database = await tryOpen(url.toString());
  if (database && (await countBenchIncidents(database.db)) === count) return { database, url: url.toString() };
  await database?.close();
  log(`  generating ${count.toLocaleString('en')} incidents in scratch database ${benchDatabaseName} …`);
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${benchDatabaseName} WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE ${benchDatabaseName}`);
  } finally {
    await admin.end();
  }
  database = await openDatabase({ databaseUrl: url.toString(), dataDir: '' });
  await generateIncidents(database.db, count);
  await database.db.execute(sql`VACUUM ANALYZE incidents`);
  return { database, url: url.toString() };
}

/** A fresh embedded PGlite (in a temporary folder) with `count` generated incidents. */
export async function openPgliteDatabase(count: number): Promise<{ database: Database; dataDir: string }> {
  const dataDir = join(tmpdir(), `jingwang-bench-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const database = await openDatabase({ dataDir });
  await generateIncidents(database.db, count);
  await database.db.execute(sql`VACUUM ANALYZE incidents`);
  return { database, dataDir };
}

async function tryOpen(url: string): Promise<Database | null> {
  const probe = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await probe`SELECT 1`;
  } catch {
    return null;
  } finally {
    await probe.end({ timeout: 1 });
  }
  return openDatabase({ databaseUrl: url, dataDir: '' });
}

async function countBenchIncidents(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM incidents WHERE source = 'bench'`);
  return Number(row.n);
}

/**
 * Inserts `count` incidents in one statement: uniform over a 0.3° square around Dachuan and over the year
 * before benchAnchor (whole seconds), categories uniform over the code table, no grid. setseed makes the
 * rows the same on every run and engine (random() is PostgreSQL's own generator on both).
 */
async function generateIncidents(db: Db, count: number) {
  await db.transaction(async (tx) => {
    for (const c of INCIDENT_CATEGORIES) {
      await tx.execute(sql`INSERT INTO incident_categories (code, name_zh, name_en, "group")
        VALUES (${c.code}, ${c.nameZh}, ${c.nameEn}, ${c.group}) ON CONFLICT (code) DO NOTHING`);
    }
    const codes = sql.raw(`ARRAY[${INCIDENT_CATEGORIES.map((c) => `'${c.code}'`).join(', ')}]`);
    const start = benchAnchor.getTime() / 1000 - 365 * 86_400;
    await tx.execute(sql`SELECT setseed(${benchSeed})`);
    await tx.execute(sql`INSERT INTO incidents (occurred_at, category_code, source, geom, is_demo)
      SELECT to_timestamp(${start} + floor(random() * ${365 * 86_400})),
             (${codes})[1 + floor(random() * ${INCIDENT_CATEGORIES.length})::int],
             'bench',
             ST_SetSRID(ST_MakePoint(107.35 + random() * 0.3, 31.05 + random() * 0.3), 4326),
             true
        FROM generate_series(1, ${count})`);
  });
}

/** Creates an administrator (whole district) and opens a session for it; returns the Cookie header value. */
export async function openAdminSession(db: Db): Promise<string> {
  await db.execute(sql`INSERT INTO users (username, display_name, role, scope_kind, scope_codes, password_hash)
    VALUES ('bench-admin', 'Benchmark', 'admin', 'district', '[]'::jsonb, 'not-a-hash: no login')
    ON CONFLICT (username) DO NOTHING`);
  const token = await createSession(db, { username: 'bench-admin', role: 'admin', ip: '127.0.0.1', userAgent: 'bench', maxHours: 2 });
  return `jw_session=${token}`;
}
