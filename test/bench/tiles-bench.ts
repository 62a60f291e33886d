import { rmSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../server/db/engine';
import { readEnv } from '../../server/env';
import type { TileAddress } from '../../core/contracts/tiles';
import { findPostgresServer } from './bench-database';
import { seed, seededPglite, seededPostgres, targetOf, type Target } from './bench-demo-database';
import { benchMapDataPaths } from './map-data-paths-bench';
import { formatRatios, median, timeInterleaved } from './measure';

// Issue 14, item 2: vector tiles through the route (GET /tiles/{layer}/{z}/{x}/{y}.mvt, in-process app.request with
// a commander's session: session lookup, version, scope, encoding) against the bare ST_AsMVT SQL of the same tile on
// the same PostgreSQL server (goal: route ≤ 1.3× the SQL); then the PGlite route (Node encoding) against the
// PostgreSQL route. The demo data in a scratch database jingwang_bench_demo (bench-demo-database.ts), seeded once and kept.

const runs = 15;
/** The z14 tile with the most incidents, and the z12 tile with the most buildings. */
async function pickTiles(db: Db): Promise<{ incidents: TileAddress; buildings: TileAddress }> {
  const densest = async (table: 'incidents' | 'buildings', z: number) => {
    const n = 2 ** z;
    const [row] = await queryRows<{ x: number; y: number }>(
      db,
      sql`SELECT floor((ST_X(c) + 180) / 360 * ${n}::int)::int AS x,
          floor((1 - ln(tan(radians(ST_Y(c))) + 1 / cos(radians(ST_Y(c)))) / pi()) / 2 * ${n}::int)::int AS y
        FROM (SELECT ST_PointOnSurface(geom) AS c FROM ${sql.identifier(table)}) t GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
    );
    return { z, x: Number(row.x), y: Number(row.y) };
  };
  return { incidents: await densest('incidents', 14), buildings: await densest('buildings', 12) };
}

/** What one would write by hand for the tile: the same columns, no session, no scope, no version. */
function bareSql(layer: 'incidents' | 'buildings', { z, x, y }: TileAddress) {
  const env = `ST_TileEnvelope(${z}, ${x}, ${y})`;
  const within = `ST_Transform(ST_TileEnvelope(${z}, ${x}, ${y}, margin => 0.015625), 4326)`;
  const rows = layer === 'incidents'
    ? `SELECT i.id, to_char(i.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "occurredAt", i.category_code AS "categoryCode",
         c.name_zh AS "categoryName", i.grid_code AS "gridCode", ST_AsMVTGeom(ST_Transform(i.geom, 3857), ${env}, 4096, 64, true) AS geom
       FROM incidents i JOIN incident_categories c ON c.code = i.category_code WHERE ST_Intersects(i.geom, ${within})`
    : `SELECT NULL::bigint AS id, b.code, b.name, (SELECT min(a.label) FROM addresses a WHERE a.building_code = b.code) AS address,
         b.grid_code AS "gridCode", b.floors, b.households, ST_AsMVTGeom(ST_Transform(b.geom, 3857), ${env}, 4096, 64, true) AS geom
       FROM buildings b WHERE ST_Intersects(b.geom, ${within})`;
  return sql.raw(`SELECT ST_AsMVT(m.*, '${layer}', 4096, 'geom', 'id') AS mvt FROM (${rows}) m WHERE m.geom IS NOT NULL`);
}

async function routeBytes(t: Target, layer: string, { z, x, y }: TileAddress): Promise<number> {
  const res = await t.app.request(`/tiles/${layer}/${z}/${x}/${y}.mvt`, { headers: { cookie: t.cookie } });
  if (res.status !== 200) throw new Error(`/tiles/${layer}/${z}/${x}/${y}.mvt answered ${res.status}`);
  return (await res.arrayBuffer()).byteLength;
}

export async function runTilesBench(log: (line: string) => void): Promise<void> {
  log(`Vector tiles (GET /tiles/…/{z}/{x}/{y}.mvt), demo data (seed ${seed}), median of ${runs} runs`);
  const server = await findPostgresServer(readEnv().DATABASE_URL);
  if (!server) {
    log('  skipped: needs a PostgreSQL server with PostGIS (DATABASE_URL, or postgres://postgres:postgres@localhost:5432); none answered.');
    return;
  }
  const pg = await targetOf(await seededPostgres(server, log));
  const lite = await seededPglite(log);
  try {
    const pglite = await targetOf(lite.database);
    const tiles = await pickTiles(pg.database.db);
    for (const layer of ['incidents', 'buildings'] as const) {
      const tile = tiles[layer];
      const bytes = await routeBytes(pg, layer, tile);
      const [row] = await queryRows<{ mvt: Uint8Array }>(pg.database.db, bareSql(layer, tile));
      log(`  ${layer} ${tile.z}/${tile.x}/${tile.y}: route ${bytes} bytes, bare SQL ${row.mvt.length} bytes`);
      const timings = await timeInterleaved(
        [
          { label: `bare ST_AsMVT SQL (PostgreSQL)`, run: () => queryRows(pg.database.db, bareSql(layer, tile)) },
          { label: `route on PostgreSQL (ST_AsMVT)`, run: () => routeBytes(pg, layer, tile) },
          { label: `route on PGlite (geojson-vt + vt-pbf)`, run: () => routeBytes(pglite, layer, tile) },
        ],
        runs,
      );
      formatRatios(timings).forEach((line) => log(line));
      log(`  PGlite route / PostgreSQL route: ×${(median(timings[2].runsMs) / median(timings[1].runsMs)).toFixed(2)}`);
    }
    await benchMapDataPaths('PostgreSQL', pg, log);
    await benchMapDataPaths('PGlite', pglite, log);
  } finally {
    await lite.database.close();
    rmSync(lite.dataDir, { recursive: true, force: true });
    await pg.database.close();
  }
}
