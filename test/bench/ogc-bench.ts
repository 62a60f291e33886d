import { rmSync } from 'node:fs';
import type { Scope } from '../../core/contracts/auth';
import { crs84, ogcMaxLimit, OgcItemsQuerySchema } from '../../core/contracts/ogc';
import { countOgcItems, findOgcItems } from '../../server/db/repos/ogc-features.repo';
import { readEnv } from '../../server/env';
import { findPostgresServer } from './bench-database';
import { seed, seededPglite, seededPostgres, targetOf, type Target } from './bench-demo-database';
import { formatRatios, timeInterleaved } from './measure';

// Issue 14, items 1 and 4: /ogc as GIS clients read it, in-process (app.request, a commander's session), on each engine.
//  1. a full page of 10,000 incidents through the route (session, parameters, count, JSON, links) against the
//     repository's own two queries for that page (count and rows), which is all the route adds to;
//  2. the export of all incidents as GeoJSON (the baseline: the items as one file), CSV, zipped Shapefile, GeoPackage.

const runs = 7;
const exportRuns = 3; // each export writes every incident (about 61,000) four ways
const page = OgcItemsQuerySchema.parse({ limit: String(ogcMaxLimit), crs: crs84 });
const district: Scope = { kind: 'district', codes: [] }; // the commander's, as the route's session has it

async function get(t: Target, path: string): Promise<number> {
  const res = await t.app.request(path, { headers: { cookie: t.cookie } });
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return (await res.arrayBuffer()).byteLength;
}

async function benchOn(engine: string, t: Target, log: (line: string) => void): Promise<void> {
  log(`  ${engine}: a page of ${ogcMaxLimit.toLocaleString('en')} incidents`);
  const pageTimings = await timeInterleaved(
    [
      {
        label: 'repository: count + rows as GeoJSON features',
        run: async () => Promise.all([countOgcItems(t.database.db, 'incidents', page, {}, district), findOgcItems(t.database.db, 'incidents', page, {}, district)]),
      },
      { label: 'route GET /ogc/collections/incidents/items?limit=10000', run: () => get(t, `/ogc/collections/incidents/items?limit=${ogcMaxLimit}`) },
    ],
    runs,
  );
  formatRatios(pageTimings).forEach((line) => log('  ' + line));
  const sizes: string[] = [];
  const exportTimings = await timeInterleaved(
    (['geojson', 'csv', 'shp', 'gpkg'] as const).map((f) => ({
      label: `export all incidents f=${f}`,
      run: async () => {
        const bytes = await get(t, `/ogc/collections/incidents/export?f=${f}`);
        if (sizes.length < 4) sizes.push(`${f} ${(bytes / 1024 / 1024).toFixed(1)} MB`);
      },
    })),
    exportRuns,
  );
  log(`  ${engine}: the export of every incident (${sizes.join(', ')})`);
  formatRatios(exportTimings).forEach((line) => log('  ' + line));
}

export async function runOgcBench(log: (line: string) => void): Promise<void> {
  log(`OGC API – Features and file exports (/ogc), demo data (seed ${seed}), median of ${runs} runs (exports: ${exportRuns})`);
  const server = await findPostgresServer(readEnv().DATABASE_URL);
  if (server) {
    const pg = await targetOf(await seededPostgres(server, log));
    try {
      await benchOn('PostgreSQL', pg, log);
    } finally {
      await pg.database.close();
    }
  } else {
    log('  PostgreSQL skipped: no server answered (DATABASE_URL, or postgres://postgres:postgres@localhost:5432).');
  }
  const lite = await seededPglite(log);
  try {
    await benchOn('PGlite', await targetOf(lite.database), log);
  } finally {
    await lite.database.close();
    rmSync(lite.dataDir, { recursive: true, force: true });
  }
}
