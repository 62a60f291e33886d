import shpwrite from '@mapbox/shp-write';
import type { Feature, Position } from 'geojson';
import { dbfTable } from './shapefile-fields';
import { writeDbf } from './write-dbf';
import { writeZip } from './zip-archive';

/**
 * Features (CRS84) as a zipped Shapefile (issue 14, item 4): one .shp/.shx/.dbf/.prj/.cpg set a geometry family
 * (points, lines, polygons) present, named after the layer (with _points/_lines/_polygons only when there is more
 * than one), a WGS 84 .prj and a .cpg saying UTF-8. Shapes come from @mapbox/shp-write, the .dbf from write-dbf.ts
 * with typed fields (shapefile-fields.ts). We hand shp-write each feature's parts already flattened (a MultiPolygon
 * is one shape of many rings, as the format has it) and rings turned the way the format wants them (outer clockwise,
 * holes anticlockwise). MultiPoints and empty geometries have no shape here and are left out. Field names are cut to 10 characters (see shapefile-fields.ts); <layer>.fields.txt
 * lists the full property name of each.
 */
const WGS84_PRJ = 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

type Family = 'points' | 'lines' | 'polygons';
const shapeTypes = { points: 'POINT', lines: 'POLYLINE', polygons: 'POLYGON' } as const;

function familyOf(f: Feature): Family | null {
  switch (f.geometry?.type) {
    case 'Point':
      return 'points';
    case 'LineString':
    case 'MultiLineString':
      return 'lines';
    case 'Polygon':
    case 'MultiPolygon':
      return 'polygons';
    default:
      return null;
  }
}

/** Twice the signed area (shoelace): positive when the ring runs anticlockwise. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return -sum;
}

const turned = (ring: Position[], clockwise: boolean) => ((signedArea(ring) < 0) === clockwise ? ring : [...ring].reverse());
const shapeRings = (polygon: Position[][]) => polygon.map((ring, i) => turned(ring, i === 0));

/** The shape of one feature as shp-write takes it: a point, or a list of parts (lines or rings). */
function shapeOf(f: Feature): Position | Position[][] {
  const g = f.geometry;
  switch (g.type) {
    case 'Point':
      return g.coordinates;
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
      return g.coordinates;
    case 'Polygon':
      return shapeRings(g.coordinates);
    case 'MultiPolygon':
      return g.coordinates.flatMap(shapeRings);
    default:
      throw new Error(`no shape for ${g.type}`);
  }
}

function writeLayer(features: Feature[], family: Family): { shp: Buffer; shx: Buffer; dbf: Buffer; fields: string } {
  const table = dbfTable(features);
  let out: { shp: DataView; shx: DataView } | undefined;
  // No rows for shp-write's own .dbf, which is not the one written.
  shpwrite.write([], shapeTypes[family], features.map(shapeOf), (err, files) => {
    if (err) throw err;
    out = files;
  });
  if (!out) throw new Error('shp-write wrote nothing');
  const bytes = (v: DataView) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  const fields = table.fields.map((f) => `${f.field}\t${f.property}`).join('\r\n');
  return { shp: bytes(out.shp), shx: bytes(out.shx), dbf: writeDbf(table), fields: `field\tproperty\r\n${fields}\r\n` };
}

/** The zip's bytes; `layer` names the files (ASCII is safest for old tools, e.g. "grids"). */
export function writeShapefileZip(features: readonly Feature[], layer: string): Buffer {
  const families = new Map<Family, Feature[]>();
  for (const f of features) {
    const family = familyOf(f);
    if (!family) continue;
    if (!families.has(family)) families.set(family, []);
    families.get(family)!.push(f);
  }
  const entries: { name: string; data: Buffer }[] = [];
  for (const [family, members] of families) {
    const name = families.size > 1 ? `${layer}_${family}` : layer;
    const files = writeLayer(members, family);
    entries.push(
      { name: `${name}.shp`, data: files.shp },
      { name: `${name}.shx`, data: files.shx },
      { name: `${name}.dbf`, data: files.dbf },
      { name: `${name}.prj`, data: Buffer.from(WGS84_PRJ) },
      { name: `${name}.cpg`, data: Buffer.from('UTF-8') },
      { name: `${name}.fields.txt`, data: Buffer.from(files.fields) },
    );
  }
  return writeZip(entries);
}
