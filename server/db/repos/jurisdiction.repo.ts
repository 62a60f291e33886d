import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../core/contracts/auth';
import type { Jurisdiction } from '../../../core/contracts/summary';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';

const list = (codes: string[]) => sql.join(codes.map((c) => sql`${c}`), sql`, `);

// The table whose names a scope's codes are (a list of grids is named below, by community or by grid).
const namedBy: Record<'street' | 'station' | 'beat', SQL> = { street: sql`streets`, station: sql`stations`, beat: sql`beats` };

/**
 * The caller's jurisdiction as the interface names it ("本网格", "本警格", "本社区", …) and the box its grids span,
 * which the maps open on. Names come in code order; a code that names nothing is left out.
 */
export async function readJurisdiction(db: Db, scope: Scope): Promise<Jurisdiction> {
  const [box] = await queryRows<{ w: number | null; s: number | null; e: number | null; n: number | null }>(
    db,
    sql`SELECT ST_XMin(x.b) AS w, ST_YMin(x.b) AS s, ST_XMax(x.b) AS e, ST_YMax(x.b) AS n
        FROM (SELECT ST_Extent(g.geom) AS b FROM grids g WHERE ${gridInScope(sql`g.code`, scope)}) x`,
  );
  const bbox = box && box.w !== null ? ([box.w, box.s, box.e, box.n].map(Number) as Jurisdiction['bbox']) : null;
  if (scope.kind === 'district') return { level: 'district', names: [], bbox };
  if (scope.codes.length === 0) return { level: scope.kind === 'grids' ? 'grids' : scope.kind, names: [], bbox };
  if (scope.kind !== 'grids') {
    const rows = await queryRows<{ name: string }>(db, sql`SELECT name FROM ${namedBy[scope.kind]} WHERE code IN (${list(scope.codes)}) ORDER BY code`);
    return { level: scope.kind, names: rows.map((r) => r.name), bbox };
  }
  const grids = await queryRows<{ name: string; community: string; whole: boolean }>(
    db,
    sql`SELECT g.name, c.name AS community,
          (SELECT count(*) FROM grids o WHERE o.community_code = g.community_code) = ${scope.codes.length} AS whole
        FROM grids g JOIN communities c ON c.code = g.community_code WHERE g.code IN (${list(scope.codes)}) ORDER BY g.code`,
  );
  if (grids.length === 1) return { level: 'grid', names: [grids[0].name], bbox };
  // Every grid of one community, and no other: the grid leaders' office would call that the community.
  const communities = new Set(grids.map((g) => g.community));
  if (grids.length === scope.codes.length && communities.size === 1 && grids[0].whole) return { level: 'community', names: [...communities], bbox };
  return { level: 'grids', names: grids.map((g) => g.name), bbox };
}
