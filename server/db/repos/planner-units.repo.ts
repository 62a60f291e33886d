import { sql, type SQL } from 'drizzle-orm';
import type { Polygon } from 'geojson';
import type { PlannerArea, PlannerAreaQuery, PlannerAreas, PlannerUnit, PlannerUnits } from '../../../core/contracts/planner';
import { queryRows, type Db } from '../engine';

/** Streets that hold grids, with their communities and published figures. */
export async function findPlannerAreas(db: Db): Promise<PlannerAreas> {
  const rows = await queryRows<{ s_code: string; s_name: string; code: string; name: string; households: number; buildings: number; grids: number }>(
    db,
    sql`SELECT s.code AS s_code, s.name AS s_name, c.code, c.name,
          COALESCE(sum(g.households), 0)::int AS households,
          (SELECT count(*)::int FROM buildings b JOIN compounds k ON k.code = b.compound_code WHERE k.community_code = c.code) AS buildings,
          count(g.code)::int AS grids
        FROM communities c JOIN streets s ON s.code = c.street_code JOIN grids g ON g.community_code = c.code
        GROUP BY s.code, s.name, c.code, c.name ORDER BY s.code, c.code`,
  );
  const streets = new Map<string, PlannerAreas['streets'][number]>();
  for (const r of rows) {
    const street = streets.get(r.s_code) ?? { code: r.s_code, name: r.s_name, communities: [] };
    street.communities.push({ code: r.code, name: r.name, households: r.households, buildings: r.buildings, grids: r.grids });
    streets.set(r.s_code, street);
  }
  return { streets: [...streets.values()] };
}

/** The area's name and its communities' codes; null when the code names no street or community with grids. */
export async function findPlannerArea(db: Db, query: PlannerAreaQuery): Promise<(PlannerArea & { communityCodes: string[] }) | null> {
  const kind = query.street ? 'street' : 'community';
  const code = (query.street ?? query.community)!;
  const rows = await queryRows<{ code: string; area_name: string }>(
    db,
    kind === 'street'
      ? sql`SELECT c.code, s.name AS area_name FROM communities c JOIN streets s ON s.code = c.street_code
            WHERE s.code = ${code} AND EXISTS (SELECT 1 FROM grids g WHERE g.community_code = c.code) ORDER BY c.code`
      : sql`SELECT c.code, c.name AS area_name FROM communities c
            WHERE c.code = ${code} AND EXISTS (SELECT 1 FROM grids g WHERE g.community_code = c.code)`,
  );
  if (rows.length === 0) return null;
  return { kind, code, name: rows[0].area_name, communityCodes: rows.map((r) => r.code) };
}

/**
 * Each building of the communities with its territory: the Voronoi cell of its point on surface among the
 * community's buildings, clipped to the community, so that territories tile each community exactly and any
 * assignment of buildings to grids gives grids without gaps or overlaps. Computed by PostGIS (GEOS) in one
 * statement; publishing unions the same territories (see planner-publish.repo.ts, writePublishGrids).
 */
export function territoriesSql(communityCodes: string[]): SQL {
  const codes = sql`ARRAY[${sql.join(communityCodes.map((c) => sql`${c}`), sql`, `)}]::text[]`;
  return sql`
    WITH comm AS (SELECT code, geom FROM communities WHERE code = ANY(${codes})),
    b AS (
      SELECT b.code, b.name, b.compound_code, k.community_code, b.grid_code, b.households, b.residents,
             b.party_members, b.institution_staff, b.geom AS footprint, ST_PointOnSurface(b.geom) AS p
      FROM buildings b JOIN compounds k ON k.code = b.compound_code
      WHERE k.community_code = ANY(${codes})
    ),
    cells AS (
      SELECT comm.code AS community_code, d.geom AS cell
      FROM comm, LATERAL (
        SELECT (ST_Dump(ST_VoronoiPolygons(ST_Collect(b.p), 0, ST_Expand(ST_Envelope(comm.geom), 0.01)))).geom
        FROM b WHERE b.community_code = comm.code
      ) d
    )
    SELECT b.*, ST_CollectionExtract(ST_Intersection(cells.cell, comm.geom), 3) AS territory
    FROM b JOIN cells ON cells.community_code = b.community_code AND ST_Intersects(cells.cell, b.p)
    JOIN comm ON comm.code = b.community_code`;
}

interface UnitRow {
  code: string;
  name: string;
  label: string;
  compound_code: string;
  community_code: string;
  grid_code: string;
  beat_code: string | null;
  households: number;
  residents: number;
  party_members: number;
  institution_staff: number;
  incidents: number;
  position: string;
  footprint: string;
  territory: string;
}

/**
 * The planner's view of an area as the database holds it: communities, buildings with territories, published grids
 * and beats. Which buildings touch is planner-units.service.ts's (core/redistrict buildAdjacency).
 */
export async function findPlannerUnits(db: Db, area: PlannerArea & { communityCodes: string[] }): Promise<Omit<PlannerUnits, 'adjacency'>> {
  const codes = sql`ARRAY[${sql.join(area.communityCodes.map((c) => sql`${c}`), sql`, `)}]::text[]`;
  const rows = await queryRows<UnitRow>(
    db,
    sql`WITH t AS (${territoriesSql(area.communityCodes)})
        SELECT t.code, t.name, k.name || t.name AS label, t.compound_code, t.community_code, t.grid_code, bg.beat_code,
          t.households, t.residents, t.party_members, t.institution_staff,
          (SELECT count(*)::int FROM incidents i
             WHERE i.geom && t.territory AND ST_Intersects(t.territory, i.geom)
               AND i.occurred_at > now() - interval '12 months') AS incidents,
          ST_AsGeoJSON(t.p, 7) AS position, ST_AsGeoJSON(t.footprint, 7) AS footprint, ST_AsGeoJSON(t.territory, 7) AS territory
        FROM t JOIN compounds k ON k.code = t.compound_code LEFT JOIN beat_grids bg ON bg.grid_code = t.grid_code ORDER BY t.code`,
  );
  const units: PlannerUnit[] = rows.map((r) => ({
    type: 'Feature',
    geometry: JSON.parse(r.territory),
    properties: {
      code: r.code,
      name: r.name,
      label: r.label,
      compoundCode: r.compound_code,
      communityCode: r.community_code,
      gridCode: r.grid_code,
      beatCode: r.beat_code,
      households: r.households,
      residents: r.residents,
      partyMembers: r.party_members,
      institutionStaff: r.institution_staff,
      incidents12m: Number(r.incidents),
      position: JSON.parse(r.position).coordinates,
      footprint: JSON.parse(r.footprint) as Polygon,
    },
  }));
  const [fc] = await queryRows<{ communities: string; grids: string; beats: string; plan: string }>(
    db,
    sql`SELECT
        (SELECT json_build_object('type', 'FeatureCollection', 'features', COALESCE(json_agg(ST_AsGeoJSON(c.*, 'geom', 7)::json ORDER BY c.code), '[]'::json))
           FROM (SELECT code, name, geom FROM communities WHERE code = ANY(${codes})) c)::text AS communities,
        (SELECT json_build_object('type', 'FeatureCollection', 'features', COALESCE(json_agg(ST_AsGeoJSON(g.*, 'geom', 7)::json ORDER BY g.code), '[]'::json))
           FROM (SELECT code, name, community_code AS "communityCode", households, residents, geom FROM grids WHERE community_code = ANY(${codes})) g)::text AS grids,
        (SELECT json_build_object('type', 'FeatureCollection', 'features', COALESCE(json_agg(ST_AsGeoJSON(b.*, 'geom', 7)::json ORDER BY b.code), '[]'::json))
           FROM (SELECT code, name, officer_id AS "officerId", geom FROM beats WHERE code IN (
             SELECT bg.beat_code FROM beat_grids bg JOIN grids g ON g.code = bg.grid_code WHERE g.community_code = ANY(${codes}))) b)::text AS beats,
        (SELECT plan_id::text FROM grids WHERE community_code = ANY(${codes}) ORDER BY code LIMIT 1) AS plan`,
  );
  return {
    area: { kind: area.kind, code: area.code, name: area.name },
    publishedPlanId: fc.plan,
    communities: JSON.parse(fc.communities),
    units: { type: 'FeatureCollection', features: units },
    grids: JSON.parse(fc.grids),
    beats: JSON.parse(fc.beats),
  };
}
