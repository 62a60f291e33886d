/**
 * Where a beat's own patrol route starts (the seed's demo routes, issue 16): the road junction inside the beat nearest
 * its middle — the planner refuses a start far from the roads, and a station serves several beats, some of them
 * beyond a foot patrol's radius of it.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../engine';
import { beats, roadNodes } from '../schema';

export interface BeatRouteStart {
  beatCode: string;
  beatName: string;
  lngLat: [number, number];
}

/** Every beat with a road junction inside it, in code order. */
export async function findBeatRouteStarts(db: Db): Promise<BeatRouteStart[]> {
  const rows = await queryRows<{ code: string; name: string; lng: number; lat: number }>(
    db,
    sql`SELECT ${beats.code}, ${beats.name}, ST_X(n.geom) AS lng, ST_Y(n.geom) AS lat FROM ${beats}
      CROSS JOIN LATERAL (SELECT ${roadNodes.geom} AS geom FROM ${roadNodes} WHERE ST_Intersects(${beats.geom}, ${roadNodes.geom})
        ORDER BY ${roadNodes.geom} <-> ST_PointOnSurface(${beats.geom}), ${roadNodes.id} LIMIT 1) n
      ORDER BY ${beats.code}`,
  );
  return rows.map((r) => ({ beatCode: r.code, beatName: r.name, lngLat: [Number(r.lng), Number(r.lat)] }));
}
