import { eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../engine';
import { beats, buildings, communities, compounds, grids } from '../schema';
import { buildingLabel } from './building-label-sql';

const b = alias(buildings, 'b');
const k = alias(compounds, 'k');

/** The kinds of place a plan's findings name. */
export type PlaceKind = 'building' | 'compound' | 'community' | 'grid' | 'beat';

type Named = { code: string; name: string };

/**
 * The names of places by kind and code, read in one query per kind (none for a kind without codes). A building as
 * people find it: its compound's name and its own (星河城1栋); a community by its short name. A code that names
 * nothing is absent from its map.
 */
export async function findPlaceNames(db: Db, wanted: Record<PlaceKind, ReadonlySet<string>>): Promise<Record<PlaceKind, Map<string, string>>> {
  const read = async (codes: ReadonlySet<string>, query: (codes: string[]) => Promise<Named[]>) =>
    codes.size === 0 ? new Map<string, string>() : new Map((await query([...codes])).map((r) => [r.code, r.name]));
  return {
    building: await read(wanted.building, (c) =>
      db.select({ code: b.code, name: buildingLabel(k.name, b.name) }).from(b).innerJoin(k, eq(k.code, b.compoundCode)).where(inArray(b.code, c))),
    compound: await read(wanted.compound, (c) =>
      db.select({ code: compounds.code, name: compounds.name }).from(compounds).where(inArray(compounds.code, c))),
    community: await read(wanted.community, (c) =>
      db.select({ code: communities.code, name: communities.shortName }).from(communities).where(inArray(communities.code, c))),
    grid: await read(wanted.grid, (c) => db.select({ code: grids.code, name: grids.name }).from(grids).where(inArray(grids.code, c))),
    beat: await read(wanted.beat, (c) => db.select({ code: beats.code, name: beats.name }).from(beats).where(inArray(beats.code, c))),
  };
}
