/**
 * The in-memory search index (issue 11, part 6): every named place of the map — streets, communities, grids, key
 * places, stations, compounds, buildings and standard addresses — with its names prepared for matching, a point and
 * a box, and the grids it covers (for scope). Built lazily from the database, once per process and database, in a
 * few hundred milliseconds; a search then scans ~8,000 entries in memory in a few milliseconds.
 *
 * Freshness: publishing a grid plan renumbers grids and moves buildings between them, so the index is rebuilt
 * before answering as soon as the latest publication differs from the one it was built on (a one-row query a
 * search). Everything else that names places (registry imports of addresses, say) is picked up within a minute: an
 * index older than that answers once more while a new one is built behind it.
 */
import { keyPlaceKindWords } from '../../i18n/interface-words';
import { asc, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { SearchKind } from '../../../core/contracts/search';
import {
  createPlaceLocator,
  prepareSearchEntry,
  shortAddress,
  spellPinyin,
  type NamedPoint,
  type PinyinKeys,
  type PlaceLocator,
  type SearchEntry,
  type SearchEntryInput,
} from '../../../core/search';
import { queryRows, type Db } from '../engine';
import { addresses, buildings, communities, compounds, districts, gridPlans, grids, keyPlaces, stations, streets } from '../schema';

/** An index entry: what ranking needs (SearchEntry) and what a result shows. */
export interface PlaceEntry extends SearchEntry {
  name: string;
  context: string;
  lngLat: [number, number];
  bbox: [number, number, number, number] | null;
  /** The grids it lies in or covers: it is in a user's scope when all of them are. */
  gridCodes: string[];
  buildingCode?: string;
  gridCode?: string;
}

export interface SearchIndex {
  entries: PlaceEntry[];
  /** Standard addresses and key places with their grids, for naming points by the nearest of them. */
  locator: PlaceLocator;
  builtAt: number;
  buildMs: number;
}

export const SEARCH_INDEX_MAX_AGE_MS = 60_000;

interface Cached {
  fingerprint: string;
  builtAt: number;
  index: Promise<SearchIndex>;
  refreshing: boolean;
}
const cache = new WeakMap<Db, Cached>();

// Names repeat across rebuilds (and addresses repeat their buildings' names): spell each once per process.
const spelled = new Map<string, PinyinKeys>();
function spellOnce(name: string): PinyinKeys {
  let keys = spelled.get(name);
  if (!keys) {
    keys = spellPinyin(name);
    if (spelled.size < 200_000) spelled.set(name, keys);
  }
  return keys;
}

/** The search index of `db`, built when missing, when a grid plan was published since, or (behind) when a minute old. */
export async function loadSearchIndex(db: Db): Promise<SearchIndex> {
  const [row] = await queryRows<{ v: string }>(
    db,
    sql`SELECT coalesce(max(${gridPlans.publishedAt})::text, '') || '/' || count(*)::text AS v FROM ${gridPlans} WHERE ${gridPlans.status} = 'published'`,
  );
  const fingerprint = row.v;
  const cached = cache.get(db);
  if (cached && cached.fingerprint === fingerprint) {
    if (!cached.refreshing && Date.now() - cached.builtAt >= SEARCH_INDEX_MAX_AGE_MS) {
      cached.refreshing = true;
      buildSearchIndex(db).then(
        (index) => {
          if (cache.get(db) === cached) cache.set(db, { fingerprint, builtAt: index.builtAt, index: Promise.resolve(index), refreshing: false });
        },
        (err: unknown) => {
          cached.refreshing = false;
          console.error('search index: refresh failed, keeping the previous one:', err);
        },
      );
    }
    return cached.index;
  }
  const entry: Cached = { fingerprint, builtAt: Date.now(), index: buildSearchIndex(db), refreshing: false };
  cache.set(db, entry);
  entry.index.catch(() => {
    if (cache.get(db) === entry) cache.delete(db);
  });
  return entry.index;
}

/** Forgets the index of `db` (the next search builds a new one). */
export function forgetSearchIndex(db: Db): void {
  cache.delete(db);
}

const round6 = (x: number) => Math.round(Number(x) * 1e6) / 1e6;

/** Columns lng, lat (a point on the surface) and w, s, e, n (the box) of a geometry expression. */
const whereColumns = (geom: SQL | AnyColumn) => sql`ST_X(ST_PointOnSurface(${geom})) AS lng, ST_Y(ST_PointOnSurface(${geom})) AS lat,
  ST_XMin(${geom}) AS w, ST_YMin(${geom}) AS s, ST_XMax(${geom}) AS e, ST_YMax(${geom}) AS n`;

interface Where {
  lng: number;
  lat: number;
  w: number | null;
  s: number | null;
  e: number | null;
  n: number | null;
}
const pointOf = (r: Where): [number, number] => [round6(r.lng), round6(r.lat)];
const boxOf = (r: Where): [number, number, number, number] | null =>
  r.w === null || r.s === null || r.e === null || r.n === null ? null : [round6(r.w), round6(r.s), round6(r.e), round6(r.n)];
const joinContext = (...parts: (string | null | undefined)[]) => parts.filter((p) => p && p.length > 0).join(' · ');

const c = alias(communities, 'c');
const st = alias(streets, 'st');
const g = alias(grids, 'g');
const p = alias(gridPlans, 'p');
const k = alias(compounds, 'k');
const b = alias(buildings, 'b');
const kp = alias(keyPlaces, 'kp');
const s = alias(stations, 's');
const isPublished = sql`${p.id} = ${g.planId} AND ${p.status} = 'published'`;

async function buildSearchIndex(db: Db): Promise<SearchIndex> {
  const started = performance.now();
  const [districtRows, streetRows, communityRows, gridRows, compoundRows, buildingRows, addressRows, keyPlaceRows, stationRows] = await Promise.all([
    db.select({ name: districts.name }).from(districts).orderBy(asc(districts.code)).limit(1),
    queryRows<Pick<typeof streets.$inferSelect, 'code' | 'name'> & Where>(
      db,
      sql`SELECT ${streets.code} AS code, ${streets.name} AS name, ${whereColumns(streets.geom)} FROM ${streets} WHERE ${streets.geom} IS NOT NULL`,
    ),
    queryRows<Pick<typeof communities.$inferSelect, 'code' | 'name' | 'shortName'> & { street: string } & Where>(
      db,
      sql`SELECT ${c.code} AS code, ${c.name} AS name, ${c.shortName} AS "shortName", ${st.name} AS street, ${whereColumns(c.geom)}
          FROM ${communities} ${c} JOIN ${streets} ${st} ON ${st.code} = ${c.streetCode} WHERE ${c.geom} IS NOT NULL`,
    ),
    queryRows<Pick<typeof grids.$inferSelect, 'code' | 'name' | 'communityCode' | 'streetCode'> & { community: string; street: string } & Where>(
      db,
      sql`SELECT ${g.code} AS code, ${g.name} AS name, ${g.communityCode} AS "communityCode", ${g.streetCode} AS "streetCode",
            ${c.shortName} AS community, ${st.name} AS street, ${whereColumns(g.geom)}
          FROM ${grids} ${g} JOIN ${gridPlans} ${p} ON ${isPublished}
          JOIN ${communities} ${c} ON ${c.code} = ${g.communityCode} JOIN ${streets} ${st} ON ${st.code} = ${g.streetCode}`,
    ),
    queryRows<Pick<typeof compounds.$inferSelect, 'code' | 'name' | 'gridCode'> & { community: string; street: string } & Where>(
      db,
      sql`SELECT ${k.code} AS code, ${k.name} AS name, ${k.gridCode} AS "gridCode", ${c.shortName} AS community, ${st.name} AS street,
            ${whereColumns(k.geom)}
          FROM ${compounds} ${k} JOIN ${communities} ${c} ON ${c.code} = ${k.communityCode} JOIN ${streets} ${st} ON ${st.code} = ${c.streetCode}`,
    ),
    queryRows<Pick<typeof buildings.$inferSelect, 'code' | 'name' | 'gridCode'> & {
      compound: string; community: string; communityFull: string; street: string; grid: string | null;
    } & Where>(
      db,
      sql`SELECT ${b.code} AS code, ${b.name} AS name, ${b.gridCode} AS "gridCode", ${k.name} AS compound, ${c.shortName} AS community,
            ${c.name} AS "communityFull", ${st.name} AS street, ${g.name} AS grid, ${whereColumns(b.geom)}
          FROM ${buildings} ${b} JOIN ${compounds} ${k} ON ${k.code} = ${b.compoundCode} JOIN ${communities} ${c} ON ${c.code} = ${k.communityCode}
          JOIN ${streets} ${st} ON ${st.code} = ${c.streetCode} LEFT JOIN ${grids} ${g} ON ${g.code} = ${b.gridCode}`,
    ),
    db.select({ code: addresses.code, label: addresses.label, buildingCode: addresses.buildingCode }).from(addresses),
    queryRows<Pick<typeof keyPlaces.$inferSelect, 'code' | 'name' | 'kind' | 'gridCode'> & {
      grid: string | null; community: string | null; street: string | null; lng: number; lat: number;
    }>(
      db,
      sql`SELECT ${kp.code} AS code, ${kp.name} AS name, ${kp.kind} AS kind, ${kp.gridCode} AS "gridCode", ${g.name} AS grid,
            ${c.shortName} AS community, ${st.name} AS street, ST_X(${kp.geom}) AS lng, ST_Y(${kp.geom}) AS lat
          FROM ${keyPlaces} ${kp} LEFT JOIN ${grids} ${g} ON ${g.code} = ${kp.gridCode}
          LEFT JOIN ${communities} ${c} ON ${c.code} = ${g.communityCode} LEFT JOIN ${streets} ${st} ON ${st.code} = ${g.streetCode}`,
    ),
    queryRows<Pick<typeof stations.$inferSelect, 'code' | 'name'> & { street: string; gridCode: string | null; lng: number; lat: number }>(
      db,
      sql`SELECT ${s.code} AS code, ${s.name} AS name, ${st.name} AS street, ST_X(${s.geom}) AS lng, ST_Y(${s.geom}) AS lat,
            (SELECT ${g.code} FROM ${grids} ${g} JOIN ${gridPlans} ${p} ON ${isPublished}
              WHERE ST_Intersects(${g.geom}, ${s.geom}) ORDER BY ${g.code} LIMIT 1) AS "gridCode"
          FROM ${stations} ${s} JOIN ${streets} ${st} ON ${st.code} = ${s.streetCode}`,
    ),
  ]);
  const district = districtRows[0]?.name ?? '';
  const gridsOf = (key: 'communityCode' | 'streetCode', code: string) => gridRows.filter((row) => row[key] === code).map((row) => row.code);
  const entries: PlaceEntry[] = [];
  const add = (input: SearchEntryInput, shown: Omit<PlaceEntry, keyof SearchEntry>) => entries.push({ ...prepareSearchEntry(input, spellOnce), ...shown });
  const stripSuffix = (name: string, suffix: RegExp) => name.replace(suffix, '');

  for (const s of streetRows) {
    add({ kind: 'street', id: s.code, names: [s.name, stripSuffix(s.name, /(街道|镇|乡)$/)], context: [district] },
      { name: s.name, context: district, lngLat: pointOf(s), bbox: boxOf(s), gridCodes: gridsOf('streetCode', s.code) });
  }
  for (const c of communityRows) {
    add({ kind: 'community', id: c.code, names: [c.shortName, c.name, stripSuffix(c.shortName, /(社区|村)$/)], context: [c.street] },
      { name: c.shortName, context: joinContext(c.street, district), lngLat: pointOf(c), bbox: boxOf(c), gridCodes: gridsOf('communityCode', c.code) });
  }
  for (const g of gridRows) {
    add({ kind: 'grid', id: g.code, names: [g.name], codes: [g.code], context: [g.community, g.street] },
      { name: g.name, context: joinContext(g.community, g.street, g.code), lngLat: pointOf(g), bbox: boxOf(g), gridCodes: [g.code], gridCode: g.code });
  }
  for (const k of compoundRows) {
    add({ kind: 'compound', id: k.code, names: [k.name], context: [k.community, k.street] },
      { name: k.name, context: joinContext(k.community, k.street), lngLat: pointOf(k), bbox: boxOf(k), gridCodes: [k.gridCode], gridCode: k.gridCode });
  }
  const buildingByCode = new Map(buildingRows.map((b) => [b.code, b]));
  for (const b of buildingRows) {
    const name = `${b.compound}${b.name}`;
    add({ kind: 'building', id: b.code, names: [name], context: [b.community, b.street, b.grid], groupKey: b.code },
      { name, context: joinContext(b.community, b.street), lngLat: pointOf(b), bbox: boxOf(b), gridCodes: [b.gridCode], gridCode: b.gridCode, buildingCode: b.code });
  }
  const places: NamedPoint[] = [];
  for (const a of addressRows) {
    const b = buildingByCode.get(a.buildingCode);
    if (!b) continue;
    const name = shortAddress(a.label, [b.community, b.communityFull, b.street]);
    add({ kind: 'address', id: a.code, names: [name], context: [a.label, b.grid], groupKey: b.code },
      { name, context: b.grid ?? b.community, lngLat: pointOf(b), bbox: boxOf(b), gridCodes: [b.gridCode], gridCode: b.gridCode, buildingCode: b.code });
    places.push({ name, kind: 'address', lngLat: pointOf(b), gridCode: b.gridCode });
  }
  for (const k of keyPlaceRows) {
    const kindName = (keyPlaceKindWords as Record<string, string>)[k.kind] ?? '重点场所';
    const lngLat: [number, number] = [round6(k.lng), round6(k.lat)];
    add({ kind: 'key_place', id: k.code, names: [k.name], context: [kindName, k.grid, k.community, k.street] },
      { name: k.name, context: joinContext(kindName, k.community, k.street), lngLat, bbox: null, gridCodes: k.gridCode ? [k.gridCode] : [], ...(k.gridCode ? { gridCode: k.gridCode } : {}) });
    places.push({ name: k.name, kind: 'key_place', lngLat, ...(k.gridCode ? { gridCode: k.gridCode } : {}) });
  }
  for (const s of stationRows) {
    add({ kind: 'station', id: s.code, names: [s.name], context: [s.street] },
      { name: s.name, context: joinContext(s.street, district), lngLat: [round6(s.lng), round6(s.lat)], bbox: null, gridCodes: s.gridCode ? [s.gridCode] : [], ...(s.gridCode ? { gridCode: s.gridCode } : {}) });
  }
  // Key places first: at an equal distance the locator answers with the place listed first.
  places.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'key_place' ? -1 : 1));
  const builtAt = Date.now();
  return { entries, locator: createPlaceLocator(places), builtAt, buildMs: performance.now() - started };
}

/** The kinds an index holds (all but people, who are searched in the database). */
export const indexedKinds: readonly SearchKind[] = ['street', 'community', 'key_place', 'station', 'grid', 'compound', 'address', 'building'];
