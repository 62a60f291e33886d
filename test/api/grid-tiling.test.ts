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
  // Containment + no overlap + equal area is a proof of tiling that needs no ST_Union of the grids:
  // PGlite's PostGIS cannot compute ST_Difference against such a union (a GEOS error, pglite-lost-errors.ts).
  it('keeps every grid inside its community', async () => {
    const rows = await queryRows<{ code: string }>(
      db,
      sql`SELECT g.code FROM grids g JOIN communities c ON c.code = g.community_code WHERE NOT ST_CoveredBy(g.geom, c.geom)`,
    );
    const [n] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM grids g JOIN communities c ON c.code = g.community_code`);
    expect(Number(n.n)).toBe(208);
    expect(rows).toEqual([]);
  });

  it('leaves no gap: each community’s area equals the sum of its grids’ areas to within 1 m²', async () => {
    const rows = await queryRows<{ code: string; community: number; grids: number }>(
      db,
      sql`SELECT c.code, ST_Area(c.geom::geography) AS community,
            (SELECT sum(ST_Area(g.geom::geography)) FROM grids g WHERE g.community_code = c.code) AS grids
          FROM communities c WHERE c.urban ORDER BY c.code`,
    );
    expect(rows).toHaveLength(35);
    const off = rows.filter((r) => !(Math.abs(Number(r.community) - Number(r.grids)) < 1));
    expect(off).toEqual([]);
  });

  it('has no overlap: no two grids share interior area', async () => {
    const [r] = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM grids a JOIN grids b ON a.code < b.code AND a.geom && b.geom
          WHERE ST_Relate(a.geom, b.geom, '2********')`,
    );
    expect(Number(r.n)).toBe(0);
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
