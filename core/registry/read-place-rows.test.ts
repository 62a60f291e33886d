import { describe, expect, it } from 'vitest';
import { placeCodesOf, readPlaceRows } from './read-place-rows';

const ring = [[107.5, 31.2, 5], [107.5001, 31.2, 5], [107.5001, 31.2001, 5], [107.5, 31.2, 5]];
const feature = (properties: Record<string, unknown>, geometry: unknown) => ({ type: 'Feature', properties, geometry });
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('readPlaceRows', () => {
  it('reads a building from a one-part MultiPolygon in two dimensions, with column names in any case', () => {
    const file = readPlaceRows('buildings', fc(feature({ CODE: ' B1 ', Name: '一号楼', floors: 6, extra: 'x' }, { type: 'MultiPolygon', coordinates: [[ring]] })), new Set());
    expect(file.problems).toEqual([]);
    expect(file.ignoredColumns).toEqual(['extra']);
    expect(file.rows).toEqual([{
      row: 1, code: 'B1', name: '一号楼', floors: 6, households: 0, compoundCode: null, kind: null,
      geometry: { type: 'Polygon', coordinates: [ring.map(([x, y]) => [x, y])] },
    }]);
  });

  it('refuses missing columns, bad numbers, open rings, many-part polygons, repeated and taken codes', () => {
    const open = ring.slice(0, 3).concat([[107.6, 31.3, 0]]);
    const file = readPlaceRows('buildings', fc(
      feature({ name: '楼' }, { type: 'Polygon', coordinates: [ring] }),
      feature({ code: 'B1', name: '楼', floors: '2.5', households: -1 }, { type: 'Polygon', coordinates: [open] }),
      feature({ code: 'B2', name: '楼', floors: 3 }, { type: 'MultiPolygon', coordinates: [[ring], [ring]] }),
      feature({ code: 'B3', name: '楼', floors: 3 }, { type: 'Polygon', coordinates: [ring] }),
      feature({ code: 'B3', name: '楼', floors: 3 }, { type: 'Polygon', coordinates: [ring] }),
      feature({ code: 'OLD', name: '楼', floors: 3 }, { type: 'Polygon', coordinates: [ring] }),
    ), new Set(['OLD']));
    expect(file.problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [1, 'code', 'place_required'], [1, 'floors', 'place_required'],
      [2, 'floors', 'place_floors'], [2, 'households', 'place_households'], [2, 'geometry', 'place_polygon_expected'],
      [3, 'geometry', 'place_polygon_expected'],
      [5, 'code', 'place_code_repeats'],
      [6, 'code', 'place_code_exists'],
    ]);
    expect(file.rows.map((r) => r.row)).toEqual([4]);
  });

  it('reads key places as points of a known kind', () => {
    const file = readPlaceRows('key_places', fc(
      feature({ code: 'K1', name: '学校', kind: 'school' }, { type: 'Point', coordinates: [107.5, 31.2] }),
      feature({ code: 'K2', name: '动物园', kind: 'zoo' }, { type: 'Point', coordinates: [107.5, 31.2] }),
      feature({ code: 'K3', name: '学校', kind: 'school' }, { type: 'Point', coordinates: [207.5, 31.2] }),
    ), new Set());
    expect(file.rows.map((r) => [r.code, r.kind])).toEqual([['K1', 'school']]);
    expect(file.problems.map((p) => [p.row, p.field, p.code])).toEqual([[2, 'kind', 'place_kind'], [3, 'geometry', 'place_point_expected']]);
  });

  it('refuses what is not a FeatureCollection or holds no rows, and lists a file’s codes once', () => {
    expect(readPlaceRows('buildings', { type: 'Feature' }, new Set()).problems.map((p) => p.code)).toEqual(['place_not_collection']);
    expect(readPlaceRows('buildings', fc(), new Set()).problems.map((p) => p.code)).toEqual(['place_no_rows']);
    expect(placeCodesOf(fc(feature({ Code: 'A ' }, null), feature({ code: 'A' }, null), feature({}, null)))).toEqual(['A']);
  });
});
