import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import postgres from 'postgres';
import * as schema from './schema';
import { raiseLostErrors } from './pglite-lost-errors';
import type { ReplicaLink } from './replica';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  engine: 'pglite' | 'postgres';
  db: Db;
  /**
   * Who routes patrols on the road network: pgRouting where the extension could be created (PostgreSQL with the
   * postgresql-15-pgrouting package), else the TypeScript Dijkstra of core/patrol (always on PGlite).
   */
  routing: 'pgrouting' | 'typescript';
  /**
   * LISTEN on a channel (PostgreSQL NOTIFY reaches every API process); resolves to an unlisten function.
   * onListen runs when the subscription is (re)established, e.g. after the database restarted.
   */
  listen(channel: string, onNotify: (payload: string) => void, onListen?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /** The streaming read replica (DATABASE_REPLICA_URL) when one is attached; heavy reads take heavyReadDb(database) (server/db/replica.ts). */
  replica?: ReplicaLink;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Opens PostgreSQL through DATABASE_URL when given, else embedded PGlite persisted in dataDir; runs migrations. */
export async function openDatabase(opts: { databaseUrl?: string; dataDir: string; migrated?: boolean }): Promise<Database> {
  // migrated: another process (the primary of WORKERS=N) has run the migrations already; PGlite always runs them.
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, opts.migrated ?? false) : openPglite(opts.dataDir);
}

/*
 * Durability of the embedded engine (issue 15): PGlite runs PostgreSQL single-user with `-F` (fsync off) and mounts
 * dataDir through Emscripten's NODEFS, whose files have no fsync either. relaxedDurability is left at its default,
 * false (said here so that the kill test opens PGlite alike); it only changes when the browser file systems copy
 * out, not NODEFS. Every write reaches its file with write(2) before the commit answers, so an acknowledged write is
 * in the operating system's page cache: it survives the process being killed with -9 (test/api/database-faults.test.ts)
 * but not a power cut or a kernel crash. A deployment that must survive those runs PostgreSQL (DATABASE_URL).
 */
export const pgliteDurability = { relaxedDurability: false } as const;

async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const client = raiseLostErrors(await PGlite.create({ dataDir, extensions: { postgis }, ...pgliteDurability }));
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  await ensurePostgis(db);
  await migratePglite(drizzlePglite({ client, schema }), { migrationsFolder });
  return {
    engine: 'pglite',
    db,
    routing: 'typescript',
    listen: async (channel, onNotify) => {
      const unlisten = await client.listen(channel, onNotify);
      return () => unlisten();
    },
    close: () => client.close(),
  };
}

async function openPostgres(url: string, migrated: boolean): Promise<Database> {
  // During an outage a request fails within connect_timeout (s) and answers 503 (app.onError) rather than hanging.
  // Each failed connect lengthens the wait before the next (postgres.js's own backoff reaches 20 s): capped at 1 s,
  // so that no request waits long and the pool is back within a second of the server.
  const client = postgres(url, { max: 10, connect_timeout: 3, backoff: (retries) => Math.min(0.05 * 2 ** retries, 1), onnotice: () => {} });
  const db = drizzlePostgres({ client, schema }) as unknown as Db;
  if (!migrated) {
    await ensurePostgis(db);
    await migratePostgres(drizzlePostgres({ client, schema }), { migrationsFolder });
  }
  return {
    engine: 'postgres',
    db,
    routing: await tryPgrouting(db),
    // postgres.js keeps one dedicated connection for LISTEN and re-subscribes after it drops.
    listen: async (channel, onNotify, onListen) => {
      const { unlisten } = await client.listen(channel, onNotify, onListen);
      return () => unlisten();
    },
    close: () => client.end({ timeout: 5 }),
  };
}

// The extension must exist before the first migration creates geometry columns; drizzle-kit does not
// emit CREATE EXTENSION, so it is done here for both engines.
async function ensurePostgis(db: Db) {
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS postgis`);
}

// Optional: without the package (or the right to create extensions) patrol routing falls back to TypeScript.
async function tryPgrouting(db: Db): Promise<Database['routing']> {
  try {
    await db.execute(sql`CREATE EXTENSION IF NOT EXISTS pgrouting`);
    return 'pgrouting';
  } catch {
    return 'typescript';
  }
}

/** Runs SQL and returns its rows on either engine (PGlite answers {rows}, postgres.js an array). */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(result) ? result : (result.rows ?? []);
}
