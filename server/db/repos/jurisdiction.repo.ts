import { asc, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../core/contracts/auth';
import type { Jurisdiction } from '../../../core/contracts/summary';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { beats, communities, grids, stations, streets } from '../schema';

const g = alias(grids, 'g');
const o = alias(grids, 'o');
const c = alias(communities, 'c');

const list = (codes: string[]) => sql.join(codes.map((c) => sql`${c}`), sql`, `);

// The table whose names a scope's codes are (a list of grids is named below, by community or by grid).
const namedBy = { street: streets, station: stations, beat: beats };

/**
 * The caller's jurisdiction as the interface names it ("本网格", "本警格", "本社区", …) and the box its grids span,
 * which the maps open on. Names come in code order; a code that names nothing is left out.
 */
export async function readJurisdiction(db: Db, scope: Scope): Promise<Jurisdiction> {
  const [box] = await queryRows<{ w: number | null; s: number | null; e: number | null; n: number | null }>(
    db,
    sql`SELECT ST_XMin(x.b) AS w, ST_YMin(x.b) AS s, ST_XMax(x.b) AS e, ST_YMax(x.b) AS n
        FROM (SELECT ST_Extent(${g.geom}) AS b FROM ${grids} ${g} WHERE ${gridInScope(g.code, scope)}) x`,
  );
  const bbox = box && box.w !== null ? ([box.w, box.s, box.e, box.n].map(Number) as Jurisdiction['bbox']) : null;
  if (scope.kind === 'district') return { level: 'district', names: [], bbox };
  if (scope.codes.length === 0) return { level: scope.kind === 'grids' ? 'grids' : scope.kind, names: [], bbox };
  if (scope.kind !== 'grids') {
    const t = namedBy[scope.kind];
    const rows = await db.select({ name: t.name }).from(t).where(inArray(t.code, scope.codes)).orderBy(asc(t.code));
    return { level: scope.kind, names: rows.map((r) => r.name), bbox };
  }
  const named = await queryRows<{ name: string; community: string; whole: boolean }>(
    db,
    sql`SELECT ${g.name}, ${c.name} AS community,
          (SELECT count(*) FROM ${grids} ${o} WHERE ${o.communityCode} = ${g.communityCode}) = ${scope.codes.length} AS whole
        FROM ${grids} ${g} JOIN ${communities} ${c} ON ${c.code} = ${g.communityCode} WHERE ${g.code} IN (${list(scope.codes)}) ORDER BY ${g.code}`,
  );
  if (named.length === 1) return { level: 'grid', names: [named[0].name], bbox };
  // Every grid of one community, and no other: the grid leaders' office would call that the community.
  const communityNames = new Set(named.map((g) => g.community));
  if (named.length === scope.codes.length && communityNames.size === 1 && named[0].whole) return { level: 'community', names: [...communityNames], bbox };
  return { level: 'grids', names: named.map((g) => g.name), bbox };
}
