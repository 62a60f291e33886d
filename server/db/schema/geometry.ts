import { customType } from 'drizzle-orm/pg-core';

// Drizzle's built-in geometry() covers points only; these name the PostGIS type so drizzle-kit emits
// typed, SRID-checked columns. Values are written and read as GeoJSON through ST_GeomFromGeoJSON /
// ST_AsGeoJSON in the repositories' SQL, so the driver value here is just the GeoJSON text.
function geometry4326(kind: 'Point' | 'LineString' | 'Polygon' | 'MultiPolygon' | 'Geometry') {
  return customType<{ data: string; driverData: string }>({
    dataType: () => `geometry(${kind},4326)`,
  });
}

export const point4326 = geometry4326('Point');
export const polygon4326 = geometry4326('Polygon');
export const multiPolygon4326 = geometry4326('MultiPolygon');
export const lineString4326 = geometry4326('LineString');
export const anyGeometry4326 = geometry4326('Geometry');
