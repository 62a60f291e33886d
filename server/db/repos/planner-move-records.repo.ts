import { and, inArray, notInArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../engine';
import { beatGrids, beats, buildings, communities, compounds, disputes, gridHistory, grids, incidents, keyPlaces, residents } from '../schema';
import { carryPeopleAlong } from './planner-handover.repo';
import { publishAssignment, publishCodes, publishGrids, publishOld, publishSuccessors } from './planner-publish-tables';
import { bare, overlayGridSize, textArraySql } from './sql-refs';

/** A published grid's name: its community's short name (without 居民委员会) and its sequence. */
export const newGridName = (communityShortName: SQL | AnyColumn, code: SQL | AnyColumn) => sql`${communityShortName} || '第' || (right(${code}, 3)::int) || '网格'`;

/** An INSERT's column list. */
const columnList = (...columns: AnyColumn[]) => sql.join(columns.map(bare), sql`, `);

const g = alias(grids, 'g');
const bg = alias(beatGrids, 'bg');
const s = alias(publishSuccessors, 's');
const pg = alias(publishGrids, 'pg');
const pc = alias(publishCodes, 'pc');
const a = alias(publishAssignment, 'a');
const c = alias(communities, 'c');
const b = alias(buildings, 'b');
const k = alias(compounds, 'k');
const r = alias(residents, 'r');
const i = alias(incidents, 'i');
const d = alias(disputes, 'd');
const beat = alias(beats, 'b');
// Point records: each moves to the new grid that covers it. `keys` are the columns of its primary key (incidents' holds
// the month it is partitioned by).
const pointRecords = [
  { table: keyPlaces, keys: [keyPlaces.code.name] },
  { table: incidents, keys: [incidents.id.name, incidents.occurredAt.name] },
  { table: disputes, keys: [disputes.code.name] },
].map(({ table, keys }) => ({ table, keys, x: alias(table, 'x'), y: alias(table, 'y'), z: alias(table, 'z') }));

/**
 * Replaces the area's grids by the ones in publish_grids / publish_codes (temp tables of the publishing
 * transaction; publish_old and publish_successors from createSuccessorTables): the replaced grids go to grid_history
 * first with their successor; grids whose code survives are updated in place, new codes are inserted, and every record
 * that points at a grid is moved — buildings and residents by their building, compounds with their buildings, key
 * places, incidents and disputes by where they are (with their beat, and a dispute's community and street), people,
 * accounts and work by carryPeopleAlong. Grades keep the code they were given under (see planner-handover.repo.ts).
 * Beats are redrawn as the union of their grids.
 */
export async function moveRecordsToNewGrids(t: Db, planId: string, communityCodes: readonly string[]) {
  const communityList = textArraySql(communityCodes);
  const h = gridHistory;
  await t.execute(sql`INSERT INTO ${gridHistory} (${columnList(h.planId, h.supersededBy, h.code, h.name, h.communityCode, h.streetCode, h.beatCode, h.households, h.residents, h.geom, h.successorCode)})
    SELECT ${g.planId}, ${planId}, ${g.code}, ${g.name}, ${g.communityCode}, ${g.streetCode}, ${bg.beatCode}, ${g.households}, ${g.residents}, ${g.geom}, ${s.newCode}
    FROM ${grids} ${g} LEFT JOIN ${beatGrids} ${bg} ON ${bg.gridCode} = ${g.code} LEFT JOIN ${publishSuccessors} ${s} ON ${s.oldCode} = ${g.code}
    WHERE ${g.communityCode} = ANY(${communityList})`);
  const oldCodes = t.select({ code: publishOld.code }).from(publishOld);
  await t.delete(beatGrids).where(inArray(beatGrids.gridCode, oldCodes));

  const updated = [grids.planId, grids.name, grids.communityCode, grids.streetCode, grids.households, grids.residents, grids.partyMembers, grids.institutionStaff, grids.geom, grids.isDemo];
  await t.execute(sql`INSERT INTO ${grids} (${columnList(grids.code, ...updated)})
    SELECT ${pc.code}, ${planId}, ${newGridName(c.shortName, pc.code)}, ${pg.communityCode}, ${c.streetCode},
      ${pg.households}, ${pg.residents}, ${pg.partyMembers}, ${pg.institutionStaff}, ${pg.geom}, ${pg.isDemo}
    FROM ${publishGrids} ${pg} JOIN ${publishCodes} ${pc} ON ${pc.key} = ${pg.key} JOIN ${communities} ${c} ON ${c.code} = ${pg.communityCode}
    ON CONFLICT (${bare(grids.code)}) DO UPDATE SET ${sql.join(updated.map((col) => sql`${bare(col)} = EXCLUDED.${bare(col)}`), sql`, `)}`);

  await t.execute(sql`UPDATE ${buildings} ${b} SET ${bare(b.gridCode)} = ${pc.code} FROM ${publishAssignment} ${a} JOIN ${publishCodes} ${pc} ON ${pc.key} = ${a.gridKey}
    WHERE ${b.code} = ${a.buildingCode} AND ${b.gridCode} IS DISTINCT FROM ${pc.code}`);
  await t.execute(sql`UPDATE ${compounds} ${k} SET ${bare(k.gridCode)} = ${b.gridCode} FROM ${buildings} ${b}
    WHERE ${b.compoundCode} = ${k.code} AND ${k.communityCode} = ANY(${communityList}) AND ${k.gridCode} IS DISTINCT FROM ${b.gridCode}`);
  await t.execute(sql`UPDATE ${residents} ${r} SET ${bare(r.gridCode)} = ${b.gridCode} FROM ${buildings} ${b} JOIN ${publishAssignment} ${a} ON ${a.buildingCode} = ${b.code}
    WHERE ${r.buildingCode} = ${b.code} AND ${r.gridCode} IS DISTINCT FROM ${b.gridCode}`);
  // Point records: the new grid that covers them (the lowest code on a shared edge); one that no new grid covers (none, as
  // the grids tile the area) loses its grid. Each grid is matched against the points in it, not each point against the
  // grids, so that PostGIS prepares a grid's outline once for all its points; and only the rows whose grid changes are
  // written. Point by point, rewriting every row, this took 1.2 s of a 三里坪街道 publication on PGlite (0.2 s now).
  const inArea = (gridCode: AnyColumn) => sql`(${gridCode} IN (SELECT ${publishOld.code} FROM ${publishOld}) OR ${gridCode} IN (SELECT ${publishCodes.code} FROM ${publishCodes}))`;
  for (const { table, keys, x, y, z } of pointRecords) {
    const keyOf = (alias: string) => sql.join(keys.map((key) => sql`${sql.identifier(alias)}.${sql.identifier(key)}`), sql`, `);
    const sameKey = (left: string, right: string) =>
      sql.join(keys.map((key) => sql`${sql.identifier(left)}.${sql.identifier(key)} = ${sql.identifier(right)}.${sql.identifier(key)}`), sql` AND `);
    await t.execute(sql`UPDATE ${table} ${x} SET ${bare(x.gridCode)} = moved.new_grid FROM (
        SELECT ${keyOf('y')}, covered.new_grid FROM ${table} ${y} LEFT JOIN (
          SELECT ${keyOf('z')}, min(${g.code}) AS new_grid
          FROM ${grids} ${g} JOIN ${publishCodes} ${pc} ON ${pc.code} = ${g.code} JOIN ${table} ${z} ON ${z.geom} && ${g.geom} AND ST_Covers(${g.geom}, ${z.geom})
          WHERE ${inArea(z.gridCode)} GROUP BY ${keyOf('z')}) covered ON ${sameKey('y', 'covered')}
        WHERE ${inArea(y.gridCode)} AND ${y.gridCode} IS DISTINCT FROM covered.new_grid) moved
      WHERE ${sameKey('x', 'moved')}`);
  }

  await t.execute(sql`UPDATE ${incidents} ${i} SET ${bare(i.beatCode)} = ${pc.beat} FROM ${publishCodes} ${pc}
    WHERE ${i.gridCode} = ${pc.code} AND ${i.beatCode} IS DISTINCT FROM ${pc.beat}`);
  await t.execute(sql`UPDATE ${disputes} ${d} SET ${bare(d.beatCode)} = ${pc.beat}, ${bare(d.communityCode)} = ${g.communityCode}, ${bare(d.streetCode)} = ${g.streetCode}
    FROM ${publishCodes} ${pc} JOIN ${grids} ${g} ON ${g.code} = ${pc.code} WHERE ${d.gridCode} = ${pc.code}`);
  await carryPeopleAlong(t);
  await t.delete(grids).where(and(inArray(grids.code, oldCodes), notInArray(grids.code, t.select({ code: publishCodes.code }).from(publishCodes))));

  await t.execute(sql`INSERT INTO ${beatGrids} (${columnList(beatGrids.beatCode, beatGrids.gridCode)})
    SELECT ${publishCodes.beat}, ${publishCodes.code} FROM ${publishCodes} WHERE ${publishCodes.beat} IS NOT NULL`);
  await t.execute(sql`UPDATE ${beats} ${beat} SET ${bare(beat.geom)} = COALESCE(
      (SELECT ST_Multi(ST_Union(${g.geom}, ${overlayGridSize})) FROM ${beatGrids} ${bg} JOIN ${grids} ${g} ON ${g.code} = ${bg.gridCode} WHERE ${bg.beatCode} = ${beat.code}),
      ST_SetSRID(ST_GeomFromText('MULTIPOLYGON EMPTY'), 4326))
    WHERE ${beat.code} IN (SELECT ${publishOld.beatCode} FROM ${publishOld} WHERE ${publishOld.beatCode} IS NOT NULL
      UNION SELECT ${publishCodes.beat} FROM ${publishCodes} WHERE ${publishCodes.beat} IS NOT NULL)`);
}
