import { and, eq, exists, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Polygon } from 'geojson';
import type { PlannerArea, PlannerAreaQuery, PlannerAreas, PlannerUnit, PlannerUnitProperties, PlannerUnits } from '../../../core/contracts/planner';
import type { Scope } from '../../../core/contracts/auth';
import { queryRows, type Db } from '../engine';
import { beatGrids, beats, buildings, communities, compounds, grids, incidents, streets } from '../schema';
import { buildingLabel } from './building-label-sql';
import { allGridsInScope } from './planner-scope.repo';
import { buildingMeasuresSql, buildingResidentsSql, residentMeasuresSql } from './measures.repo';
import { overlayGridSize } from './sql-refs';

const s = alias(streets, 's');
const c = alias(communities, 'c');
const g = alias(grids, 'g');
const b = alias(buildings, 'b');
const k = alias(compounds, 'k');
const bg = alias(beatGrids, 'bg');
const i = alias(incidents, 'i');

type CommunityRow = PlannerAreas['streets'][number]['communities'][number] & { streetCode: string; streetName: string; inScope: boolean };

/**
 * Streets that hold grids, with their communities and published figures: only the communities whose every grid lies
 * in `scope` (planning redraws all of an area's grids), and a street as a whole only when all of its do.
 */
export async function findPlannerAreas(db: Db, scope: Scope): Promise<PlannerAreas['streets']> {
  const rows = await queryRows<CommunityRow>(
    db,
    // Communities by their short names (梧桐梁社区), as every other view shows them, not 梧桐梁社区居民委员会.
    sql`SELECT ${s.code} AS "streetCode", ${s.name} AS "streetName", ${c.code}, ${c.shortName} AS name,
          COALESCE(sum(${g.households}), 0)::int AS households,
          (SELECT count(*)::int FROM ${buildings} ${b} JOIN ${compounds} ${k} ON ${k.code} = ${b.compoundCode} WHERE ${k.communityCode} = ${c.code}) AS buildings,
          count(${g.code})::int AS grids,
          array_agg(${g.households} ORDER BY ${g.code}) AS "gridHouseholds",
          ${allGridsInScope(g.code, scope)} AS "inScope"
        FROM ${communities} ${c} JOIN ${streets} ${s} ON ${s.code} = ${c.streetCode} JOIN ${grids} ${g} ON ${g.communityCode} = ${c.code}
        GROUP BY ${s.code}, ${s.name}, ${c.code}, ${c.shortName} ORDER BY ${s.code}, ${c.code}`,
  );
  const byCode = new Map<string, PlannerAreas['streets'][number]>();
  for (const r of rows) {
    const street = byCode.get(r.streetCode) ?? { code: r.streetCode, name: r.streetName, plannable: true, communities: [] };
    street.plannable &&= r.inScope;
    if (r.inScope) street.communities.push({ code: r.code, name: r.name, households: r.households, buildings: r.buildings, grids: r.grids, gridHouseholds: r.gridHouseholds });
    byCode.set(r.streetCode, street);
  }
  return [...byCode.values()].filter((s) => s.communities.length > 0);
}

/** The area's name and its communities' codes; null when the code names no street or community with grids. */
export async function findPlannerArea(db: Db, query: PlannerAreaQuery): Promise<(PlannerArea & { communityCodes: string[] }) | null> {
  const kind = query.street ? 'street' : 'community';
  const code = (query.street ?? query.community)!;
  const hasGrids = exists(db.select({ one: sql`1` }).from(g).where(eq(g.communityCode, c.code)));
  const rows = kind === 'street'
    ? await db.select({ code: c.code, areaName: s.name }).from(c).innerJoin(s, eq(s.code, c.streetCode))
      .where(and(eq(s.code, code), hasGrids)).orderBy(c.code)
    : await db.select({ code: c.code, areaName: c.shortName }).from(c).where(and(eq(c.code, code), hasGrids));
  if (rows.length === 0) return null;
  return { kind, code, name: rows[0].areaName, communityCodes: rows.map((r) => r.code) };
}

/**
 * Each building of the communities with its territory: the Voronoi cell of its point on surface among the
 * community's buildings, clipped to the community, so that territories tile each community exactly and any
 * assignment of buildings to grids gives grids without gaps or overlaps. Computed by PostGIS (GEOS) in one
 * statement; publishing draws the grids whose buildings change alike (planner-publish-outlines.repo.ts).
 */
export function territoriesSql(communityCodes: string[]): SQL {
  const codes = sql`ARRAY[${sql.join(communityCodes.map((c) => sql`${c}`), sql`, `)}]::text[]`;
  // The CTEs name their own columns: the outer queries read those names, whatever the tables call theirs.
  return sql`
    WITH comm AS (SELECT ${communities.code} AS code, ${communities.geom} AS geom FROM ${communities} WHERE ${communities.code} = ANY(${codes})),
    b AS (
      SELECT ${b.code} AS code, ${b.name} AS name, ${b.compoundCode} AS compound_code, ${k.communityCode} AS community_code, ${b.gridCode} AS grid_code,
             ${b.households} AS households, ${buildingResidentsSql(b.code)} AS residents, ${b.partyMembers} AS party_members,
             ${b.institutionStaff} AS institution_staff, ${b.geom} AS footprint, ST_PointOnSurface(${b.geom}) AS p
      FROM ${buildings} ${b} JOIN ${compounds} ${k} ON ${k.code} = ${b.compoundCode}
      WHERE ${k.communityCode} = ANY(${codes})
    ),
    cells AS (
      SELECT comm.code AS community_code, d.geom AS cell
      FROM comm, LATERAL (
        SELECT (ST_Dump(ST_VoronoiPolygons(ST_Collect(b.p), 0, ST_Expand(ST_Envelope(comm.geom), 0.01)))).geom
        FROM b WHERE b.community_code = comm.code
      ) d
    )
    SELECT b.*, ST_CollectionExtract(ST_Intersection(cells.cell, comm.geom, ${overlayGridSize}), 3) AS territory
    FROM b JOIN cells ON cells.community_code = b.community_code AND ST_Intersects(cells.cell, b.p)
    JOIN comm ON comm.code = b.community_code`;
}

type UnitRow = Omit<PlannerUnitProperties, 'incidents12m' | 'position' | 'footprint'> & {
  incidents12m: number;
  position: string;
  footprint: string;
  territory: string;
};

/**
 * The planner's view of an area as the database holds it: communities, buildings with territories, published grids
 * and beats. Which buildings touch is planner-units.service.ts's (core/redistrict buildAdjacency).
 */
export async function findPlannerUnits(db: Db, area: PlannerArea & { communityCodes: string[] }): Promise<Omit<PlannerUnits, 'adjacency'>> {
  const codes = sql`ARRAY[${sql.join(area.communityCodes.map((c) => sql`${c}`), sql`, `)}]::text[]`;
  const rows = await queryRows<UnitRow>(
    db,
    sql`WITH t AS (${territoriesSql(area.communityCodes)})
        SELECT t.code, t.name, ${buildingLabel(k.name, sql`t.name`)} AS label, t.compound_code AS "compoundCode", ${k.name} AS "compoundName", t.community_code AS "communityCode",
          t.grid_code AS "gridCode", ${bg.beatCode} AS "beatCode",
          t.households, t.residents, t.party_members AS "partyMembers", t.institution_staff AS "institutionStaff",
          (SELECT count(*)::int FROM ${incidents} ${i}
             WHERE ${i.geom} && t.territory AND ST_Intersects(t.territory, ${i.geom})
               AND ${i.occurredAt} > now() - interval '12 months') AS "incidents12m",
          ST_AsGeoJSON(t.p, 7) AS position, ST_AsGeoJSON(t.footprint, 7) AS footprint, ST_AsGeoJSON(t.territory, 7) AS territory
        FROM t JOIN ${compounds} ${k} ON ${k.code} = t.compound_code LEFT JOIN ${beatGrids} ${bg} ON ${bg.gridCode} = t.grid_code ORDER BY t.code`,
  );
  const units: PlannerUnit[] = rows.map((r) => ({
    type: 'Feature',
    geometry: JSON.parse(r.territory),
    properties: {
      code: r.code,
      name: r.name,
      label: r.label,
      compoundCode: r.compoundCode,
      compoundName: r.compoundName,
      communityCode: r.communityCode,
      gridCode: r.gridCode,
      beatCode: r.beatCode,
      households: r.households,
      residents: r.residents,
      partyMembers: r.partyMembers,
      institutionStaff: r.institutionStaff,
      incidents12m: Number(r.incidents12m),
      position: JSON.parse(r.position).coordinates,
      footprint: JSON.parse(r.footprint) as Polygon,
    },
  }));
  // Each subquery names its columns as the features' properties (and geom, the geometry ST_AsGeoJSON takes). A grid's
  // 户数 and 实有人口 are the measures' (measures.repo), not the figures stored when it was published.
  const gridsOf = sql`SELECT ${g.code} FROM ${grids} ${g} WHERE ${g.communityCode} = ANY(${codes})`;
  const [fc] = await queryRows<{ communities: string; grids: string; beats: string; plan: string }>(
    db,
    sql`SELECT
        (SELECT json_build_object('type', 'FeatureCollection', 'features', COALESCE(json_agg(ST_AsGeoJSON(c.*, 'geom', 7)::json ORDER BY c.code), '[]'::json))
           FROM (SELECT ${communities.code} AS code, ${communities.shortName} AS name, ${communities.geom} AS geom
             FROM ${communities} WHERE ${communities.code} = ANY(${codes})) c)::text AS communities,
        (SELECT json_build_object('type', 'FeatureCollection', 'features', COALESCE(json_agg(ST_AsGeoJSON(g.*, 'geom', 7)::json ORDER BY g.code), '[]'::json))
           FROM (SELECT ${grids.code} AS code, ${grids.name} AS name, ${grids.communityCode} AS "communityCode", COALESCE(bm.hh, 0) AS households,
             COALESCE(rm.n, 0) AS residents, ${grids.geom} AS geom FROM ${grids}
             LEFT JOIN (${buildingMeasuresSql(gridsOf)}) bm ON bm.grid_code = ${grids.code}
             LEFT JOIN (${residentMeasuresSql(gridsOf)}) rm ON rm.grid_code = ${grids.code}
             WHERE ${grids.communityCode} = ANY(${codes})) g)::text AS grids,
        (SELECT json_build_object('type', 'FeatureCollection', 'features', COALESCE(json_agg(ST_AsGeoJSON(b.*, 'geom', 7)::json ORDER BY b.code), '[]'::json))
           FROM (SELECT ${beats.code} AS code, ${beats.name} AS name, ${beats.officerId} AS "officerId", ${beats.geom} AS geom FROM ${beats} WHERE ${beats.code} IN (
             SELECT ${bg.beatCode} FROM ${beatGrids} ${bg} JOIN ${grids} ${g} ON ${g.code} = ${bg.gridCode} WHERE ${g.communityCode} = ANY(${codes}))) b)::text AS beats,
        (SELECT ${grids.planId}::text FROM ${grids} WHERE ${grids.communityCode} = ANY(${codes}) ORDER BY ${grids.code} LIMIT 1) AS plan`,
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
