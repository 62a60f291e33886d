import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  decodeIncidentColumns,
  encodeIncidentColumns,
  IncidentQuerySchema,
  type IncidentColumns,
  type IncidentQuery,
} from '../../core/contracts/incidents';
import type { Scope } from '../../core/contracts/auth';
import { queryRows, type Db } from '../../server/db/engine';
import { findIncidentColumnArrays, findIncidentColumns } from '../../server/db/repos/incidents.repo';
import { getTestDatabase, loginAs, testAnchor, type TestClient } from '../support/test-database';

// The packed read path (issue "wall display", part 6) must answer exactly what one row a JS object did.
let app: TestClient;
let db: Db;
const district: Scope = { kind: 'district', codes: [] };
beforeAll(async () => {
  app = await loginAs('admin');
  db = (await getTestDatabase()).db;
});

const yearBefore = new Date(testAnchor.getTime() - 365 * 86_400_000).toISOString();
const queries = {
  'the last twelve months': `from=${encodeURIComponent(yearBefore)}&to=${encodeURIComponent(testAnchor.toISOString())}`,
  'evening hours at weekends in a bbox': 'hours=18,19,20,21&weekdays=6,7&bbox=107.40,31.10,107.60,31.30',
  'two categories': 'categories=FRAUD,THEFT_RES',
  'no match': 'bbox=0,0,1,1',
};

const parse = (query: string): IncidentQuery => IncidentQuerySchema.parse(Object.fromEntries(new URLSearchParams(query)));

/** Every incident as the first version answered: one JS object a row, numeric rounding, sorted in SQL. */
async function findRowByRow(): Promise<IncidentColumns> {
  const rows = await queryRows<{ x: number; y: number; t: number; c: string }>(
    db,
    sql`SELECT round(ST_X(geom)::numeric, 6)::float8 AS x, round(ST_Y(geom)::numeric, 6)::float8 AS y,
          extract(epoch FROM occurred_at)::int AS t, category_code AS c
        FROM incidents ORDER BY occurred_at, id`,
  );
  const categoryCodes = [...new Set(rows.map((r) => r.c))];
  return {
    count: rows.length,
    positions: rows.flatMap((r) => [Number(r.x), Number(r.y)]),
    times: rows.map((r) => Number(r.t)),
    categories: rows.map((r) => categoryCodes.indexOf(r.c)),
    categoryCodes,
  };
}

describe('GET /api/incidents, packed read path', () => {
  it('answers every demo incident exactly as the row-by-row query did (6-decimal rounding, order, codes)', async () => {
    const all = await findIncidentColumns(db, parse(''), district);
    expect(all.count).toBeGreaterThan(50_000);
    expect(all).toEqual(await findRowByRow());
  });

  it.each(Object.entries(queries))('the binary encoding of %s decodes to the JSON answer', async (_, query) => {
    const res = await app.request(`/api/incidents?${query}`);
    expect(res.status).toBe(200);
    const json = (await res.json()) as IncidentColumns;
    const bytes = encodeIncidentColumns(await findIncidentColumnArrays(db, parse(query), district));
    const decoded = decodeIncidentColumns(bytes.slice().buffer);
    expect(decoded.count).toBe(json.count);
    expect(Array.from(decoded.positions)).toEqual(json.positions);
    expect(Array.from(decoded.times)).toEqual(json.times);
    expect(Array.from(decoded.categories)).toEqual(json.categories);
    expect(decoded.categoryCodes).toEqual(json.categoryCodes);
  });

  it('keeps to the caller scope in the packed query', async () => {
    const [grid] = await queryRows<{ code: string }>(db, sql`SELECT grid_code AS code FROM incidents WHERE grid_code IS NOT NULL LIMIT 1`);
    const cols = await findIncidentColumnArrays(db, parse(''), { kind: 'grids', codes: [grid.code] });
    const [expected] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM incidents WHERE grid_code = ${grid.code}`);
    expect(cols.count).toBe(Number(expected.n));
    expect(cols.count).toBeGreaterThan(0);
  });

  it('refuses a buffer that is not an incident columns answer', () => {
    expect(() => decodeIncidentColumns(new TextEncoder().encode('{"count":0}'))).toThrow(/JWIC/);
  });

  it('answers 400 naming format for format=xml', async () => {
    const res = await app.request('/api/incidents?format=xml');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { issues: { field: string }[] };
    expect(body.issues.map((i) => i.field)).toContain('format');
  });

  it.each(Object.entries(queries))('GET /api/incidents?format=binary answers %s exactly as the JSON answer', async (_name, query) => {
    const json = (await (await app.request(`/api/incidents?${query}`)).json()) as IncidentColumns;
    const res = await app.request(`/api/incidents?${query}&format=binary`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    const cols = decodeIncidentColumns(await res.arrayBuffer());
    expect(cols.count).toBe(json.count);
    expect(Array.from(cols.positions)).toEqual(json.positions);
    expect(Array.from(cols.times)).toEqual(json.times);
    expect(Array.from(cols.categories).map((k) => cols.categoryCodes[k])).toEqual(json.categories.map((k) => json.categoryCodes[k]));
  });
});
