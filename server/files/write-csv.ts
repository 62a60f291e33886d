import type { Feature } from 'geojson';
import wkx from 'wkx';
import { formatCsv } from '../../core/registry/format-csv';

/**
 * Features as CSV (issue 14, item 4): id, the properties, then lon and lat for points and wkt for every other
 * geometry — points are what spreadsheets map from two columns, and WKT is what GIS tools read back for the rest.
 * UTF-8 with a BOM (formatCsv), so that Excel opens the Chinese names right; CRS84 coordinates.
 */
export function writeFeaturesCsv(features: readonly Feature[]): string {
  const keys = new Set<string>();
  for (const f of features) for (const k of Object.keys(f.properties ?? {})) keys.add(k);
  const points = features.some((f) => f.geometry?.type === 'Point');
  const others = features.some((f) => f.geometry && f.geometry.type !== 'Point');
  // A feature's id may be a property too (an incident's number): one id column, not two of the same name.
  keys.delete('id');
  const columns = ['id', ...keys, ...(points ? ['lon', 'lat'] : []), ...(others ? ['wkt'] : [])];
  const rows = features.map((f) => {
    const row: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(f.properties ?? {})) row[k] = v !== null && typeof v === 'object' ? JSON.stringify(v) : v;
    row.id = f.id ?? row.id;
    const g = f.geometry;
    if (g?.type === 'Point') [row.lon, row.lat] = g.coordinates;
    else if (g) row.wkt = wkx.Geometry.parseGeoJSON(g).toWkt();
    return row;
  });
  return formatCsv(columns, rows);
}
