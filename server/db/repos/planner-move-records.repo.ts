import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../engine';
import { carryPeopleAlong } from './planner-handover.repo';
import { textArraySql } from './planner-publish.repo';

/** A published grid's name: its community's short name (without 居民委员会) and its sequence. */
export const newGridName = (communityShortName: SQL, code: SQL) => sql`${communityShortName} || '第' || (right(${code}, 3)::int) || '网格'`;

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
  const communities = textArraySql(communityCodes);
  await t.execute(sql`INSERT INTO grid_history (plan_id, superseded_by, code, name, community_code, street_code, beat_code, households, residents, geom, successor_code)
    SELECT g.plan_id, ${planId}, g.code, g.name, g.community_code, g.street_code, bg.beat_code, g.households, g.residents, g.geom, s.new_code
    FROM grids g LEFT JOIN beat_grids bg ON bg.grid_code = g.code LEFT JOIN publish_successors s ON s.old_code = g.code
    WHERE g.community_code = ANY(${communities})`);
  await t.execute(sql`DELETE FROM beat_grids WHERE grid_code IN (SELECT code FROM publish_old)`);

  await t.execute(sql`INSERT INTO grids (code, plan_id, name, community_code, street_code, households, residents, party_members, institution_staff, geom, is_demo)
    SELECT pc.code, ${planId}, ${newGridName(sql`c.short_name`, sql`pc.code`)}, pg.community_code, c.street_code,
      pg.households, pg.residents, pg.party_members, pg.institution_staff, pg.geom, pg.is_demo
    FROM publish_grids pg JOIN publish_codes pc ON pc.key = pg.key JOIN communities c ON c.code = pg.community_code
    ON CONFLICT (code) DO UPDATE SET plan_id = EXCLUDED.plan_id, name = EXCLUDED.name, community_code = EXCLUDED.community_code,
      street_code = EXCLUDED.street_code, households = EXCLUDED.households, residents = EXCLUDED.residents,
      party_members = EXCLUDED.party_members, institution_staff = EXCLUDED.institution_staff, geom = EXCLUDED.geom, is_demo = EXCLUDED.is_demo`);

  await t.execute(sql`UPDATE buildings b SET grid_code = pc.code FROM publish_assignment a JOIN publish_codes pc ON pc.key = a.grid_key
    WHERE b.code = a.building_code AND b.grid_code IS DISTINCT FROM pc.code`);
  await t.execute(sql`UPDATE compounds k SET grid_code = b.grid_code FROM buildings b
    WHERE b.compound_code = k.code AND k.community_code = ANY(${communities}) AND k.grid_code IS DISTINCT FROM b.grid_code`);
  await t.execute(sql`UPDATE residents r SET grid_code = b.grid_code FROM buildings b JOIN publish_assignment a ON a.building_code = b.code
    WHERE r.building_code = b.code AND r.grid_code IS DISTINCT FROM b.grid_code`);
  // Point records: the new grid that covers them; one that no new grid covers (none, as the grids tile the area) loses its grid.
  for (const table of ['key_places', 'incidents', 'disputes'] as const) {
    await t.execute(sql`UPDATE ${sql.raw(table)} x SET grid_code = (
        SELECT g.code FROM grids g JOIN publish_codes pc ON pc.code = g.code WHERE ST_Covers(g.geom, x.geom) ORDER BY g.code LIMIT 1)
      WHERE x.grid_code IN (SELECT code FROM publish_old) OR x.grid_code IN (SELECT code FROM publish_codes)`);
  }
  await t.execute(sql`UPDATE incidents i SET beat_code = pc.beat FROM publish_codes pc WHERE i.grid_code = pc.code AND i.beat_code IS DISTINCT FROM pc.beat`);
  await t.execute(sql`UPDATE disputes d SET beat_code = pc.beat, community_code = g.community_code, street_code = g.street_code
    FROM publish_codes pc JOIN grids g ON g.code = pc.code WHERE d.grid_code = pc.code`);
  await carryPeopleAlong(t);
  await t.execute(sql`DELETE FROM grids WHERE code IN (SELECT code FROM publish_old) AND code NOT IN (SELECT code FROM publish_codes)`);

  await t.execute(sql`INSERT INTO beat_grids (beat_code, grid_code) SELECT beat, code FROM publish_codes WHERE beat IS NOT NULL`);
  await t.execute(sql`UPDATE beats b SET geom = COALESCE(
      (SELECT ST_Multi(ST_Union(g.geom)) FROM beat_grids bg JOIN grids g ON g.code = bg.grid_code WHERE bg.beat_code = b.code),
      ST_SetSRID(ST_GeomFromText('MULTIPOLYGON EMPTY'), 4326))
    WHERE b.code IN (SELECT beat_code FROM publish_old WHERE beat_code IS NOT NULL UNION SELECT beat FROM publish_codes WHERE beat IS NOT NULL)`);
}
