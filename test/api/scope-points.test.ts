import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scope } from '../../core/contracts/auth';
import type { LngLat } from '../../core/patrol';
import { queryRows, type Db } from '../../server/db/engine';
import { pointsIntoScope } from '../../server/db/repos/scope-points.repo';
import { getTestDatabase } from '../support/test-database';

let db: Db;
let beat: Scope;
let inside: LngLat;
let outside: LngLat;
beforeAll(async () => {
  db = (await getTestDatabase()).db;
  const [row] = await queryRows<{ beat: string; ix: number; iy: number; ox: number; oy: number }>(db, sql`
    WITH b AS (SELECT bg.beat_code, ST_Union(g.geom) AS geom FROM beat_grids bg JOIN grids g ON g.code = bg.grid_code GROUP BY bg.beat_code ORDER BY bg.beat_code LIMIT 1),
         e AS (SELECT beat_code, geom, ST_PointOnSurface(geom) AS p, ST_Envelope(geom) AS env FROM b)
    SELECT beat_code AS beat, ST_X(p) AS ix, ST_Y(p) AS iy, ST_XMax(env) + 0.0008 AS ox, ST_Y(p) AS oy FROM e`);
  beat = { kind: 'beat', codes: [row.beat] };
  inside = [Number(row.ix), Number(row.iy)];
  outside = [Number(row.ox), Number(row.oy)]; // about 76 m east of the beat's easternmost point
});

describe('points brought into a jurisdiction (a patrol stop in a hot cell on the beat’s edge)', () => {
  it('keeps a point inside the beat, and moves one outside to the beat’s nearest edge, saying how far', async () => {
    const [kept, moved] = await pointsIntoScope(db, [inside, outside], beat);
    expect(kept).toEqual({ lngLat: inside, movedM: 0 });
    expect(moved.movedM).toBeGreaterThan(70);
    const [check] = await queryRows<{ on: boolean; d: number }>(db, sql`
      SELECT bool_or(ST_DWithin(g.geom, ST_SetSRID(ST_MakePoint(${moved.lngLat[0]}, ${moved.lngLat[1]}), 4326), 1e-9)) AS on,
             ST_Distance(ST_SetSRID(ST_MakePoint(${moved.lngLat[0]}, ${moved.lngLat[1]}), 4326)::geography, ST_SetSRID(ST_MakePoint(${outside[0]}, ${outside[1]}), 4326)::geography) AS d
      FROM beat_grids bg JOIN grids g ON g.code = bg.grid_code WHERE bg.beat_code = ${beat.codes[0]}`);
    expect(check.on).toBe(true);
    expect(Number(check.d)).toBeCloseTo(moved.movedM!, 3);
  });

  it('leaves the district’s points alone, and says null for a jurisdiction without grids', async () => {
    expect(await pointsIntoScope(db, [outside], { kind: 'district', codes: [] })).toEqual([{ lngLat: outside, movedM: 0 }]);
    expect(await pointsIntoScope(db, [outside], { kind: 'beat', codes: ['NO-SUCH-BEAT'] })).toEqual([{ lngLat: outside, movedM: null }]);
  });
});
