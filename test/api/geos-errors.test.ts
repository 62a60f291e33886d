import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Db } from '../../server/db/engine';
import { getTestDatabase } from '../support/test-database';

/*
 * A GEOS failure (here an overlay of a self-crossing polygon) is an error on either engine, and what it interrupted
 * changes nothing. PostgreSQL does this itself; PGlite only through server/db/pglite-lost-errors.ts, without which
 * its PostGIS answers no rows, keeps the rows an UPDATE wrote before the failing one, and commits the transaction.
 */
const bowtie = sql`'SRID=4326;POLYGON((0 0,2 2,2 0,0 2,0 0))'::geometry`;
/** A bowtie over the grid's own extent: GEOS checks an overlay's input only where the two meet. */
const bowtieOverGrid = sql`ST_SetSRID(ST_MakePolygon(ST_MakeLine(ARRAY[
  ST_MakePoint(ST_XMin(geom), ST_YMin(geom)), ST_MakePoint(ST_XMax(geom), ST_YMax(geom)), ST_MakePoint(ST_XMax(geom), ST_YMin(geom)),
  ST_MakePoint(ST_XMin(geom), ST_YMax(geom)), ST_MakePoint(ST_XMin(geom), ST_YMin(geom))])), 4326)`;

/** The database's error under Drizzle's wrapper, with its SQLSTATE. */
async function failure(run: Promise<unknown>): Promise<{ code?: string }> {
  const err = await run.then(
    () => undefined,
    (e: unknown) => e as { cause?: { code?: string }; code?: string },
  );
  if (err === undefined) throw new Error('the statement succeeded');
  return err.cause ?? err;
}

let db: Db;
let community: string;
beforeAll(async () => {
  db = (await getTestDatabase()).db;
  // A community of several grids, so that an UPDATE of them writes some before it reaches the failing one.
  const [row] = await queryRows<{ code: string }>(
    db,
    sql`SELECT community_code AS code FROM grids GROUP BY community_code HAVING count(*) >= 3 ORDER BY community_code LIMIT 1`,
  );
  community = row.code;
});

const gridsOf = () =>
  queryRows<{ code: string; name: string; geom: string }>(
    db,
    sql`SELECT code, name, md5(ST_AsEWKB(geom)::text) AS geom FROM grids WHERE community_code = ${community} ORDER BY code`,
  );

describe('a GEOS failure is an error that changes nothing', () => {
  it('a query of an overlay that fails raises PostgreSQL’s internal_error rather than answering no rows', async () => {
    const err = await failure(queryRows(db, sql`SELECT ST_AsText(ST_Union(${bowtie}, ST_MakeEnvelope(1, 0, 3, 1, 4326))) AS r`));
    expect(err.code).toBe('XX000');
  });

  it('an UPDATE that fails on its last row keeps none of the rows before it', async () => {
    const before = await gridsOf();
    expect(before.length).toBeGreaterThanOrEqual(3);
    const last = before[before.length - 1].code;
    const err = await failure(
      db.execute(sql`UPDATE grids SET name = name || '（改）',
        geom = CASE WHEN code = ${last} THEN ST_Multi(ST_Union(geom, ${bowtieOverGrid})) ELSE geom END
        WHERE community_code = ${community}`),
    );
    expect(err.code).toBe('XX000');
    expect(await gridsOf()).toEqual(before);
  });

  it('a transaction with a failing overlay keeps none of its writes', async () => {
    const before = await gridsOf();
    const err = await failure(
      db.transaction(async (tx) => {
        await tx.execute(sql`UPDATE grids SET name = name || '（改）' WHERE code = ${before[0].code}`);
        await tx.execute(sql`UPDATE grids SET geom = ST_Multi(ST_Intersection(geom, ${bowtieOverGrid})) WHERE code = ${before[1].code}`);
        await tx.execute(sql`UPDATE grids SET name = name || '（改）' WHERE code = ${before[2].code}`);
      }),
    );
    expect(err.code).toBe('XX000');
    expect(await gridsOf()).toEqual(before);
  });

  it('an overlay that succeeds still answers afterwards', async () => {
    const [row] = await queryRows<{ area: number }>(
      db,
      sql`SELECT ST_Area(ST_Union(ST_MakeEnvelope(0, 0, 2, 1, 4326), ST_MakeEnvelope(1, 0, 3, 2, 4326))) AS area`,
    );
    expect(Number(row.area)).toBeCloseTo(5, 9);
  });
});
