import type { Feature } from 'geojson';
import { CrsError, crsFromEpsg } from './crs';
import { FeatureFileError, reprojectFeatures } from './feature-file';

/**
 * GeoJSON with the 2008 "crs" member (issue 14, item 4), which ogr2ogr writes for anything but CRS84, e.g.
 * { "type": "name", "properties": { "name": "urn:ogc:def:crs:EPSG::4524" } }: its features taken to CRS84, and the
 * CRS named. EPSG:4326 and CRS84 are read as lng, lat (as GDAL writes them). Null when there is no crs member.
 */
export function reprojectGeoJsonCrs(value: unknown): { features: Feature[]; crs: string } | null {
  const fc = value as { type?: unknown; features?: unknown; crs?: { properties?: { name?: unknown } } } | null;
  const name = fc?.crs?.properties?.name;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features) || typeof name !== 'string') return null;
  if (/CRS84$/i.test(name)) return null;
  const epsg = /EPSG:{1,2}(\d+)$/i.exec(name);
  if (!epsg) throw new FeatureFileError('crs', 'file_bad_crs', { crs: name.slice(0, 80) });
  try {
    const crs = crsFromEpsg(Number(epsg[1]));
    const features = (fc.features as Feature[]).filter((f) => f && typeof f === 'object' && f.type === 'Feature');
    if (features.length !== fc.features.length) return null; // let the registry parser refuse the rows that are not features
    return { features: reprojectFeatures(features, crs), crs: crs.name };
  } catch (e) {
    if (e instanceof CrsError) throw new FeatureFileError('crs', 'file_bad_crs', { crs: name.slice(0, 80) });
    throw e;
  }
}
