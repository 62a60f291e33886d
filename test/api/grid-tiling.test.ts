import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Db } from '../../server/db/engine';
import { getTestDatabase } from '../support/test-database';

// These run in PostGIS itself, on whichever engine the suite uses.
let db: Db;
beforeAll(async () => {
  db = (await getTestDatabase()).db;
});

describe('grids tile each urban community (PostGIS)', () => {
  it('leaves no gap: the union of a community’s grids covers it to within 1 m²', async () => {
    const rows = await queryRows<{ code: string; gap: number; extra: number }>(
      db,
      sql`SELECT c.code,
            ST_Area(ST_Difference(c.geom, u.geom)::geography) AS gap,
            ST_Area(ST_Difference(u.geom, c.geom)::geography) AS extra
          FROM communities c
          JOIN (SELECT community_code, ST_Union(geom) AS geom FROM grids GROUP BY community_code) u ON u.community_code = c.code`,
    );
    expect(rows).toHaveLength(34);
    for (const r of rows) {
      expect({ code: r.code, gap: Number(r.gap) < 1, extra: Number(r.extra) < 1 }).toEqual({ code: r.code, gap: true, extra: true });
    }
  });

  it('has no overlap: no two grids share interior area', async () => {
    const [r] = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM grids a JOIN grids b ON a.code < b.code AND a.geom && b.geom
          WHERE ST_Relate(a.geom, b.geom, '2********')`,
    );
    expect(Number(r.n)).toBe(0);
  });

  it('the grids’ areas add up to their communities’ areas', async () => {
    const [r] = await queryRows<{ grids: number; communities: number }>(
      db,
      sql`SELECT (SELECT sum(ST_Area(geom::geography)) FROM grids) AS grids,
                 (SELECT sum(ST_Area(geom::geography)) FROM communities WHERE urban) AS communities`,
    );
    expect(Math.abs(Number(r.grids) - Number(r.communities))).toBeLessThan(10);
  });

  it('puts every building in exactly one grid, the one it is registered to', async () => {
    const rows = await queryRows<{ code: string; n: number; same: boolean }>(
      db,
      sql`SELECT b.code, count(g.code)::int AS n, bool_or(g.code = b.grid_code) AS same
          FROM buildings b LEFT JOIN grids g ON ST_Intersects(g.geom, ST_PointOnSurface(b.geom))
          GROUP BY b.code HAVING count(g.code) <> 1 OR NOT bool_or(g.code = b.grid_code)`,
    );
    const [total] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM buildings`);
    expect(Number(total.n)).toBeGreaterThan(1000);
    expect(rows).toEqual([]);
  });

  it('never splits a compound between grids', async () => {
    const [r] = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM buildings b JOIN compounds c ON c.code = b.compound_code WHERE b.grid_code <> c.grid_code`,
    );
    expect(Number(r.n)).toBe(0);
  });

  it('docks every beat onto whole grids: each grid in one beat, each beat the union of its grids', async () => {
    const [docked] = await queryRows<{ n: number }>(db, sql`SELECT count(DISTINCT grid_code)::int AS n FROM beat_grids`);
    expect(Number(docked.n)).toBe(208);
    const rows = await queryRows<{ code: string; diff: number }>(
      db,
      sql`SELECT b.code, ST_Area(ST_SymDifference(b.geom, u.geom)::geography) AS diff
          FROM beats b JOIN (SELECT bg.beat_code, ST_Union(g.geom) AS geom FROM beat_grids bg
            JOIN grids g ON g.code = bg.grid_code GROUP BY bg.beat_code) u ON u.beat_code = b.code`,
    );
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((r) => Number(r.diff) >= 1)).toEqual([]);
  });
});
