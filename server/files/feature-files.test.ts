import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Point } from 'geojson';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { crsFromEpsg, crsFromWkt } from './crs';
import { say } from '../i18n/messages';
import { FeatureFileError } from './feature-file';
import { readGeoPackage } from './read-geopackage';
import { detectDbfEncoding, encodingOfCpg, readShapefileZip } from './read-shapefile-zip';
import { dbfFieldNames } from './shapefile-fields';
import { writeFeaturesCsv } from './write-csv';
import { writeGeoPackage } from './write-geopackage';
import { writeShapefileZip } from './write-shapefile-zip';
import { readZip, writeZip } from './zip-archive';

const dir = mkdtempSync(join(tmpdir(), 'feature-files-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const places: Feature<Point>[] = [
  { type: 'Feature', id: 'K1', geometry: { type: 'Point', coordinates: [107.502, 31.214] }, properties: { name: '达川区人民政府', households: 12, categoryName: '政府机关', open: true } },
  { type: 'Feature', id: 'K2', geometry: { type: 'Point', coordinates: [107.511, 31.2] }, properties: { name: '西外小学“南校区”', households: null, categoryName: '学校', open: false } },
];
// A grid with a hole, written anticlockwise outside as GeoJSON (RFC 7946) has it.
const grid: Feature<MultiPolygon> = {
  type: 'Feature',
  id: '511703001001001',
  geometry: {
    type: 'MultiPolygon',
    coordinates: [[
      [[107.5, 31.2], [107.52, 31.2], [107.52, 31.22], [107.5, 31.22], [107.5, 31.2]],
      [[107.505, 31.205], [107.505, 31.21], [107.51, 31.21], [107.51, 31.205], [107.505, 31.205]],
    ]],
  },
  properties: { name: '三里坪街道第一网格', leaderName: '张伟' },
};

const refusalError = (f: () => unknown): FeatureFileError => {
  try {
    f();
  } catch (e) {
    if (e instanceof FeatureFileError) return e;
    throw e;
  }
  throw new Error('no refusal');
};
const refusal = (f: () => unknown) => {
  const e = refusalError(f);
  return { field: e.field, code: e.code };
};

describe('zipped Shapefiles', () => {
  it('round-trip points with Chinese names, and write a WGS 84 .prj and a UTF-8 .cpg', () => {
    const zip = writeShapefileZip(places, 'key_places');
    const entries = readZip(zip);
    expect([...entries.keys()].sort()).toEqual(['key_places.cpg', 'key_places.dbf', 'key_places.fields.txt', 'key_places.prj', 'key_places.shp', 'key_places.shx']);
    expect(entries.get('key_places.cpg')!.toString()).toBe('UTF-8');
    expect(entries.get('key_places.prj')!.toString()).toMatch(/^GEOGCS\["GCS_WGS_1984"/);
    const back = readShapefileZip(zip);
    expect(back.encoding).toBe('utf-8');
    expect(back.features.map((f) => f.properties!.name)).toEqual(['达川区人民政府', '西外小学“南校区”']);
    expect(back.features.map((f) => f.properties!.categoryNa)).toEqual(['政府机关', '学校']);
    expect(back.features[0].properties!.households).toBe(12);
    expect((back.features[1].geometry as Point).coordinates).toEqual([107.511, 31.2]);
    expect(entries.get('key_places.fields.txt')!.toString()).toContain('categoryNa\tcategoryName');
  });

  it('round-trip a multipolygon with a hole, outer ring clockwise in the file', () => {
    const back = readShapefileZip(writeShapefileZip([grid], 'grids'));
    expect(back.features[0].properties!.leaderName).toBe('张伟');
    const g = back.features[0].geometry;
    const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
    expect(rings).toHaveLength(2);
    expect(rings.map((r) => r.length).sort()).toEqual([5, 5]);
  });

  it('type the .dbf fields by their values: whole numbers N without decimals, other numbers with theirs, booleans N(1), text as wide as its longest', () => {
    const rows = [
      { residents: 1067, ratio: 0.25, inScope: true, name: '网格一' },
      { residents: null, ratio: 12.125, inScope: false, name: 'b' },
    ].map((properties, i): Feature<Point> => ({ type: 'Feature', id: i, geometry: { type: 'Point', coordinates: [107.5 + i / 100, 31.2] }, properties }));
    const path = join(dir, 'typed');
    writeFileSync(`${path}.zip`, writeShapefileZip(rows, 'typed'));
    const info = execFileSync('ogrinfo', ['-ro', '-al', `/vsizip/${path}.zip`]).toString();
    expect([...info.matchAll(/^(\w+): (\w+ \(\d+\.\d+\))$/gm)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'residents Integer (4.0)', 'ratio Real (6.3)', 'inScope Integer (1.0)', 'name String (9.0)',
    ]);
    expect(info).toMatch(/residents \(Integer\) = 1067\s+ratio \(Real\) = 0\.250\s+inScope \(Integer\) = 1\s+name \(String\) = 网格一/);
    expect(info).toMatch(/residents \(Integer\) = \(null\)\s+ratio \(Real\) = 12\.125\s+inScope \(Integer\) = 0\s+name \(String\) = b/);
  });

  it('cuts field names to 10 characters and keeps them unique', () => {
    expect(dbfFieldNames(['categoryName', 'categoryNameEn', 'name', '名称'])).toEqual(['categoryNa', 'category_2', 'name', 'field']);
  });

  it('refuses a zip without its .shp, naming the part', () => {
    const entries = [...readZip(writeShapefileZip(places, 'p'))].filter(([n]) => !n.endsWith('.shp')).map(([name, data]) => ({ name, data }));
    expect(refusal(() => readShapefileZip(writeZip(entries)))).toEqual({ field: '.shp', code: 'file_missing_part' });
  });

  it('refuses a zip holding no Shapefile at all, saying so rather than naming a layer it does not have', () => {
    for (const entries of [[], [{ name: 'readme.txt', data: Buffer.from('方案') }]]) {
      const zip = writeZip(entries);
      expect(refusal(() => readShapefileZip(zip))).toEqual({ field: '.shp', code: 'file_no_shapefile' });
      const { code, params } = refusalError(() => readShapefileZip(zip));
      expect(say('zh-CN', code, params)).toBe('压缩包中没有 Shapefile（.shp 文件）；请把同名的 .shp、.dbf（及 .prj）文件一起压缩后上传');
      expect(say('en', code, params)).toMatch(/^the ZIP holds no Shapefile \(\.shp file\)/);
    }
  });

  it('refuses a zip without its .dbf, naming the part', () => {
    const entries = [...readZip(writeShapefileZip(places, 'p'))].filter(([n]) => !n.endsWith('.dbf')).map(([name, data]) => ({ name, data }));
    expect(refusal(() => readShapefileZip(writeZip(entries)))).toEqual({ field: '.dbf', code: 'file_missing_part' });
  });

  it('refuses a .prj it cannot read, naming the .prj', () => {
    const entries = [...readZip(writeShapefileZip(places, 'p'))].map(([name, data]) => ({ name, data: name.endsWith('.prj') ? Buffer.from('这不是坐标系') : data }));
    expect(refusal(() => readShapefileZip(writeZip(entries)))).toEqual({ field: '.prj', code: 'file_bad_prj' });
  });

  it('refuses a zip that unpacks to more than the limit (a zip bomb)', () => {
    const bomb = writeZip([{ name: 'p.dbf', data: Buffer.alloc(2_000_000) }]);
    expect(bomb.length).toBeLessThan(10_000);
    expect(() => readZip(bomb, 1_000_000)).toThrow(/unpack/);
    expect(readZip(bomb, 3_000_000).get('p.dbf')!.length).toBe(2_000_000);
  });

  it('refuses bytes that are not a zip', () => {
    expect(refusal(() => readShapefileZip(Buffer.from('name,lon,lat\n')))).toEqual({ field: 'body', code: 'file_not_zip' });
  });

  it('reads a Shapefile without a .prj as CRS84, with a warning', () => {
    const entries = [...readZip(writeShapefileZip(places, 'p'))].filter(([n]) => !n.endsWith('.prj')).map(([name, data]) => ({ name, data }));
    const back = readShapefileZip(writeZip(entries));
    expect(back.crs).toBe('CRS84');
    expect(back.warnings.map((w) => w.code)).toEqual(['file_warn_no_prj']);
  });
});

describe('attribute encodings', () => {
  const dbfOf = (text: Buffer) => Buffer.concat([Buffer.from([3, 0, 0, 0, 0, 0, 0, 0, 33, 0]), Buffer.alloc(23), text]);

  it('take GBK for text that is not UTF-8 but is GBK', () => {
    expect(detectDbfEncoding(dbfOf(iconv.encode('达川区 三里坪街道', 'gbk')))).toBe('gbk');
  });

  it('take UTF-8 for UTF-8 text and for plain ASCII', () => {
    expect(detectDbfEncoding(dbfOf(Buffer.from('达川区 三里坪街道')))).toBe('utf-8');
    expect(detectDbfEncoding(dbfOf(Buffer.from('Dachuan')))).toBe('utf-8');
  });

  it('are read as the .cpg says, with a warning when it says UTF-8 over GBK text', () => {
    const zip = writeShapefileZip(places, 'p');
    const entries = [...readZip(zip)].map(([name, data]) => ({ name, data }));
    const dbf = entries.find((e) => e.name === 'p.dbf')!;
    const headerLength = dbf.data.readUInt16LE(8);
    const text = dbf.data.subarray(headerLength).toString('utf8');
    dbf.data = Buffer.concat([dbf.data.subarray(0, headerLength), iconv.encode(text, 'gbk')]);
    const back = readShapefileZip(writeZip(entries));
    expect(back.encoding).toBe('utf-8');
    expect(back.warnings).toEqual([{ code: 'file_warn_encoding_differs', params: { asked: 'utf-8', detected: 'gbk' } }]);
  });

  it('read the .cpg words GIS tools write', () => {
    expect(['UTF-8', '65001', '936', 'ANSI 936', 'GBK', 'gb2312', 'nonsense'].map(encodingOfCpg)).toEqual(['utf-8', 'utf-8', 'gbk', 'gbk', 'gbk', 'gbk', null]);
  });
});

describe('coordinate systems', () => {
  const gdal = (srs: string, x: number, y: number) =>
    execFileSync('gdaltransform', ['-s_srs', srs, '-t_srs', 'EPSG:4326', '-output_xy'], { input: `${x} ${y}\n` }).toString().trim().split(/\s+/).map(Number);
  const metres = (a: number[], b: number[]) => Math.hypot((a[0] - b[0]) * 111_320 * Math.cos((a[1] * Math.PI) / 180), (a[1] - b[1]) * 110_540);

  it('take a CGCS2000 3-degree GK zone 36 point (EPSG:4524) to within 1 m of GDAL', () => {
    const xy = [36_452_268.6, 3_453_000];
    expect(metres(crsFromEpsg(4524).toCrs84(xy), gdal('EPSG:4524', xy[0], xy[1]))).toBeLessThan(1);
  });

  it('take a zone 35 (EPSG:4523) point and a CM 108°E (EPSG:4545) point to within 1 m of GDAL', () => {
    expect(metres(crsFromEpsg(4523).toCrs84([35_714_000, 3_456_000]), gdal('EPSG:4523', 35_714_000, 3_456_000))).toBeLessThan(1);
    expect(metres(crsFromEpsg(4545).toCrs84([452_268, 3_453_000]), gdal('EPSG:4545', 452_268, 3_453_000))).toBeLessThan(1);
  });

  it('take Web Mercator (EPSG:3857, and the ESRI .prj GDAL writes for it) to within 1 m of GDAL', () => {
    const xy = [11_966_800, 3_662_300];
    const expected = gdal('EPSG:3857', xy[0], xy[1]);
    expect(metres(crsFromEpsg(3857).toCrs84(xy), expected)).toBeLessThan(1);
    const esri = crsFromWkt(execFileSync('gdalsrsinfo', ['-o', 'wkt_esri', '--single-line', 'EPSG:3857']).toString());
    expect(metres(esri.toCrs84(xy), expected)).toBeLessThan(1);
  });

  it('read the ESRI .prj GDAL writes for EPSG:4524', () => {
    const crs = crsFromWkt(execFileSync('gdalsrsinfo', ['-o', 'wkt_esri', '--single-line', 'EPSG:4524']).toString());
    expect(crs.name).toBe('CGCS2000_3_Degree_GK_Zone_36');
    expect(metres(crs.toCrs84([36_452_268.6, 3_453_000]), gdal('EPSG:4524', 36_452_268.6, 3_453_000))).toBeLessThan(1);
  });
});

describe('GeoPackages', () => {
  it('round-trip a grid and points with Chinese names', () => {
    const back = readGeoPackage(writeGeoPackage([grid], 'grids', '网格'));
    expect(back.layer).toBe('grids');
    expect(back.crs).toBe('EPSG:4326');
    expect(back.features[0].properties).toEqual({ name: '三里坪街道第一网格', leaderName: '张伟' });
    expect(back.features[0].geometry).toEqual(grid.geometry);
    const points = readGeoPackage(writeGeoPackage(places, 'key_places', '重点场所'));
    expect(points.features.map((f) => f.properties!.name)).toEqual(['达川区人民政府', '西外小学“南校区”']);
  });

  it('are valid for GDAL (ogrinfo reads the layer, its CRS and the Chinese names)', () => {
    const path = join(dir, 'places.gpkg');
    writeFileSync(path, writeGeoPackage(places, 'key_places', '重点场所'));
    const info = execFileSync('ogrinfo', ['-al', path]).toString();
    expect(info).toMatch(/Layer name: key_places/);
    expect(info).toMatch(/Geometry: Point/);
    expect(info).toMatch(/Feature Count: 2/);
    expect(info).toContain('达川区人民政府');
    expect(info).toMatch(/ID\["EPSG",4326\]|AUTHORITY\["EPSG","4326"\]/);
  });

  it('declare booleans BOOLEAN and whole numbers INTEGER, as GDAL reads them', () => {
    const path = join(dir, 'typed.gpkg');
    writeFileSync(path, writeGeoPackage(places, 'key_places', '重点场所'));
    const info = execFileSync('ogrinfo', ['-ro', '-so', '-al', path]).toString();
    expect(info).toMatch(/^open: Integer\(Boolean\) /m);
    expect(info).toMatch(/^households: Integer64 /m);
    expect(info).toMatch(/^name: String /m);
  });

  it('refuse a file that is not an SQLite database', () => {
    expect(refusal(() => readGeoPackage(Buffer.from('{"type":"FeatureCollection"}')))).toEqual({ field: 'body', code: 'file_not_geopackage' });
  });
});

describe('CSV', () => {
  it('writes lon and lat for points and WKT for other geometries, with a BOM', () => {
    const fc: FeatureCollection = { type: 'FeatureCollection', features: [places[0], grid] };
    const csv = writeFeaturesCsv(fc.features);
    const [header, first, second] = csv.split('\r\n');
    expect(header).toBe('\uFEFFid,name,households,categoryName,open,leaderName,lon,lat,wkt');
    expect(first).toBe('K1,达川区人民政府,12,政府机关,true,,107.502,31.214,');
    expect(second).toMatch(/^511703001001001,三里坪街道第一网格,,,,张伟,,,"MULTIPOLYGON\(\(\(107\.5 31\.2,/);
  });

  it('writes one id column when a feature’s id is also a property (an incident’s number)', () => {
    const incident: Feature<Point> = { type: 'Feature', id: 7, geometry: { type: 'Point', coordinates: [107.5, 31.2] }, properties: { id: 7, source: '110' } };
    const [header, row] = writeFeaturesCsv([incident]).split('\r\n');
    expect(header).toBe('\uFEFFid,source,lon,lat');
    expect(row).toBe('7,110,107.5,31.2');
  });
});
