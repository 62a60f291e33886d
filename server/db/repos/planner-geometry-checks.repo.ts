import { sql } from 'drizzle-orm';
import type { PlanFinding } from '../../../core/contracts/planner';
import { queryRows, type Db } from '../engine';
import { textArraySql } from './planner-publish.repo';

/**
 * PostGIS's word on the grids about to be published (temp table publish_grids): each valid, non-empty and in
 * one piece; no two sharing interior area; each community's area equal to the sum of its grids' (no gap, to
 * within 1 m² or a millionth of the community); every building of the area inside exactly one grid.
 * Equal area with no overlap proves the tiling without ST_Difference against a union, which PGlite's PostGIS
 * silently answers with no rows.
 */
export async function findGeometryProblems(t: Db, communityCodes: readonly string[]): Promise<PlanFinding[]> {
  const communities = textArraySql(communityCodes);
  const problems: PlanFinding[] = [];
  const bad = await queryRows<{ key: string; empty: boolean; reason: string | null; pieces: number }>(
    t,
    sql`SELECT key, (geom IS NULL OR ST_IsEmpty(geom)) AS empty,
          CASE WHEN geom IS NOT NULL AND NOT ST_IsEmpty(geom) AND NOT ST_IsValid(geom) THEN ST_IsValidReason(geom) END AS reason,
          COALESCE(ST_NumGeometries(geom), 0) AS pieces
        FROM publish_grids WHERE geom IS NULL OR ST_IsEmpty(geom) OR NOT ST_IsValid(geom) OR ST_NumGeometries(geom) > 1 ORDER BY key`,
  );
  for (const b of bad) {
    const gridKeys = [b.key];
    if (b.empty) problems.push({ kind: 'geometry', code: 'plan_grid_empty', params: { grid: b.key }, gridKeys });
    else if (b.reason) problems.push({ kind: 'geometry', code: 'plan_grid_invalid', params: { grid: b.key, detail: b.reason }, gridKeys });
    else problems.push({ kind: 'geometry', code: 'plan_grid_pieces', params: { grid: b.key, pieces: Number(b.pieces) }, gridKeys });
  }
  const overlaps = await queryRows<{ a: string; b: string }>(
    t,
    sql`SELECT a.key AS a, b.key AS b FROM publish_grids a JOIN publish_grids b ON a.key < b.key AND a.geom && b.geom
        WHERE ST_Relate(a.geom, b.geom, '2********') ORDER BY 1, 2`,
  );
  for (const o of overlaps) problems.push({ kind: 'overlap', code: 'plan_grids_overlap', params: { a: o.a, b: o.b }, gridKeys: [o.a, o.b] });
  const gaps = await queryRows<{ code: string; community: number; grids: number }>(
    t,
    sql`SELECT c.code, ST_Area(c.geom::geography) AS community,
          COALESCE((SELECT sum(ST_Area(g.geom::geography)) FROM publish_grids g WHERE g.community_code = c.code), 0) AS grids
        FROM communities c WHERE c.code = ANY(${communities}) ORDER BY c.code`,
  );
  for (const g of gaps) {
    const off = Math.abs(Number(g.community) - Number(g.grids));
    if (off > Math.max(1, Number(g.community) * 1e-6)) {
      problems.push({ kind: 'gap', code: 'plan_community_gap', params: { community: g.code, covered: Math.round(Number(g.grids)), area: Math.round(Number(g.community)) } });
    }
  }
  const misplaced = await queryRows<{ code: string; n: number }>(
    t,
    sql`SELECT b.code, count(g.key)::int AS n FROM buildings b JOIN compounds k ON k.code = b.compound_code
        LEFT JOIN publish_grids g ON ST_Covers(g.geom, ST_PointOnSurface(b.geom))
        WHERE k.community_code = ANY(${communities}) GROUP BY b.code HAVING count(g.key) <> 1 ORDER BY b.code LIMIT 20`,
  );
  for (const m of misplaced) problems.push({ kind: 'building', code: 'plan_building_grids', params: { building: m.code, n: Number(m.n) } });
  return problems;
}
