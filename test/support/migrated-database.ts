import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { Db } from '../../server/db/engine';
import { raiseLostErrors } from '../../server/db/pglite-lost-errors';
import * as schema from '../../server/db/schema';
import { readEnv } from '../../server/env';
import { migrationsFolder } from './migrate-until';
import { siblingDatabaseUrl } from './test-database';

export interface MigratedDatabase {
  engine: 'pglite' | 'postgres';
  db: Db;
  /** The PostgreSQL database's URL (for COPY); undefined on PGlite. */
  url?: string;
  /** Runs the migrations of another folder (e.g. the rest, after migrationsBefore). */
  migrate(folder: string): Promise<void>;
  close(): Promise<void>;
}

let postgisBase: Promise<Blob> | undefined;

/**
 * An in-memory PGlite with PostGIS created and nothing else, as an image: creating one takes ~21 s (initdb, then the
 * extension), loading the image ~7 s, and the test files that need an empty database each load it (vitest runs them
 * in one process: isolate is off).
 */
function postgisBaseImage(): Promise<Blob> {
  postgisBase ??= (async () => {
    const client = await PGlite.create({ extensions: { postgis } });
    try {
      await client.exec('CREATE EXTENSION IF NOT EXISTS postgis');
      return await client.dumpDataDir('none');
    } finally {
      await client.close();
    }
  })();
  return postgisBase;
}

/**
 * An empty database migrated with `folder` and not seeded, for tests that change tables' shape (partitions detached,
 * dropped): in-memory PGlite, or, with DATABASE_URL, a sibling database `<name>_<label>` wiped first.
 */
export async function openMigratedDatabase(label: string, folder = migrationsFolder): Promise<MigratedDatabase> {
  const base = readEnv().DATABASE_URL;
  if (!base) {
    const client = raiseLostErrors(await PGlite.create({ loadDataDir: await postgisBaseImage(), extensions: { postgis } }));
    const d = drizzlePglite({ client, schema });
    const migrate = (f: string) => migratePglite(d, { migrationsFolder: f });
    await migrate(folder);
    return { engine: 'pglite', db: d as unknown as Db, migrate, close: () => client.close() };
  }
  const name = `${new URL(base).pathname.slice(1)}_${label}`;
  if (!name.includes('test')) throw new Error(`refusing to wipe ${name}: its name must contain "test"`);
  const url = await siblingDatabaseUrl(base, label);
  const client = postgres(url, { max: 4, onnotice: () => {} });
  await client.unsafe('DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public; CREATE EXTENSION IF NOT EXISTS postgis');
  const d = drizzlePostgres({ client, schema });
  const migrate = (f: string) => migratePostgres(d, { migrationsFolder: f });
  await migrate(folder);
  return { engine: 'postgres', db: d as unknown as Db, url, migrate, close: () => client.end({ timeout: 5 }) };
}
