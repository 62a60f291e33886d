import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS } from '../contracts/registry';
import { optionalColumns, parseRegistryCsv, parseRegistryGeoJson } from './parse-registry-file';

const header = 'code,building_code,label';

describe('parseRegistryCsv', () => {
  it('numbers rows by their line in the file, the header being line 1, across blank lines and quoted line breaks', () => {
    const text = `\uFEFF${header}\r\nA1,B1,一\r\n\r\nA2,B2,"two\r\nlines"\r\nA3,B3,三\r\n`;
    const f = parseRegistryCsv(text, 'addresses');
    expect(f.rejected).toEqual([]);
    expect(f.rows.map((r) => r.row)).toEqual([2, 4, 6]);
    expect(f.rows[1].values).toEqual({ code: 'A2', building_code: 'B2', label: 'two\r\nlines' });
    const lf = parseRegistryCsv(`\n${header}\nA1,B1,一\n\n\nA2,B2,"t\nw\no"\nA3,B3,三`, 'addresses');
    expect(lf.rows.map((r) => r.row)).toEqual([3, 6, 9]);
  });

  it('reads columns in any order and case, trims values, and treats an empty cell as absent', () => {
    const f = parseRegistryCsv('Label , CODE,building_code,extra\n  一 ,A1,,x\n', 'addresses');
    expect(f.rows[0].values).toEqual({ label: '一', code: 'A1', building_code: undefined });
    expect(f.ignoredColumns).toEqual(['extra']);
  });

  it('refuses a header without a required column, and then reads no rows', () => {
    const f = parseRegistryCsv('code,label\nA1,一\n', 'addresses');
    expect(f.rejected).toEqual([{ row: 1, field: 'building_code', code: 'registry_missing_columns', params: { columns: ['building_code'] } }]);
    expect(f.rows).toEqual([]);
  });

  it('lets optional columns be left out of the header', () => {
    expect([...optionalColumns('residents')].sort()).toEqual(['house_code', 'moved_out_on', 'phone']);
    expect(parseRegistryCsv('code,address_code,number,use\nH1,A1,101,vacant\n', 'houses').rejected).toEqual([]);
  });

  it('refuses a row with more values than columns (an unquoted comma)', () => {
    const f = parseRegistryCsv(`${header}\nA1,B1,四川省,达州市\n`, 'addresses');
    expect(f.rejected).toEqual([{ row: 2, field: '', code: 'registry_value_count', params: { values: 4, columns: 3 } }]);
  });

  it('refuses text that is not CSV, an empty file, and a file without rows', () => {
    expect(parseRegistryCsv(`${header}\nA1,"B1,x\n`, 'addresses').rejected[0]).toMatchObject({ code: 'registry_not_csv' });
    expect(parseRegistryCsv('', 'addresses').rejected[0]).toMatchObject({ row: 0, code: 'registry_empty_file' });
    expect(parseRegistryCsv(`${header}\n`, 'addresses').rejected[0]).toMatchObject({ row: 0, code: 'registry_no_rows' });
  });

  it('refuses a file over the row limit without reading its rows', () => {
    const text = header + '\n' + 'A,B,C\n'.repeat(MAX_IMPORT_ROWS + 1);
    const f = parseRegistryCsv(text, 'addresses');
    expect(f.rows).toEqual([]);
    expect(f.rejected[0]).toMatchObject({ code: 'registry_too_many_rows', params: { max: 100_000 } });
  });
});

describe('parseRegistryGeoJson', () => {
  const fc = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { code: 'O1', Name: '顺心超市', kind: 'shop', address_code: 'A1', floors: 3 }, geometry: { type: 'Point', coordinates: [107.5, 31.2] } },
      { type: 'Feature', properties: { code: 'O2', name: 7, kind: 'shop', address_code: 'A1' }, geometry: null },
      { type: 'Feature', properties: { code: 'O3', name: { x: 1 } }, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } },
      { type: 'Nope' },
    ],
  };

  it('numbers rows by feature position and reads properties as text, points as [lng, lat]', () => {
    const f = parseRegistryGeoJson(fc, 'organisations');
    expect(f.rows.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(f.rows[0]).toMatchObject({ values: { code: 'O1', name: '顺心超市' }, point: [107.5, 31.2] });
    expect(f.rows[1]).toMatchObject({ values: { name: '7' }, point: null });
    expect(f.ignoredColumns).toEqual(['floors']);
  });

  it('refuses object properties, non-point geometry and non-features on their own rows', () => {
    const f = parseRegistryGeoJson(fc, 'organisations');
    expect(f.rejected.map((r) => [r.row, r.field])).toEqual([[3, 'name'], [3, 'geometry'], [4, '']]);
  });

  it('refuses what is not a FeatureCollection, and does not mutate its input', () => {
    const copy = structuredClone(fc);
    parseRegistryGeoJson(fc, 'organisations');
    expect(fc).toEqual(copy);
    expect(parseRegistryGeoJson({ type: 'Feature' }, 'organisations').rejected).toEqual([{ row: 0, field: 'type', code: 'registry_not_collection', params: {} }]);
  });
});
