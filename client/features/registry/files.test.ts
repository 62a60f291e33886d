import { describe, expect, it } from 'vitest';
import { countExportedRecords, exportMimeType } from './export-file';
import { csvHeaderOf, importFormatOf, isPlaceKind, refusalCounts, uploadFormatOf } from './import-file';

describe('import files', () => {
  it('reads .csv as CSV and .geojson or .json as GeoJSON, whatever the content', () => {
    expect(importFormatOf('居民.CSV', '{')).toBe('csv');
    expect(importFormatOf('houses.geojson', 'code,number')).toBe('geojson');
    expect(importFormatOf('houses.json', '')).toBe('geojson');
  });

  it('looks at the first character when the name says nothing', () => {
    expect(importFormatOf('export', '\uFEFF  {"type":"FeatureCollection"}')).toBe('geojson');
    expect(importFormatOf('export', 'id,name,id_number')).toBe('csv');
  });

  it('sends .zip as a zipped Shapefile and .gpkg as a GeoPackage, and other files as text', () => {
    expect(['地址.ZIP', 'addresses.gpkg', 'addresses.csv', 'addresses.geojson'].map(uploadFormatOf)).toEqual(['shp', 'gpkg', null, null]);
  });

  it('gives the header of a kind as the README lists it', () => {
    expect(csvHeaderOf('addresses')).toBe('code,building_code,label');
  });

  it('tells buildings and key places, which need geometry and no building code, from the registers', () => {
    expect(csvHeaderOf('buildings')).toBe('code,name,floors,households,compound_code');
    expect(csvHeaderOf('key_places')).toBe('code,name,kind');
    expect(['buildings', 'key_places', 'residents', 'addresses'].map((k) => isPlaceKind(k as never))).toEqual([true, true, false, false]);
  });

  it('counts the distinct refused rows and all problems', () => {
    const rejected = [{ row: 4, field: 'id_number', reason: 'a' }, { row: 4, field: 'phone', reason: 'b' }, { row: 7, field: 'building_code', reason: 'c' }];
    expect(refusalCounts({ rejected })).toEqual({ rows: 2, problems: 3 });
  });
});

describe('export files', () => {
  it('types a GeoJSON export as GeoJSON', () => {
    expect(exportMimeType('geojson')).toBe('application/geo+json');
  });

  it('counts CSV records after the header, with a quoted line break inside one and no final newline', () => {
    expect(countExportedRecords('csv', 'code,label\r\nA-1,"一\n二"\r\nA-2,三')).toBe(2);
    expect(countExportedRecords('csv', '\uFEFFcode,label\r\n')).toBe(0);
    expect(countExportedRecords('csv', '')).toBe(0);
  });

  it('counts GeoJSON features', () => {
    expect(countExportedRecords('geojson', JSON.stringify({ type: 'FeatureCollection', features: [{}, {}, {}] }))).toBe(3);
  });
});
