import { asc, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { IncidentCategory, IncidentColumnArrays, IncidentColumns, IncidentQuery } from '../../../core/contracts/incidents';
import type { Scope } from '../../../core/contracts/auth';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { incidentCategories, incidents } from '../schema';

/** incidents as incidentConditions names them: a query that uses the conditions reads incidents through this alias. */
export const incidentsAlias = alias(incidents, 'i');
const i = incidentsAlias;

// Hours and weekdays are those of the people who live there, whatever the server's time zone.
const localTime = sql`(${i.occurredAt} AT TIME ZONE 'Asia/Shanghai')`;

/** The filter of an incident query and the caller's scope, over incidents aliased `i`. */
export function incidentConditions(q: IncidentQuery, scope: Scope): SQL {
  const parts: SQL[] = [gridInScope(i.gridCode, scope)];
  if (q.from) parts.push(sql`${i.occurredAt} >= ${q.from}::timestamptz`);
  if (q.to) parts.push(sql`${i.occurredAt} < ${q.to}::timestamptz`);
  if (q.categories) parts.push(sql`${i.categoryCode} IN (${sql.join(q.categories.map((c) => sql`${c}`), sql`, `)})`);
  if (q.hours) parts.push(sql`extract(hour FROM ${localTime})::int IN (${sql.join(q.hours.map((h) => sql`${h}`), sql`, `)})`);
  if (q.weekdays) parts.push(sql`extract(isodow FROM ${localTime})::int IN (${sql.join(q.weekdays.map((d) => sql`${d}`), sql`, `)})`);
  if (q.bbox) parts.push(sql`${i.geom} && ST_MakeEnvelope(${q.bbox[0]}, ${q.bbox[1]}, ${q.bbox[2]}, ${q.bbox[3]}, 4326)`);
  return sql.join(parts, sql` AND `);
}

/** Incidents in the caller's scope matching the filter, in columnar form (see IncidentColumns), oldest first. */
export async function findIncidentColumns(db: Db, q: IncidentQuery, scope: Scope): Promise<IncidentColumns> {
  const cols = await findIncidentColumnArrays(db, q, scope);
  return {
    count: cols.count,
    positions: toNumbers(cols.positions),
    times: toNumbers(cols.times),
    categories: toNumbers(cols.categories),
    categoryCodes: cols.categoryCodes,
  };
}

// Array.from(typedArray) takes the generic iterator path, several times slower than this loop at a million.
function toNumbers(a: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) out.push(a[i]);
  return out;
}

/**
 * The same answer as findIncidentColumns in typed arrays (for format=binary, see encodeIncidentColumns).
 *
 * Speed at a million rows (issue "wall display", part 6; `npm run bench`): one JS object per row costs about
 * three times a binary COPY. Instead PostgreSQL packs each column into one bytea with string_agg of the
 * *send functions (big-endian binary), so the driver parses five values, not 5n; coordinates travel as int4
 * microdegrees (exact 6-decimal rounding, then n / 1e6 is the double nearest the decimal), times as the raw
 * timestamptz (int8 µs since 2000). The rows arrive unordered, because sorting a million rows in SQL (an
 * index scan over the heap, or an external sort at the default work_mem) costs more than everything else;
 * they are ordered here by (occurred_at, id) with a radix sort on whole seconds and the rare ties after.
 * A bytea holds at most 1 GB, i.e. some 40 million incidents per answer.
 */
export async function findIncidentColumnArrays(db: Db, q: IncidentQuery, scope: Scope): Promise<IncidentColumnArrays> {
  const [row] = await queryRows<PackedIncidents>(
    db,
    sql`SELECT count(*)::int AS n,
          string_agg(int4send((ST_X(${i.geom}) * 1000000.0::float8)::int4), ''::bytea) AS x,
          string_agg(int4send((ST_Y(${i.geom}) * 1000000.0::float8)::int4), ''::bytea) AS y,
          string_agg(timestamptz_send(${i.occurredAt}), ''::bytea) AS t,
          string_agg(int8send(${i.id}), ''::bytea) AS id,
          string_agg(int2send(c.k), ''::bytea) AS k,
          (SELECT string_agg(${incidentCategories.code}, E'\n' ORDER BY ${incidentCategories.code}) FROM ${incidentCategories}) AS codes
        FROM ${incidents} ${i}
        JOIN (SELECT ${incidentCategories.code} AS code, (row_number() OVER (ORDER BY ${incidentCategories.code}) - 1)::int2 AS k
          FROM ${incidentCategories}) c ON c.code = ${i.categoryCode}
        WHERE ${incidentConditions(q, scope)}`,
  );
  return unpackIncidents(row);
}

interface PackedIncidents {
  n: number;
  x: Uint8Array | null; // null when no row matched
  y: Uint8Array | null;
  t: Uint8Array | null;
  id: Uint8Array | null;
  k: Uint8Array | null;
  codes: string | null;
}

const unixSecondsAt2000 = 946_684_800;

function unpackIncidents(row: PackedIncidents): IncidentColumnArrays {
  const n = Number(row.n);
  if (n === 0) return { count: 0, positions: new Float64Array(0), times: new Uint32Array(0), categories: new Uint8Array(0), categoryCodes: [] };
  const view = (b: Uint8Array | null) => new DataView(b!.buffer, b!.byteOffset, b!.byteLength);
  const [x, y, t, id, k] = [view(row.x), view(row.y), view(row.t), view(row.id), view(row.k)];
  const micros = new Float64Array(n); // occurred_at, µs since 1970: exact below 2^53 (year 2255)
  const seconds = new Int32Array(n);
  const ids = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const us = t.getInt32(8 * i) * 4_294_967_296 + t.getUint32(8 * i + 4) + unixSecondsAt2000 * 1e6;
    micros[i] = us;
    // extract(epoch)::int rounds half away from zero; us / 1e6 is exact at .5 (a multiple of 2^-1).
    const s = us / 1e6;
    seconds[i] = s < 0 ? -Math.round(-s) : Math.round(s);
    ids[i] = id.getInt32(8 * i) * 4_294_967_296 + id.getUint32(8 * i + 4);
  }
  const order = orderByTime(seconds, micros, ids);
  const allCodes = row.codes ? row.codes.split('\n') : [];
  const localIndex = new Int32Array(allCodes.length).fill(-1);
  const categoryCodes: string[] = [];
  const positions = new Float64Array(2 * n);
  const times = new Uint32Array(n);
  const categories = allCodes.length > 256 ? new Uint16Array(n) : new Uint8Array(n);
  for (let j = 0; j < n; j++) {
    const i = order[j];
    positions[2 * j] = x.getInt32(4 * i) / 1e6;
    positions[2 * j + 1] = y.getInt32(4 * i) / 1e6;
    times[j] = seconds[i];
    const g = k.getInt16(2 * i);
    if (localIndex[g] < 0) localIndex[g] = categoryCodes.push(allCodes[g]) - 1;
    categories[j] = localIndex[g];
  }
  return { count: n, positions, times, categories, categoryCodes };
}

/**
 * The permutation that orders rows by occurred_at, then id: a stable two-pass radix sort on whole seconds
 * (signed, hence the flipped top bit), then each run of equal seconds sorted by (µs, id) — runs are short.
 */
function orderByTime(seconds: Int32Array, micros: Float64Array, ids: Float64Array): Uint32Array {
  const n = seconds.length;
  let from = new Uint32Array(n);
  let to = new Uint32Array(n);
  for (let i = 0; i < n; i++) from[i] = i;
  const counts = new Uint32Array(65_536);
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[((seconds[i] ^ 0x8000_0000) >>> shift) & 0xffff]++;
    for (let d = 0, sum = 0; d < 65_536; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let j = 0; j < n; j++) {
      const i = from[j];
      to[counts[((seconds[i] ^ 0x8000_0000) >>> shift) & 0xffff]++] = i;
    }
    [from, to] = [to, from];
  }
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && seconds[from[end]] === seconds[from[start]]) end++;
    if (end - start > 1) {
      const run = Array.from(from.subarray(start, end)).sort((a, b) => micros[a] - micros[b] || ids[a] - ids[b]);
      from.set(run, start);
    }
    start = end;
  }
  return from;
}

export async function listIncidentCategories(db: Db): Promise<IncidentCategory[]> {
  const { code, nameZh, nameEn, group } = incidentCategories;
  return db.select({ code, nameZh, nameEn, group }).from(incidentCategories).orderBy(asc(code));
}
