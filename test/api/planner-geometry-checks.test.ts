import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanFinding } from '../../core/contracts/planner';
import type { Db } from '../../server/db/engine';
import { findGeometryProblems } from '../../server/db/repos/planner-geometry-checks.repo';
import { getTestDatabase } from '../support/test-database';

let db: Db;
beforeAll(async () => {
  db = (await getTestDatabase()).db;
});

class Rollback extends Error {}

/** findGeometryProblems on grids given as lon/lat boxes, in a transaction rolled back (publishing's temp table). */
async function problemsOf(boxes: Record<string, [number, number, number, number]>): Promise<PlanFinding[]> {
  let found: PlanFinding[] = [];
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.execute(sql`CREATE TEMP TABLE publish_grids (key text NOT NULL, community_code text NOT NULL, geom geometry(MultiPolygon, 4326),
      households int NOT NULL, residents int NOT NULL, party_members int NOT NULL, institution_staff int NOT NULL, is_demo boolean NOT NULL) ON COMMIT DROP`);
    for (const [key, [w, s, e, n]] of Object.entries(boxes)) {
      await t.execute(sql`INSERT INTO publish_grids VALUES (${key}, 'x', ST_Multi(ST_MakeEnvelope(${w}, ${s}, ${e}, ${n}, 4326)), 0, 0, 0, 0, false)`);
    }
    found = await findGeometryProblems(t, []);
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
