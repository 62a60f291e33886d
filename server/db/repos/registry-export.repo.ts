import { sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Scope } from '../../../core/contracts/auth';
import { registryColumns, type RegistryKind } from '../../../core/contracts/registry';
import { maskHouseNumber, maskIdNumber, maskName, maskPhone } from '../../../core/privacy/mask';
import { queryRows, type Db } from '../engine';
import { addresses, buildings, houses, organisations, residents } from '../schema';
import { gridNameOf } from './building-label-sql';
import { isGridInScope } from './registry.repo';
import { isoText } from './registry-sql';

/** The columns of an export: the import's (so a file can be edited and imported elsewhere), then where and when. */
export const exportColumns: Record<RegistryKind, readonly string[]> = {
  residents: [...registryColumns.residents, 'grid_code', 'verified_at'],
  houses: [...registryColumns.houses, 'building_code', 'grid_code', 'verified_at'],
  organisations: [...registryColumns.organisations, 'building_code', 'grid_code', 'verified_at'],
  addresses: [...registryColumns.addresses, 'grid_code', 'verified_at'],
};

// Each register as "x", its building as "b"; the columns keep the table's own (snake_case) names, as the files do.
const r = alias(residents, 'x');
const h = alias(houses, 'x');
const o = alias(organisations, 'x');
const a = alias(addresses, 'x');
const b = alias(buildings, 'b');

/** Per register: its table, its columns in the file's order, and its verification time and building code. */
const registerOf: Record<RegistryKind, { from: SQL; select: SQL; verifiedAt: SQL; buildingCode: SQL }> = {
  residents: {
    from: sql`${residents} ${r}`,
    select: sql`${r.id}, ${r.name}, ${r.idNumber}, ${r.phone}, ${r.buildingCode}, ${r.houseNumber}, ${r.kind}, ${r.movedInOn}::text AS moved_in_on,
    ${r.movedOutOn}::text AS moved_out_on, ${r.houseCode}`,
    verifiedAt: sql`${r.verifiedAt}`,
    buildingCode: sql`${r.buildingCode}`,
  },
  houses: {
    from: sql`${houses} ${h}`,
    select: sql`${h.code}, ${h.addressCode}, ${h.number}, ${h.use}, ${h.rentalStart}::text AS rental_start, ${h.rentalEnd}::text AS rental_end, ${h.buildingCode}`,
    verifiedAt: sql`${h.verifiedAt}`,
    buildingCode: sql`${h.buildingCode}`,
  },
  organisations: {
    from: sql`${organisations} ${o}`,
    select: sql`${o.code}, ${o.name}, ${o.kind}, ${o.addressCode}, ${o.contact}, ${o.buildingCode}`,
    verifiedAt: sql`${o.verifiedAt}`,
    buildingCode: sql`${o.buildingCode}`,
  },
  addresses: {
    from: sql`${addresses} ${a}`,
    select: sql`${a.code}, ${a.buildingCode}, ${a.label}`,
    verifiedAt: sql`${a.verifiedAt}`,
    buildingCode: sql`${a.buildingCode}`,
  },
};

type Row = Record<string, string | number | null>;

/** Personal data as the masked listings show it (core/privacy/mask); the house code hides the flat as the number does. */
function mask(kind: RegistryKind, r: Row): Row {
  if (kind === 'organisations') return { ...r, contact: maskPhone(r.contact as string | null) };
  if (kind !== 'residents') return r;
  return {
    ...r, name: maskName(r.name as string), id_number: maskIdNumber(r.id_number as string), phone: maskPhone(r.phone as string | null),
    house_number: maskHouseNumber(r.house_number as string), house_code: (r.house_code as string | null)?.replace(/-[^-]+$/, '-****') ?? null,
  };
}

export interface RegistryExport {
  /** The grid's name, which names the file (a code names nothing to the person who saves it). */
  gridName: string;
  rows: Row[];
  /** Where each row's building stands: a point on its footprint, [lng, lat] in EPSG:4326 to 6 decimals. */
  points: [number, number][];
}

/**
 * Every record of one kind in one grid of the caller's jurisdiction (null when the grid is not in it), residents
 * who moved out included, masked unless `unmasked`. Ordered by key.
 */
export async function exportRegistry(db: Db, gridCode: string, kind: RegistryKind, scope: Scope, unmasked: boolean): Promise<RegistryExport | null> {
  if (!(await isGridInScope(db, gridCode, scope))) return null;
  const register = registerOf[kind];
  const rows = await queryRows<Row & { lng: number; lat: number }>(
    db,
    sql`SELECT ${register.select}, ${b.gridCode}, ${isoText(register.verifiedAt)} AS verified_at,
        round(ST_X(ST_PointOnSurface(${b.geom}))::numeric, 6)::float8 AS lng, round(ST_Y(ST_PointOnSurface(${b.geom}))::numeric, 6)::float8 AS lat
      FROM ${register.from} JOIN ${buildings} ${b} ON ${b.code} = ${register.buildingCode}
      WHERE ${b.gridCode} = ${gridCode} ORDER BY 1`,
  );
  const [grid] = await queryRows<{ name: string | null }>(db, sql`SELECT ${gridNameOf(sql`${gridCode}`)} AS name`);
  return {
    gridName: grid.name ?? gridCode,
    rows: rows.map(({ lng: _lng, lat: _lat, ...r }) => (unmasked ? r : mask(kind, r))),
    points: rows.map((r) => [Number(r.lng), Number(r.lat)]),
  };
}

/** The export as GeoJSON: one Point feature per record, the export's columns as properties. */
export function exportToGeoJson(kind: RegistryKind, e: RegistryExport): FeatureCollection<Point> {
  const features: Feature<Point>[] = e.rows.map((r, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: e.points[i] },
    properties: Object.fromEntries(exportColumns[kind].map((c) => [c, r[c] ?? null])),
  }));
  return { type: 'FeatureCollection', features };
}
