import { describe, expect, it } from 'vitest';
import { areaFromGeojson } from './area-from-geojson';
import { parseIncidentCsv } from './parse-incident-csv';
import { HotspotInputError } from './types';

const csv = [
  'category,occ_date,lon,lat',
  'BURGLARY,2016-08-10,-122.61,45.49',
  'OTHER,2016-08-11,-122.62,45.50',
  'burglary,"2016-08-12T10:00",-122.63,45.51',
  'BURGLARY,not a date,-122.64,45.52',
  'BURGLARY,2016-08-13,,45.52',
  'BURGLARY,2016-08-14,0,0',
  'BURGLARY,2016-08-15,-222,45.52',
  'BURGLARY,2016-09-30,junk,junk',
].join('\r\n');
const columns = { lon: 'lon', lat: 'lat', time: 'occ_date' };

describe('parseIncidentCsv', () => {
  it('keeps good rows with their file lines and lists bad dates and coordinates by line', () => {
    const parsed = parseIncidentCsv(csv, columns);
    expect([...parsed.line]).toEqual([2, 3, 4]);
    expect([...parsed.day]).toEqual([17023, 17024, 17025 + 10 / 24]);
    expect([...parsed.lng]).toEqual([-122.61, -122.62, -122.63]);
    expect(parsed.bad.map((b) => b.line)).toEqual([5, 6, 7, 8, 9]);
    expect(parsed.bad[0].reason).toBe('date "not a date"');
    expect(parsed.considered).toBe(8);
  });

  it('filters by category (case-insensitive) and by day ranges before judging coordinates', () => {
    const parsed = parseIncidentCsv(csv, { ...columns, category: 'Burglary', dayRanges: [[17023, 17030]] });
    expect([...parsed.line]).toEqual([2, 4]);
    expect(parsed.bad.map((b) => b.line)).toEqual([5, 6, 7, 8]);
    expect(parsed.considered).toBe(6);
  });

  it('names every missing column and lists the columns there are', () => {
    expect(() => parseIncidentCsv(csv, { lon: 'x', lat: 'y', time: 'occ_date', category: 'A', categoryField: 'kind' })).toThrow(
      'the incident file has no column "x", "y", "kind" (its columns: category, occ_date, lon, lat)',
    );
  });

  it('refuses an empty file and text that is not CSV', () => {
    expect(() => parseIncidentCsv('', columns)).toThrow(HotspotInputError);
    expect(() => parseIncidentCsv('a,b\n"unclosed,1', columns)).toThrow(/not valid CSV/);
  });
});

describe('areaFromGeojson', () => {
  it('gathers every polygon of a collection into one MultiPolygon and ignores other geometries', () => {
    const square = [[[0, 0], [1, 0], [1, 1], [0, 0]]];
    const area = areaFromGeojson({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: square } },
        { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: [square, square] } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] } },
        { type: 'Feature', geometry: null },
      ],
    });
    expect(area.coordinates).toHaveLength(3);
  });

  it('refuses GeoJSON without a polygon', () => {
    expect(() => areaFromGeojson({ type: 'Point', coordinates: [0, 0] })).toThrow(/no Polygon/);
    expect(() => areaFromGeojson([1, 2])).toThrow(HotspotInputError);
  });
});
