import { sql, type SQL } from 'drizzle-orm';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Scope } from '../../../core/contracts/auth';
import { registryColumns, type RegistryKind } from '../../../core/contracts/registry';
import { maskHouseNumber, maskIdNumber, maskName, maskPhone } from '../../../core/privacy/mask';
import { queryRows, type Db } from '../engine';
import { isGridInScope } from './registry.repo';
import { isoText } from './registry-sql';

/** The columns of an export: the import's (so a file can be edited and imported elsewhere), then where and when. */
export const exportColumns: Record<RegistryKind, readonly string[]> = {
  residents: [...registryColumns.residents, 'grid_code', 'verified_at'],
  houses: [...registryColumns.houses, 'building_code', 'grid_code', 'verified_at'],
  organisations: [...registryColumns.organisations, 'building_code', 'grid_code', 'verified_at'],
  addresses: [...registryColumns.addresses, 'grid_code', 'verified_at'],
};

const selectOf: Record<RegistryKind, SQL> = {
  residents: sql`x.id, x.name, x.id_number, x.phone, x.building_code, x.house_number, x.kind, x.moved_in_on::text AS moved_in_on,
    x.moved_out_on::text AS moved_out_on, x.house_code`,
  houses: sql`x.code, x.address_code, x.number, x.use, x.rental_start::text AS rental_start, x.rental_end::text AS rental_end, x.building_code`,
  organisations: sql`x.code, x.name, x.kind, x.address_code, x.contact, x.building_code`,
  addresses: sql`x.code, x.building_code, x.label`,
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
  const rows = await queryRows<Row & { lng: number; lat: number }>(
    db,
    sql`SELECT ${selectOf[kind]}, b.grid_code, ${isoText(sql`x.verified_at`)} AS verified_at,
        round(ST_X(ST_PointOnSurface(b.geom))::numeric, 6)::float8 AS lng, round(ST_Y(ST_PointOnSurface(b.geom))::numeric, 6)::float8 AS lat
      FROM ${sql.raw(kind)} x JOIN buildings b ON b.code = x.building_code
      WHERE b.grid_code = ${gridCode} ORDER BY 1`,
  );
  return {
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
