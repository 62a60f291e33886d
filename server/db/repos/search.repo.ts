/**
 * GET /api/search (issue 11, part 6): places from the in-memory index (search-index.repo.ts), people from the
 * residents table. Both within the caller's scope, applied here: a place is found only when every grid it lies in
 * or covers is in the scope (a grid leader finds the buildings of their grid, not the community around it); a
 * person only when their grid is (gridInScope, as the residents list). People come masked as the list masks them.
 */
import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../core/contracts/auth';
import type { Resident } from '../../../core/contracts/residents';
import { type SearchKind, type SearchMatch, type SearchResult } from '../../../core/contracts/search';
import { rankSearchEntries } from '../../../core/search';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { buildings, compounds, grids, residents } from '../schema';
import { buildingLabel } from './building-label-sql';
import { isCurrentResident } from './measures.repo';
import { matchPeople } from './match-people-sql';
import { maskResident } from './residents.repo';
import { loadSearchIndex, type PlaceEntry } from './search-index.repo';
import { findScopeGridCodes } from './scope-points.repo';

const r = alias(residents, 'r');
const b = alias(buildings, 'b');
const k = alias(compounds, 'k');
const g = alias(grids, 'g');

export interface SearchRequest {
  q: string;
  kinds: readonly SearchKind[];
  limit: number;
}

const matchRank: Record<SearchMatch, number> = { exact: 5, prefix: 4, words: 3, context: 2, pinyin: 1 };

/** Places and people matching the request, best first (places before people of an equal match), at most `limit`. */
export async function search(db: Db, req: SearchRequest, scope: Scope): Promise<SearchResult[]> {
  const placeKinds = req.kinds.filter((k) => k !== 'person');
  const [places, people] = await Promise.all([
    placeKinds.length > 0 ? searchPlaces(db, { ...req, kinds: placeKinds }, scope) : [],
    req.kinds.includes('person') ? searchPeople(db, req.q, req.limit, scope) : [],
  ]);
  // A stable sort keeps each source's own order within a match.
  return [...places, ...people].sort((a, b) => matchRank[b.match] - matchRank[a.match]).slice(0, req.limit);
}

export async function searchPlaces(db: Db, req: SearchRequest, scope: Scope): Promise<SearchResult[]> {
  const [index, inScope] = await Promise.all([loadSearchIndex(db), findScopeGridCodes(db, scope)]);
  const accept = inScope ? (e: PlaceEntry) => e.gridCodes.length > 0 && e.gridCodes.every((g) => inScope.has(g)) : undefined;
  return rankSearchEntries(index.entries, req.q, { kinds: req.kinds, limit: req.limit, accept }).map(({ entry: e, match }) => ({
    kind: e.kind,
    id: e.id,
    name: e.name,
    context: e.context,
    lngLat: e.lngLat,
    bbox: e.bbox,
    match,
    ...(e.buildingCode ? { buildingCode: e.buildingCode } : {}),
    ...(e.gridCode ? { gridCode: e.gridCode } : {}),
  }));
}

// Kinds whose names a scoped user's map already shows (outside the jurisdiction as grey reference): saying that one
// of them lies outside reveals nothing the user cannot read there.
const mapAreaKinds: readonly SearchKind[] = ['street', 'community', 'grid'];

/** Streets, communities and grids matching a query that a scoped search leaves out: wholly outside, or partly inside. */
export interface AreasOutsideScope {
  outside: string[];
  partly: string[];
}

/**
 * The streets, communities and grids matching `q` that lie outside the scope (wholly, or partly: a search finds
 * only what lies wholly inside), by name, at their best match only (grids only when no street or community matched),
 * at most `limit` of each. None for the district.
 */
export async function findAreasOutsideScope(db: Db, q: string, scope: Scope, limit = 3): Promise<AreasOutsideScope> {
  const [index, inScope] = await Promise.all([loadSearchIndex(db), findScopeGridCodes(db, scope)]);
  if (!inScope) return { outside: [], partly: [] };
  const whollyInside = (e: PlaceEntry) => e.gridCodes.length > 0 && e.gridCodes.every((g) => inScope.has(g));
  const ranked = rankSearchEntries(index.entries, q, { kinds: mapAreaKinds, limit: 50, accept: (e) => !whollyInside(e) });
  const best = ranked.filter((r) => r.match === ranked[0].match).map((r) => r.entry);
  // A community's grids add nothing to its name: grids are named only when no street or community matched.
  const areas = best.some((e) => e.kind !== 'grid') ? best.filter((e) => e.kind !== 'grid') : best;
  const partlyInside = (e: PlaceEntry) => e.gridCodes.some((g) => inScope.has(g));
  return {
    outside: areas.filter((e) => !partlyInside(e)).slice(0, limit).map((e) => e.name),
    partly: areas.filter(partlyInside).slice(0, limit).map((e) => e.name),
  };
}

/** A resident as the contract has it, unmasked, with where they live and how well they matched. */
type PersonRow = Omit<Resident, 'masked'> & { place: string; grid: string; lng: number; lat: number; rank: number };

/**
 * Residents (still living here) in the caller's scope by name — exact, then starting with the query, then containing
 * it — or by ID number (the whole number, or its first 6 or more characters). Masked as the residents list masks them.
 */
export async function searchPeople(db: Db, q: string, limit: number, scope: Scope): Promise<SearchResult[]> {
  const match = matchPeople(q);
  if (!match) return [];
  const { where: picked, rank } = match;
  // The few hits are chosen from residents alone, then joined for their place (250,000 rows are scanned once).
  const rows = await queryRows<PersonRow>(
    db,
    sql`WITH hits AS (
          SELECT ${r.id} AS id, ${rank} AS rank FROM ${residents} ${r}
          WHERE ${isCurrentResident('r')} AND ${picked} AND ${gridInScope(r.gridCode, scope)}
          ORDER BY rank, ${r.name}, ${r.id} LIMIT ${limit})
        SELECT ${r.id} AS id, ${r.name} AS name, ${r.idNumber} AS "idNumber", ${r.phone} AS phone, ${r.houseNumber} AS "houseNumber",
          ${r.buildingCode} AS "buildingCode", ${r.gridCode} AS "gridCode", ${r.kind} AS kind, ${r.movedInOn}::text AS "movedInOn",
          ${buildingLabel(k.name, b.name)} AS place, ${g.name} AS grid,
          ST_X(ST_PointOnSurface(${b.geom})) AS lng, ST_Y(ST_PointOnSurface(${b.geom})) AS lat, h.rank
        FROM hits h JOIN ${residents} ${r} ON ${r.id} = h.id JOIN ${buildings} ${b} ON ${b.code} = ${r.buildingCode}
        JOIN ${compounds} ${k} ON ${k.code} = ${b.compoundCode} JOIN ${grids} ${g} ON ${g.code} = ${r.gridCode}
        ORDER BY h.rank, ${r.name}, ${r.id}`,
  );
  const matches: SearchMatch[] = ['exact', 'prefix', 'words'];
  return rows.map((r) => {
    const { place, grid, lng, lat, rank: k, ...resident } = r;
    const person = maskResident({ ...resident, buildingName: place, gridName: grid });
    return {
      kind: 'person' as const,
      id: r.id,
      name: person.name,
      context: [person.idNumber, `${place} ${person.houseNumber}`, grid].join(' · '),
      lngLat: [Math.round(Number(lng) * 1e6) / 1e6, Math.round(Number(lat) * 1e6) / 1e6] as [number, number],
      bbox: null,
      match: matches[Number(k)] ?? 'words',
      buildingCode: r.buildingCode,
      gridCode: r.gridCode,
      person,
    };
  });
}
