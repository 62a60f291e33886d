import proj4 from 'proj4';

/**
 * Coordinate reference systems of uploaded files, turned into a function to CRS84 (lng, lat on WGS 84).
 *
 * proj4 knows EPSG:4326, 4269 and 3857 by itself; China's survey data mostly comes in CGCS2000 Gauss-Krüger zones,
 * which it does not. Their parameters are from the EPSG registry (EPSG:4491–4554, "CGCS2000 / Gauss-Kruger …"):
 * transverse Mercator, latitude of origin 0, scale 1, false northing 0, on the CGCS2000 ellipsoid. We use GRS80 for
 * it (the flattenings differ by 1e-11: well under a millimetre here) and a zero towgs84, as CGCS2000 and WGS 84 agree
 * within centimetres (DESIGN.md, "Database"). Axis order: easting first, as Shapefile and GeoPackage store them.
 */
const gk = (lon0: number, falseEasting: number) =>
  `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=1 +x_0=${falseEasting} +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs`;

function defineCgcs2000(): void {
  proj4.defs('EPSG:4490', '+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs');
  // 6-degree zones 13–23 (CM 75°E–135°E), false easting with the zone number in front.
  for (let zone = 13; zone <= 23; zone++) proj4.defs(`EPSG:${4491 + zone - 13}`, gk(zone * 6 - 3, zone * 1e6 + 500000));
  // 6-degree, CM 75°E–135°E, false easting 500 km.
  for (let i = 0; i <= 10; i++) proj4.defs(`EPSG:${4502 + i}`, gk(75 + i * 6, 500000));
  // 3-degree zones 25–45 (CM 75°E–135°E), false easting with the zone number in front: 4523 is zone 35, 4524 zone 36.
  for (let zone = 25; zone <= 45; zone++) proj4.defs(`EPSG:${4513 + zone - 25}`, gk(zone * 3, zone * 1e6 + 500000));
  // 3-degree, CM 75°E–135°E, false easting 500 km.
  for (let i = 0; i <= 20; i++) proj4.defs(`EPSG:${4534 + i}`, gk(75 + i * 3, 500000));
}
defineCgcs2000();

export class CrsError extends Error {}

/** A file's CRS as read: how it was named and the way to CRS84. */
export interface SourceCrs {
  name: string; // e.g. "EPSG:4524" or the WKT's own name
  toCrs84: (xy: number[]) => number[];
}

const identity = (xy: number[]) => xy;
export const crs84Source: SourceCrs = { name: 'CRS84', toCrs84: identity };

/** True when proj4 knows the code (e.g. "EPSG:4524"). */
export function isKnownEpsg(code: number): boolean {
  return proj4.defs(`EPSG:${code}`) !== undefined;
}

/** A CRS from an EPSG code; throws CrsError when it is not one we know. */
export function crsFromEpsg(code: number): SourceCrs {
  if (code === 4326 || code === 4490) return { name: `EPSG:${code}`, toCrs84: identity };
  if (!isKnownEpsg(code)) throw new CrsError(`EPSG:${code} is not a coordinate system we know`);
  const converter = proj4(`EPSG:${code}`, 'EPSG:4326');
  return { name: `EPSG:${code}`, toCrs84: (xy) => converter.forward([xy[0], xy[1]]) };
}

/** A CRS from WKT (a .prj, or a GeoPackage's definition); throws CrsError when proj4 cannot read it. */
export function crsFromWkt(wkt: string): SourceCrs {
  const text = wkt.trim();
  const name = /^\w+\["([^"]*)"/.exec(text)?.[1] ?? 'WKT';
  let converter: proj4.Converter;
  try {
    converter = proj4(text, 'EPSG:4326');
  } catch {
    throw new CrsError(`cannot read the coordinate system "${text.slice(0, 60)}"`);
  }
  return { name, toCrs84: (xy) => converter.forward([xy[0], xy[1]]) };
}
