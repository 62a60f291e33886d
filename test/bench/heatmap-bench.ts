import { rmSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import type { Scope } from '../../core/contracts/auth';
import { encodeIncidentColumns, type IncidentColumns, type IncidentQuery } from '../../core/contracts/incidents';
import { createApp } from '../../server/app';
import { queryRows, type Db } from '../../server/db/engine';
import { findIncidentColumnArrays, findIncidentColumns } from '../../server/db/repos/incidents.repo';
import { readEnv } from '../../server/env';
import { benchAnchor, openAdminSession, openPgliteDatabase, openScaleDatabase } from './bench-database';
import { formatMemory, formatRatios, measureMemory, timeInterleaved } from './measure';

const district: Scope = { kind: 'district', codes: [] };
const year: IncidentQuery = {
  from: new Date(benchAnchor.getTime() - 365 * 86_400_000).toISOString(),
  to: benchAnchor.toISOString(),
};
const yearSearch = `from=${encodeURIComponent(year.from!)}&to=${encodeURIComponent(year.to!)}`;

// The baseline's rows: the answer's columns, raw, same filter. ORDER BY only in the "ordered" baseline.
const baselineSelect = (orderBy: boolean) =>
  `SELECT ST_X(geom) AS lng, ST_Y(geom) AS lat, extract(epoch FROM occurred_at)::int AS epoch, category_code AS category
     FROM incidents WHERE occurred_at >= '${year.from}'::timestamptz AND occurred_at < '${year.to}'::timestamptz
     ${orderBy ? 'ORDER BY occurred_at, id' : ''}`;

/** The heatmap data path at `count` incidents on a real PostgreSQL server, against a binary COPY of the same rows. */
export async function benchHeatmapOnPostgres(serverUrl: string, count: number, runs: number, log: (line: string) => void) {
  const { database, url } = await openScaleDatabase(serverUrl, count, log);
  const copyClient = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const copy = (orderBy: boolean) => async () => {
      // Flowing mode: async iteration of postgres.js's COPY stream can stall (porsager/postgres#917).
      const stream = await copyClient.unsafe(`COPY (${baselineSelect(orderBy)}) TO STDOUT (FORMAT binary)`).readable();
      let bytes = 0;
      await new Promise<void>((resolve, reject) => {
        stream.on('data', (chunk: Buffer) => (bytes += chunk.length));
        stream.on('end', resolve);
        stream.on('error', reject);
      });
      return bytes;
    };
    const first = await findIncidentColumns(database.db, year, district);
    log(`  ${first.count.toLocaleString('en')} incidents in the year (${database.engine}, ${await serverVersion(database.db)})`);

    log('  (a) repository, whole year, median of interleaved runs:');
    const repo = await timeInterleaved([
      { label: 'baseline: COPY (lng, lat, epoch, category) TO STDOUT (FORMAT binary), unordered', run: copy(false) },
      { label: 'findIncidentColumns (number arrays for JSON)', run: () => findIncidentColumns(database.db, year, district) },
      { label: 'findIncidentColumnArrays (typed arrays)', run: () => findIncidentColumnArrays(database.db, year, district) },
      { label: 'same COPY with ORDER BY occurred_at, id (the answer\'s order)', run: copy(true) },
    ], runs);
    formatRatios(repo).forEach((line) => log(line));

    const app = createApp({ database, env: readEnv({ ...process.env, DATABASE_URL: url }) });
    const headers = { cookie: await openAdminSession(database.db) };
    const get = (search: string) => async () => {
      const res = await app.request(`/api/incidents?${search}`, { headers });
      if (res.status !== 200) throw new Error(`GET /api/incidents answered ${res.status}: ${await res.text()}`);
      return { type: res.headers.get('content-type') ?? '', bytes: (await res.arrayBuffer()).byteLength };
    };
    const binaryProbe = await get(`${yearSearch}&format=binary`)();
    const binaryRouted = binaryProbe.type.startsWith('application/octet-stream');
    log('  (b) HTTP through createApp (admin session), body drained, median of interleaved runs:');
    const http = await timeInterleaved([
      { label: 'baseline: COPY … TO STDOUT (FORMAT binary), unordered', run: copy(false) },
      { label: 'GET /api/incidents (JSON)', run: get(yearSearch) },
      binaryRouted
        ? { label: 'GET /api/incidents?format=binary', run: get(`${yearSearch}&format=binary`) }
        : { label: 'findIncidentColumnArrays + encodeIncidentColumns (format=binary not routed yet)', run: async () => encodeIncidentColumns(await findIncidentColumnArrays(database.db, year, district)) },
    ], runs);
    formatRatios(http).forEach((line) => log(line));
    const json = await get(yearSearch)();
    log(`  body sizes: JSON ${(json.bytes / 1e6).toFixed(1)} MB; binary ${(encodeIncidentColumns(await findIncidentColumnArrays(database.db, year, district)).byteLength / 1e6).toFixed(1)} MB`);
    log(formatMemory('memory of one GET /api/incidents (JSON)', await measureMemory(get(yearSearch))));
    log(formatMemory(binaryRouted ? 'memory of one GET ?format=binary' : 'memory of repo + encode (binary)', await measureMemory(
      binaryRouted ? get(`${yearSearch}&format=binary`) : async () => encodeIncidentColumns(await findIncidentColumnArrays(database.db, year, district)),
    )));

    log('  reference: the previous implementation (one JS object a row, numeric rounding, ORDER BY in SQL):');
    const previous = await timeInterleaved([
      { label: 'baseline: COPY … TO STDOUT (FORMAT binary), unordered', run: copy(false) },
      { label: 'previous findIncidentColumns', run: () => findIncidentColumnsRowByRow(database.db) },
      { label: 'findIncidentColumns', run: () => findIncidentColumns(database.db, year, district) },
    ], Math.min(runs, 3));
    formatRatios(previous).forEach((line) => log(line));
  } finally {
    await copyClient.end();
    await database.close();
  }
}

/** The same query on embedded PGlite at `count` incidents, against PGlite's COPY … TO '/dev/blob'. */
export async function benchHeatmapOnPglite(count: number, runs: number, log: (line: string) => void) {
  log(`  generating ${count.toLocaleString('en')} incidents in a temporary PGlite …`);
  const { database, dataDir } = await openPgliteDatabase(count);
  try {
    const client = (database.db as unknown as { $client: PGlite }).$client;
    // PGlite has no STDOUT: COPY … TO '/dev/blob' hands the output back as a Blob on the result.
    const copyToBlob = async () => {
      const result = await client.query(`COPY (${baselineSelect(false)}) TO '/dev/blob' WITH (FORMAT binary)`);
      return (await result.blob!.arrayBuffer()).byteLength;
    };
    const timings = await timeInterleaved([
      { label: "baseline: COPY (lng, lat, epoch, category) TO '/dev/blob' (FORMAT binary), unordered", run: copyToBlob },
      { label: 'findIncidentColumns (number arrays for JSON)', run: () => findIncidentColumns(database.db, year, district) },
      { label: 'findIncidentColumnArrays (typed arrays)', run: () => findIncidentColumnArrays(database.db, year, district) },
      { label: 'previous findIncidentColumns (row by row)', run: () => findIncidentColumnsRowByRow(database.db) },
    ], runs);
    formatRatios(timings).forEach((line) => log(line));
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function serverVersion(db: Db) {
  const [row] = await queryRows<{ v: string }>(db, sql`SELECT current_setting('server_version') || ', PostGIS ' || postgis_lib_version() AS v`);
  return `PostgreSQL ${row.v}`;
}

/** The implementation before the packed query, kept here as the reference figure (whole year, district scope). */
async function findIncidentColumnsRowByRow(db: Db): Promise<IncidentColumns> {
  const rows = await queryRows<{ x: number; y: number; t: number; c: string }>(
    db,
    sql`SELECT round(ST_X(i.geom)::numeric, 6)::float8 AS x, round(ST_Y(i.geom)::numeric, 6)::float8 AS y,
          extract(epoch FROM i.occurred_at)::int AS t, i.category_code AS c
        FROM incidents i WHERE i.occurred_at >= ${year.from}::timestamptz AND i.occurred_at < ${year.to}::timestamptz
        ORDER BY i.occurred_at, i.id`,
  );
  const categoryCodes: string[] = [];
  const codeIndex = new Map<string, number>();
  const positions = new Array<number>(rows.length * 2);
  const times = new Array<number>(rows.length);
  const categories = new Array<number>(rows.length);
  rows.forEach((r, i) => {
    let k = codeIndex.get(r.c);
    if (k === undefined) {
      k = categoryCodes.push(r.c) - 1;
      codeIndex.set(r.c, k);
    }
    positions[2 * i] = Number(r.x);
    positions[2 * i + 1] = Number(r.y);
    times[i] = Number(r.t);
    categories[i] = k;
  });
  return { count: rows.length, positions, times, categories, categoryCodes };
}
