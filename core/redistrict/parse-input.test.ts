import { describe, expect, it } from 'vitest';
import { parseAdjacencyCsv } from './parse-adjacency-csv';
import { unitsFromGeojson } from './units-from-geojson';

const fields = { id: 'code', weight: 'households' };
const box = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
const feature = (properties: object, geometry: object | null = box) => ({ type: 'Feature', properties, geometry });

describe('unitsFromGeojson', () => {
  it('reads ids as strings and numeric strings as weights', () => {
    const units = unitsFromGeojson({ type: 'FeatureCollection', features: [feature({ code: 7, households: '12' })] }, fields);
    expect(units).toEqual([{ id: '7', weight: 12, geometry: box }]);
  });

  it('names the problem for bad input', () => {
    const fc = (...features: object[]) => ({ type: 'FeatureCollection', features });
    expect(() => unitsFromGeojson({ type: 'Feature' }, fields)).toThrow(/not GeoJSON/);
    expect(() => unitsFromGeojson(fc(), fields)).toThrow(/no features/);
    expect(() => unitsFromGeojson(fc(feature({ code: 1, households: 2 }), feature({ code: 2 })), fields)).toThrow(/feature 1 has no property "households"/);
    expect(() => unitsFromGeojson(fc(feature({ code: 1, households: 'many' })), fields)).toThrow(/feature 0: property "households" is not a number/);
    expect(() => unitsFromGeojson(fc(feature({ code: 1, households: 2 }, null)), fields)).toThrow(/unit 1 has an empty geometry/);
    const bowtie = { type: 'Polygon', coordinates: [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]] };
    expect(() => unitsFromGeojson(fc(feature({ code: 'x', households: 2 }, bowtie)), fields)).toThrow(/unit x has a self-intersecting geometry/);
  });
});

describe('parseAdjacencyCsv', () => {
  const ids = new Set(['1', '2', '3']);
  it('skips a header, strips quotes and keeps each pair once', () => {
    expect(parseAdjacencyCsv('a,b,len\n1,2,0.5\n"2","1",0.5\r\n2,3,1\n\n', ids)).toEqual([{ a: '1', b: '2' }, { a: '2', b: '3' }]);
  });
  it('names the line of an unknown id', () => {
    expect(() => parseAdjacencyCsv('1,2\n2,9\n', ids)).toThrow(/line 2: id 9 is not a unit/);
  });
});
