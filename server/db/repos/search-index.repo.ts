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
import { sql, type SQL } from 'drizzle-orm';
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
  /** Standard addresses and key places, for naming points by the nearest of them. */
  locator: PlaceLocator;
  builtAt: number;
  buildMs: number;
}

export const SEARCH_INDEX_MAX_AGE_MS = 60_000;

const keyPlaceKindNames: Record<string, string> = {
  school: '学校',
  hospital: '医院',
  mall: '商场',
  nightlife: '娱乐场所',
  transport: '交通枢纽',
  government: '党政机关',
  construction: '建筑工地',
};

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
    sql`SELECT coalesce(max(published_at)::text, '') || '/' || count(*)::text AS v FROM grid_plans WHERE status = 'published'`,
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
const whereColumns = (geom: SQL) => sql`ST_X(ST_PointOnSurface(${geom})) AS lng, ST_Y(ST_PointOnSurface(${geom})) AS lat,
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

async function buildSearchIndex(db: Db): Promise<SearchIndex> {
  const started = performance.now();
  const [districtRows, streets, communities, grids, compounds, buildings, addresses, keyPlaces, stations] = await Promise.all([
    queryRows<{ name: string }>(db, sql`SELECT name FROM districts ORDER BY code LIMIT 1`),
    queryRows<{ code: string; name: string } & Where>(db, sql`SELECT code, name, ${whereColumns(sql`geom`)} FROM streets WHERE geom IS NOT NULL`),
    queryRows<{ code: string; name: string; short_name: string; street: string } & Where>(
      db,
      sql`SELECT c.code, c.name, c.short_name, st.name AS street, ${whereColumns(sql`c.geom`)}
          FROM communities c JOIN streets st ON st.code = c.street_code WHERE c.geom IS NOT NULL`,
    ),
    queryRows<{ code: string; name: string; community_code: string; street_code: string; community: string; street: string } & Where>(
      db,
      sql`SELECT g.code, g.name, g.community_code, g.street_code, c.short_name AS community, st.name AS street, ${whereColumns(sql`g.geom`)}
          FROM grids g JOIN grid_plans p ON p.id = g.plan_id AND p.status = 'published'
          JOIN communities c ON c.code = g.community_code JOIN streets st ON st.code = g.street_code`,
    ),
    queryRows<{ code: string; name: string; grid_code: string; community: string; street: string } & Where>(
      db,
      sql`SELECT k.code, k.name, k.grid_code, c.short_name AS community, st.name AS street, ${whereColumns(sql`k.geom`)}
          FROM compounds k JOIN communities c ON c.code = k.community_code JOIN streets st ON st.code = c.street_code`,
    ),
    queryRows<{ code: string; name: string; grid_code: string; compound: string; community: string; community_full: string; street: string; grid: string | null } & Where>(
      db,
      sql`SELECT b.code, b.name, b.grid_code, k.name AS compound, c.short_name AS community, c.name AS community_full, st.name AS street,
            g.name AS grid, ${whereColumns(sql`b.geom`)}
          FROM buildings b JOIN compounds k ON k.code = b.compound_code JOIN communities c ON c.code = k.community_code
          JOIN streets st ON st.code = c.street_code LEFT JOIN grids g ON g.code = b.grid_code`,
    ),
    queryRows<{ code: string; label: string; building_code: string }>(db, sql`SELECT code, label, building_code FROM addresses`),
    queryRows<{ code: string; name: string; kind: string; grid_code: string | null; grid: string | null; community: string | null; street: string | null; lng: number; lat: number }>(
      db,
      sql`SELECT kp.code, kp.name, kp.kind, kp.grid_code, g.name AS grid, c.short_name AS community, st.name AS street,
            ST_X(kp.geom) AS lng, ST_Y(kp.geom) AS lat
          FROM key_places kp LEFT JOIN grids g ON g.code = kp.grid_code
          LEFT JOIN communities c ON c.code = g.community_code LEFT JOIN streets st ON st.code = g.street_code`,
    ),
    queryRows<{ code: string; name: string; street: string; grid_code: string | null; lng: number; lat: number }>(
      db,
      sql`SELECT s.code, s.name, st.name AS street, ST_X(s.geom) AS lng, ST_Y(s.geom) AS lat,
            (SELECT g.code FROM grids g JOIN grid_plans p ON p.id = g.plan_id AND p.status = 'published'
              WHERE ST_Intersects(g.geom, s.geom) ORDER BY g.code LIMIT 1) AS grid_code
          FROM stations s JOIN streets st ON st.code = s.street_code`,
    ),
  ]);
  const district = districtRows[0]?.name ?? '';
  const gridsOf = (key: 'community_code' | 'street_code', code: string) => grids.filter((g) => g[key] === code).map((g) => g.code);
  const entries: PlaceEntry[] = [];
  const add = (input: SearchEntryInput, shown: Omit<PlaceEntry, keyof SearchEntry>) => entries.push({ ...prepareSearchEntry(input, spellOnce), ...shown });
  const stripSuffix = (name: string, suffix: RegExp) => name.replace(suffix, '');

  for (const s of streets) {
    add({ kind: 'street', id: s.code, names: [s.name, stripSuffix(s.name, /(街道|镇|乡)$/)], context: [district] },
      { name: s.name, context: district, lngLat: pointOf(s), bbox: boxOf(s), gridCodes: gridsOf('street_code', s.code) });
  }
  for (const c of communities) {
    add({ kind: 'community', id: c.code, names: [c.short_name, c.name, stripSuffix(c.short_name, /(社区|村)$/)], context: [c.street] },
      { name: c.short_name, context: joinContext(c.street, district), lngLat: pointOf(c), bbox: boxOf(c), gridCodes: gridsOf('community_code', c.code) });
  }
  for (const g of grids) {
    add({ kind: 'grid', id: g.code, names: [g.name], codes: [g.code], context: [g.community, g.street] },
      { name: g.name, context: joinContext(g.community, g.street, g.code), lngLat: pointOf(g), bbox: boxOf(g), gridCodes: [g.code], gridCode: g.code });
  }
  for (const k of compounds) {
    add({ kind: 'compound', id: k.code, names: [k.name], context: [k.community, k.street] },
      { name: k.name, context: joinContext(k.community, k.street), lngLat: pointOf(k), bbox: boxOf(k), gridCodes: [k.grid_code], gridCode: k.grid_code });
  }
  const buildingByCode = new Map(buildings.map((b) => [b.code, b]));
  for (const b of buildings) {
    const name = `${b.compound}${b.name}`;
    add({ kind: 'building', id: b.code, names: [name], context: [b.community, b.street, b.grid], groupKey: b.code },
      { name, context: joinContext(b.community, b.street), lngLat: pointOf(b), bbox: boxOf(b), gridCodes: [b.grid_code], gridCode: b.grid_code, buildingCode: b.code });
  }
  const places: NamedPoint[] = [];
  for (const a of addresses) {
    const b = buildingByCode.get(a.building_code);
    if (!b) continue;
    const name = shortAddress(a.label, [b.community, b.community_full, b.street]);
    add({ kind: 'address', id: a.code, names: [name], context: [a.label, b.grid], groupKey: b.code },
      { name, context: b.grid ?? b.community, lngLat: pointOf(b), bbox: boxOf(b), gridCodes: [b.grid_code], gridCode: b.grid_code, buildingCode: b.code });
    places.push({ name, kind: 'address', lngLat: pointOf(b) });
  }
  for (const k of keyPlaces) {
    const kindName = keyPlaceKindNames[k.kind] ?? '重点场所';
    const lngLat: [number, number] = [round6(k.lng), round6(k.lat)];
    add({ kind: 'key_place', id: k.code, names: [k.name], context: [kindName, k.grid, k.community, k.street] },
      { name: k.name, context: joinContext(kindName, k.community, k.street), lngLat, bbox: null, gridCodes: k.grid_code ? [k.grid_code] : [], ...(k.grid_code ? { gridCode: k.grid_code } : {}) });
    places.push({ name: k.name, kind: 'key_place', lngLat });
  }
  for (const s of stations) {
    add({ kind: 'station', id: s.code, names: [s.name], context: [s.street] },
      { name: s.name, context: joinContext(s.street, district), lngLat: [round6(s.lng), round6(s.lat)], bbox: null, gridCodes: s.grid_code ? [s.grid_code] : [], ...(s.grid_code ? { gridCode: s.grid_code } : {}) });
  }
  // Key places first: at an equal distance the locator answers with the place listed first.
  places.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'key_place' ? -1 : 1));
  const builtAt = Date.now();
  return { entries, locator: createPlaceLocator(places), builtAt, buildMs: performance.now() - started };
}

/** The kinds an index holds (all but people, who are searched in the database). */
export const indexedKinds: readonly SearchKind[] = ['street', 'community', 'key_place', 'station', 'grid', 'compound', 'address', 'building'];
