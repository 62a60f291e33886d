import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../engine';
import { textArraySql } from './planner-publish.repo';

/** The kinds of place a plan's findings name. */
export type PlaceKind = 'building' | 'compound' | 'community' | 'grid' | 'beat';

/**
 * The names of places by kind and code, read in one query per kind (none for a kind without codes). A building as
 * people find it: its compound's name and its own (星河城1栋); a community by its short name. A code that names
 * nothing is absent from its map.
 */
export async function findPlaceNames(db: Db, wanted: Record<PlaceKind, ReadonlySet<string>>): Promise<Record<PlaceKind, Map<string, string>>> {
  const read = async (codes: ReadonlySet<string>, query: (list: ReturnType<typeof textArraySql>) => ReturnType<typeof sql>) => {
    if (codes.size === 0) return new Map<string, string>();
    const rows = await queryRows<{ code: string; name: string }>(db, query(textArraySql([...codes])));
    return new Map(rows.map((r) => [r.code, r.name]));
  };
  return {
    building: await read(wanted.building, (c) => sql`SELECT b.code, k.name || b.name AS name FROM buildings b JOIN compounds k ON k.code = b.compound_code WHERE b.code = ANY(${c})`),
    compound: await read(wanted.compound, (c) => sql`SELECT code, name FROM compounds WHERE code = ANY(${c})`),
    community: await read(wanted.community, (c) => sql`SELECT code, short_name AS name FROM communities WHERE code = ANY(${c})`),
    grid: await read(wanted.grid, (c) => sql`SELECT code, name FROM grids WHERE code = ANY(${c})`),
    beat: await read(wanted.beat, (c) => sql`SELECT code, name FROM beats WHERE code = ANY(${c})`),
  };
}
