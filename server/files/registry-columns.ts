import type { Feature } from 'geojson';
import { placeColumns, registryColumns, type ImportKind } from '../../core/contracts/registry';

/**
 * The features with property names put back to the kind's columns where a Shapefile cut them to 10 characters, as
 * GDAL and ArcGIS do (building_code -> building_c, house_number -> house_numb). A name that is a column already, or
 * the start of none, stays as it is; the registry parser then reads or ignores it as for any GeoJSON.
 */
export function restoreRegistryColumns(features: readonly Feature[], kind: ImportKind): Feature[] {
  const columns = { ...registryColumns, ...placeColumns }[kind];
  const whole = new Map<string, string>();
  for (const c of columns) if (c.length > 10) whole.set(c.slice(0, 10), c);
  return features.map((f) => {
    const properties: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(f.properties ?? {})) {
      const k = key.trim().toLowerCase();
      properties[columns.includes(k) ? key : (whole.get(k) ?? key)] = v;
    }
    return { ...f, properties };
  });
}
