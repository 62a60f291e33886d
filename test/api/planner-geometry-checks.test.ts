import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanFinding } from '../../core/contracts/planner';
import { queryRows, type Db } from '../../server/db/engine';
import { findGeometryProblems } from '../../server/db/repos/planner-geometry-checks.repo';
import { getTestDatabase } from '../support/test-database';

let db: Db;
beforeAll(async () => {
  db = (await getTestDatabase()).db;
});

class Rollback extends Error {}

/** findGeometryProblems on grids given as lon/lat boxes, in a transaction rolled back (publishing's temp table). */
async function problemsOf(boxes: Record<string, [number, number, number, number]>, communityCodes: string[] = []): Promise<PlanFinding[]> {
  let found: PlanFinding[] = [];
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.execute(sql`CREATE TEMP TABLE publish_grids (key text NOT NULL, community_code text NOT NULL, geom geometry(MultiPolygon, 4326),
      households int NOT NULL, residents int NOT NULL, party_members int NOT NULL, institution_staff int NOT NULL, is_demo boolean NOT NULL) ON COMMIT DROP`);
    for (const [key, [w, s, e, n]] of Object.entries(boxes)) {
      await t.execute(sql`INSERT INTO publish_grids VALUES (${key}, 'x', ST_Multi(ST_MakeEnvelope(${w}, ${s}, ${e}, ${n}, 4326)), 0, 0, 0, 0, false)`);
    }
    found = await findGeometryProblems(t, communityCodes);
    throw new Rollback();
  }).catch((err) => {
    if (!(err instanceof Rollback)) throw err;
  });
  return found;
}

describe('the publish check for grids that overlap', () => {
  it('names two grids that share real area (about 2,600 m²), and not two that share a sliver under 1 m²', async () => {
    const problems = await problemsOf({
      a: [107.5, 31.2, 107.501, 31.201],
      b: [107.5005, 31.2005, 107.5015, 31.2015],
      c: [107.51, 31.2, 107.511, 31.201],
      // 1e-8° over c's eastern edge: a strip of about 0.1 m², like those where two communities' territories meet.
      d: [107.511 - 1e-8, 31.2, 107.512, 31.201],
    });
    expect(problems.filter((p) => p.kind === 'overlap').map((p) => p.gridKeys)).toEqual([['a', 'b']]);
  });
});

describe('the publish check that every building lies in exactly one grid', () => {
  type Box = [number, number, number, number];
  let community: string;
  let extent: Box;
  /** The community's buildings whose point on surface lies east of `lng`, by code: those a grid ending there leaves out. */
  let eastOf: (lng: number) => Promise<string[]>;
  beforeAll(async () => {
    // The community with the fewest buildings (four at least), and the box around its buildings' points.
    const [row] = await queryRows<{ code: string; w: number; s: number; e: number; n: number }>(db, sql`
      SELECT x.community_code AS code, ST_XMin(x.box) AS w, ST_YMin(x.box) AS s, ST_XMax(x.box) AS e, ST_YMax(x.box) AS n
      FROM (SELECT k.community_code, ST_Extent(ST_PointOnSurface(b.geom)) AS box, count(*) AS buildings
        FROM buildings b JOIN compounds k ON k.code = b.compound_code GROUP BY k.community_code) x JOIN communities k ON k.code = x.community_code
      WHERE x.buildings >= 4 ORDER BY x.buildings, k.code LIMIT 1`);
    community = row.code;
    extent = [Number(row.w) - 1e-4, Number(row.s) - 1e-4, Number(row.e) + 1e-4, Number(row.n) + 1e-4];
    eastOf = async (lng) => (await queryRows<{ code: string }>(db, sql`SELECT b.code FROM buildings b JOIN compounds k ON k.code = b.compound_code
      WHERE k.community_code = ${community} AND ST_X(ST_PointOnSurface(b.geom)) > ${lng} ORDER BY b.code LIMIT 20`)).map((r) => r.code);
  });
  const buildingProblems = (problems: PlanFinding[]) =>
    problems.filter((p) => p.kind === 'building').map((p) => ({ building: p.params.building, n: p.params.n }));

  it('finds nothing when one grid holds them all', async () => {
    expect(buildingProblems(await problemsOf({ all: extent }, [community]))).toEqual([]);
  });

  it('names each building no grid holds, with 0', async () => {
    const middle = (extent[0] + extent[2]) / 2;
    const left = await eastOf(middle);
    expect(left.length).toBeGreaterThan(0);
    expect(buildingProblems(await problemsOf({ west: [extent[0], extent[1], middle, extent[3]] }, [community]))).toEqual(left.map((building) => ({ building, n: 0 })));
  });

  it('names each building two grids hold, with 2', async () => {
    const twice = await eastOf(extent[0]);
    expect(buildingProblems(await problemsOf({ one: extent, two: extent }, [community]))).toEqual(twice.map((building) => ({ building, n: 2 })));
  });
});
