import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PlanFinding } from '../../../core/contracts/planner';
import { queryRows, type Db } from '../engine';
import { buildings, communities, compounds } from '../schema';
import { overlayGridSize, textArraySql } from './sql-refs';
import { publishGrids } from './planner-publish-tables';

const pgA = alias(publishGrids, 'a');
const pgB = alias(publishGrids, 'b');
const g = alias(publishGrids, 'g');
const c = alias(communities, 'c');
const b = alias(buildings, 'b');
const k = alias(compounds, 'k');

/**
/**
 * How much area two grids may share, or a community may miss, before it is a planner's problem. Territories are cut
 * from each community on its own, so where two communities meet their edges cross at rounded points: slivers of a
 * few hundredths of a square metre (0.019 m² at most on 三里坪's 74 grids) that no one could see or fix.
 */
export const tilingToleranceM2 = 1;

/**
 * PostGIS's word on the grids about to be published (temp table publish_grids): each valid, non-empty and in
 * one piece; no two sharing interior area (beyond the tolerance); each community's area equal to the sum of its
 * grids' (no gap, to within the tolerance or a millionth of the community); every building of the area inside
 * exactly one grid. Equal area with no overlap proves the tiling without ST_Difference against a union, which
 * PGlite's PostGIS cannot compute (its GEOS error is raised by pglite-lost-errors.ts).
 */
export async function findGeometryProblems(t: Db, communityCodes: readonly string[]): Promise<PlanFinding[]> {
  const communityList = textArraySql(communityCodes);
  const problems: PlanFinding[] = [];
  const geom = publishGrids.geom;
  const bad = await queryRows<Pick<typeof publishGrids.$inferSelect, 'key'> & { empty: boolean; reason: string | null; pieces: number }>(
    t,
    sql`SELECT ${publishGrids.key}, (${geom} IS NULL OR ST_IsEmpty(${geom})) AS empty,
          CASE WHEN ${geom} IS NOT NULL AND NOT ST_IsEmpty(${geom}) AND NOT ST_IsValid(${geom}) THEN ST_IsValidReason(${geom}) END AS reason,
          COALESCE(ST_NumGeometries(${geom}), 0) AS pieces
        FROM ${publishGrids} WHERE ${geom} IS NULL OR ST_IsEmpty(${geom}) OR NOT ST_IsValid(${geom}) OR ST_NumGeometries(${geom}) > 1 ORDER BY ${publishGrids.key}`,
  );
  for (const row of bad) {
    const gridKeys = [row.key];
    if (row.empty) problems.push({ kind: 'geometry', code: 'plan_grid_empty', params: { grid: row.key }, gridKeys });
    else if (row.reason) problems.push({ kind: 'geometry', code: 'plan_grid_invalid', params: { grid: row.key, detail: row.reason }, gridKeys });
    else problems.push({ kind: 'geometry', code: 'plan_grid_pieces', params: { grid: row.key, pieces: Number(row.pieces) }, gridKeys });
  }
  const overlaps = await queryRows<{ a: string; b: string }>(
    t,
    sql`SELECT ${pgA.key} AS a, ${pgB.key} AS b FROM ${publishGrids} ${pgA} JOIN ${publishGrids} ${pgB} ON ${pgA.key} < ${pgB.key} AND ${pgA.geom} && ${pgB.geom}
        WHERE ST_Relate(${pgA.geom}, ${pgB.geom}, '2********') AND ST_Area(ST_Intersection(${pgA.geom}, ${pgB.geom}, ${overlayGridSize})::geography) > ${tilingToleranceM2}
        ORDER BY 1, 2`,
  );
  for (const o of overlaps) problems.push({ kind: 'overlap', code: 'plan_grids_overlap', params: { a: o.a, b: o.b }, gridKeys: [o.a, o.b] });
  const gaps = await queryRows<Pick<typeof communities.$inferSelect, 'code'> & { community: number; grids: number }>(
    t,
    sql`SELECT ${c.code}, ST_Area(${c.geom}::geography) AS community,
          COALESCE((SELECT sum(ST_Area(${g.geom}::geography)) FROM ${publishGrids} ${g} WHERE ${g.communityCode} = ${c.code}), 0) AS grids
        FROM ${communities} ${c} WHERE ${c.code} = ANY(${communityList}) ORDER BY ${c.code}`,
  );
  for (const gap of gaps) {
    const off = Math.abs(Number(gap.community) - Number(gap.grids));
    if (off > Math.max(tilingToleranceM2, Number(gap.community) * 1e-6)) {
      problems.push({ kind: 'gap', code: 'plan_community_gap', params: { community: gap.code, covered: Math.round(Number(gap.grids)), area: Math.round(Number(gap.community)) } });
    }
  }
  // Each grid is matched against the points in it, so that PostGIS prepares its outline once for all of them: each
  // point against every grid took 0.3–1.5 s on 三里坪街道 on PGlite, this 0.07 s.
  const misplaced = await queryRows<Pick<typeof buildings.$inferSelect, 'code'> & { n: number }>(
    t,
    sql`WITH placed AS MATERIALIZED (
          SELECT ${b.code} AS code, ST_PointOnSurface(${b.geom}) AS p FROM ${buildings} ${b} JOIN ${compounds} ${k} ON ${k.code} = ${b.compoundCode}
          WHERE ${k.communityCode} = ANY(${communityList})),
        hits AS (SELECT placed.code, count(*)::int AS n FROM ${publishGrids} ${g} JOIN placed ON ${g.geom} && placed.p AND ST_Covers(${g.geom}, placed.p) GROUP BY placed.code)
        SELECT placed.code, COALESCE(hits.n, 0) AS n FROM placed LEFT JOIN hits ON hits.code = placed.code
        WHERE COALESCE(hits.n, 0) <> 1 ORDER BY placed.code LIMIT 20`,
  );
  for (const m of misplaced) problems.push({ kind: 'building', code: 'plan_building_grids', params: { building: m.code, n: Number(m.n) } });
  return problems;
}
