import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { NamedGrid } from '../../../core/contracts/planner';
import { queryRows, type Db } from '../engine';
import { buildings, communities, compounds, grids } from '../schema';
import { publishAssignment, publishCodes, publishGrids, publishKept, publishOld } from './planner-publish-tables';
import { bare, overlayGridSize, textArraySql } from './sql-refs';

/*
 * The outline each grid is published with. A grid whose buildings are exactly those of a published grid keeps that
 * grid's outline as it is: redrawing it from the buildings' territories moved every boundary of an unchanged plan by
 * up to 8 % of a grid's area, which no planner asked for. The other grids share what the replaced grids covered:
 * each point of it goes to the grid of the nearest of their buildings (their Voronoi cells, clipped to that region).
 * Where a community keeps no grid the region is the whole community and the cells are the buildings' territories
 * (territoriesSql), as before. As the published grids tile each community, the kept and the redrawn grids tile it too.
 * A redrawn grid that comes apart around a kept one has that one redrawn with it (releaseKeptBesideSplitGrids).
 * What is left in publish_kept then decides which grids are redrawn: the outlines read it (isRedrawnSql), and so does
 * the preview (findOutlineChanges), so that the dialog names the very grids publishing redraws.
 */

const a = alias(publishAssignment, 'a');
const b = alias(buildings, 'b');
const bx = alias(buildings, 'bx');
const ax = alias(publishAssignment, 'ax');
const k = alias(compounds, 'k');
const g = alias(grids, 'g');
const c = alias(communities, 'c');
const pk = alias(publishKept, 'pk');
const pg = alias(publishGrids, 'pg');
const pc = alias(publishCodes, 'pc');
const o = alias(publishOld, 'o');

/** SQL: whether the grid key is redrawn, i.e. not kept with a published grid's outline (publish_kept). */
const isRedrawnSql = (key: SQL | AnyColumn) => sql`${key} NOT IN (SELECT ${publishKept.key} FROM ${publishKept})`;

/**
 * Creates publish_kept: each grid key whose buildings are exactly the buildings of one published grid, with that
 * grid's code. Needs publish_assignment. An outline that does not hold exactly its buildings' points (one that data
 * loaded by hand may have) is not kept, so that publishing never keeps a building in the wrong grid.
 */
export async function writeKeptOutlines(t: Db): Promise<void> {
  await t.execute(sql`CREATE TEMP TABLE ${publishKept} ON COMMIT DROP AS
    WITH same AS (
      SELECT ${a.gridKey} AS key, min(${b.gridCode}) AS old_code FROM ${publishAssignment} ${a} JOIN ${buildings} ${b} ON ${b.code} = ${a.buildingCode}
      GROUP BY ${a.gridKey} HAVING count(DISTINCT ${b.gridCode}) = 1 AND count(${b.gridCode}) = count(*))
    SELECT same.key AS ${bare(publishKept.key)}, ${g.code} AS ${bare(publishKept.oldCode)}
    FROM same JOIN ${grids} ${g} ON ${g.code} = same.old_code
    WHERE NOT EXISTS (SELECT 1 FROM ${buildings} ${b} JOIN ${publishAssignment} ${a} ON ${a.buildingCode} = ${b.code}
        WHERE ${b.gridCode} = ${g.code} AND ${a.gridKey} <> same.key)
      AND NOT EXISTS (SELECT 1 FROM ${buildings} ${b} JOIN ${publishAssignment} ${a} ON ${a.buildingCode} = ${b.code}
        WHERE ${a.gridKey} = same.key AND NOT ST_Covers(${g.geom}, ST_PointOnSurface(${b.geom})))
      AND NOT EXISTS (SELECT 1 FROM ${buildings} ${bx} JOIN ${publishAssignment} ${ax} ON ${ax.buildingCode} = ${bx.code}
        WHERE ${bx.geom} && ${g.geom} AND ${ax.gridKey} <> same.key AND ST_Covers(${g.geom}, ST_PointOnSurface(${bx.geom})))`);
}

/**
 * Takes out of publish_kept the kept grids that touch a redrawn grid of publish_grids in more than one piece, and
 * answers how many. Such a grid's buildings touch in their territories (the plan passed checkAssignment) but not
 * within the outlines of the grids that change: a kept neighbour's outline runs between them. Redrawn with that
 * neighbour, they meet again; where every grid of a community is redrawn, the outlines are its territories.
 */
export async function releaseKeptBesideSplitGrids(t: Db): Promise<number> {
  const released = await queryRows<{ key: string }>(t, sql`DELETE FROM ${publishKept} ${pk} USING ${grids} ${g}
    WHERE ${g.code} = ${pk.oldCode} AND EXISTS (SELECT 1 FROM ${publishGrids} ${pg}
      WHERE ${pg.communityCode} = ${g.communityCode} AND ST_NumGeometries(${pg.geom}) > 1 AND ${isRedrawnSql(pg.key)}
        AND ${pg.geom} && ${g.geom} AND ST_Intersects(${pg.geom}, ${g.geom}))
    RETURNING ${pk.key}`);
  return released.length;
}

/**
 * SQL: (key, geom) of every grid key of publish_assignment in the communities — a kept grid's published outline
 * (publish_kept, from writeKeptOutlines), the others drawn as the top of this file says. Geometries are MultiPolygons.
 */
export function publishOutlinesSql(communityCodes: readonly string[]): SQL {
  const communityList = textArraySql(communityCodes);
  return sql`
    WITH member AS (
      SELECT ${a.gridKey} AS key, ${k.communityCode} AS community_code, ST_PointOnSurface(${b.geom}) AS p
      FROM ${publishAssignment} ${a} JOIN ${buildings} ${b} ON ${b.code} = ${a.buildingCode} JOIN ${compounds} ${k} ON ${k.code} = ${b.compoundCode}
      WHERE ${k.communityCode} = ANY(${communityList}) AND ${isRedrawnSql(a.gridKey)}),
    region AS (
      SELECT ${c.code} AS code, CASE
          WHEN EXISTS (SELECT 1 FROM ${publishKept} ${pk} JOIN ${grids} ${g} ON ${g.code} = ${pk.oldCode} WHERE ${g.communityCode} = ${c.code})
          THEN (SELECT ST_Union(${g.geom}, ${overlayGridSize}) FROM ${grids} ${g} WHERE ${g.communityCode} = ${c.code} AND ${g.code} NOT IN (SELECT ${publishKept.oldCode} FROM ${publishKept}))
          ELSE ${c.geom} END AS geom
      FROM ${communities} ${c} WHERE ${c.code} IN (SELECT community_code FROM member)),
    cells AS (
      SELECT region.code AS community_code, d.geom AS cell FROM region, LATERAL (
        -- One building's cell is the whole region (PostGIS answers an empty diagram for a single point).
        SELECT (ST_Dump(CASE WHEN count(*) > 1 THEN ST_VoronoiPolygons(ST_Collect(member.p), 0, ST_Expand(ST_Envelope(region.geom), 0.01))
          ELSE ST_Expand(ST_Envelope(region.geom), 0.01) END)).geom
        FROM member WHERE member.community_code = region.code) d)
    SELECT member.key, ST_Multi(ST_Union(ST_CollectionExtract(ST_Intersection(cells.cell, region.geom, ${overlayGridSize}), 3), ${overlayGridSize})) AS geom
    FROM member JOIN cells ON cells.community_code = member.community_code AND ST_Intersects(cells.cell, member.p)
      JOIN region ON region.code = member.community_code
    GROUP BY member.key
    UNION ALL
    SELECT ${pk.key}, ST_Multi(${g.geom}) FROM ${publishKept} ${pk} JOIN ${grids} ${g} ON ${g.code} = ${pk.oldCode}`;
}

/**
 * Which of the area's published grids publishing redraws: those whose code the new plan keeps (publish_codes) on a key
 * that is not kept with that grid's own outline, by their present names, ordered by code; and how many keep their code
 * and outline as they are. Grids the plan removes are in neither. Read once the outlines are final (after
 * releaseKeptBesideSplitGrids), with publish_codes and publish_old written.
 */
export async function findOutlineChanges(t: Db): Promise<{ redrawn: NamedGrid[]; unchangedOutlines: number }> {
  const rows = await queryRows<NamedGrid & { kept: boolean }>(t, sql`SELECT ${o.code}, ${o.name},
      EXISTS (SELECT 1 FROM ${publishKept} ${pk} WHERE ${pk.key} = ${pc.key} AND ${pk.oldCode} = ${o.code}) AS kept
    FROM ${publishOld} ${o} JOIN ${publishCodes} ${pc} ON ${pc.code} = ${o.code} ORDER BY ${o.code}`);
  return {
    redrawn: rows.filter((r) => !r.kept).map((r) => ({ code: r.code, name: r.name })),
    unchangedOutlines: rows.filter((r) => r.kept).length,
  };
}
