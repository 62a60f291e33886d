import { describe, expect, it } from 'vitest';
import { parseRegistryCsv, parseRegistryGeoJson } from './parse-registry-file';
import type { RegistryProblem } from './registry-problem';
import { validateRegistryRows, referencedCodes, type RegistryReferences } from './validate-registry-rows';

const refs: RegistryReferences = {
  buildings: new Map([['B1', 'G1'], ['B2', 'G1']]),
  addresses: new Map([['A1', 'B1'], ['A2', 'B2']]),
  houses: new Map([['H1', 'B1']]),
  existingKeys: new Set(['R9']),
};
const today = '2026-03-01';
// A problem in short: a schema's issue by its English sentence, a message code with its parameters in order.
const reasons = (v: { rejected: RegistryProblem[] }) =>
  v.rejected.map((p) => ({ row: p.row, field: p.field, reason: 'issue' in p ? p.issue.message : [p.code, ...Object.values(p.params).map(String)].join(' ') }));
const residentHeader = 'id,name,id_number,phone,building_code,house_number,kind,moved_in_on,moved_out_on,house_code';
const good = (id: string, idNumber = '11010519491231002X') => `${id},张三,${idNumber},13812345678,B1,1单元101室,registered,2020-01-01,,H1`;

describe('validateRegistryRows', () => {
  it('accepts valid rows with their building and grid', () => {
    const file = parseRegistryCsv(`${residentHeader}\n${good('R1')}\n`, 'residents');
    const v = validateRegistryRows('residents', file, refs, { today });
    expect(v.rejected).toEqual([]);
    expect(v.accepted).toEqual([{ row: 2, values: expect.objectContaining({ id: 'R1', kind: 'registered', moved_out_on: undefined }), buildingCode: 'B1', gridCode: 'G1', point: null }]);
  });

  it('reports each bad row with its line, column and reason, and accepts none of them', () => {
    const text = [
      residentHeader,
      good('R1'),
      good('R2', '511703199001011239'), // wrong check character
      `R3,李四,110105194912310011,,B404,1单元101室,floating,2020-01-01,,`, // unknown building
      `R4,王五,511703199001011238,,B1,1单元101室,floating,2021-05-01,2021-04-30,`, // out before in
      `R5,,511703198505120046,,B1,1单元101室,renter,2027-01-01,,H1`, // no name, bad kind, moved in after today
    ].join('\n');
    const v = validateRegistryRows('residents', parseRegistryCsv(text, 'residents'), refs, { today });
    expect(reasons(v)).toEqual([
      { row: 3, field: 'id_number', reason: 'id_number has a wrong check character (GB 11643)' },
      { row: 4, field: 'building_code', reason: 'registry_no_building B404' },
      { row: 5, field: 'moved_out_on', reason: 'moved_out_on is before moved_in_on' },
      { row: 6, field: 'name', reason: 'registry_required name' },
      { row: 6, field: 'kind', reason: 'kind must be registered or floating' },
      { row: 6, field: 'moved_in_on', reason: 'registry_after_today moved_in_on 2027-01-01 2026-03-01' },
    ]);
    expect(v.accepted.map((a) => a.values.id)).toEqual(['R1']);
  });

  it('refuses keys and ID numbers repeated within the file, and keys the database already has', () => {
    const text = [residentHeader, good('R1'), good('R1'), good('R9', '110105194912310011')].join('\n');
    const v = validateRegistryRows('residents', parseRegistryCsv(text, 'residents'), refs, { today });
    expect(reasons(v)).toEqual([
      { row: 3, field: 'id', reason: 'registry_repeats_value id R1 2' },
      { row: 3, field: 'id_number', reason: 'registry_repeats id_number 2' },
      { row: 4, field: 'id', reason: 'registry_exists id R9' },
    ]);
  });

  it('refuses a resident’s house in another building', () => {
    const text = [residentHeader, `R1,张三,11010519491231002X,,B2,1单元101室,registered,2020-01-01,,H1`].join('\n');
    expect(reasons(validateRegistryRows('residents', parseRegistryCsv(text, 'residents'), refs, { today }))).toEqual([
      { row: 2, field: 'house_code', reason: 'registry_house_elsewhere H1 B2' },
    ]);
  });

  it('takes a house’s building from its address, and checks rental dates and repeated flats', () => {
    const text = ['code,address_code,number,use,rental_start,rental_end', 'H2,A2,101,rented,2025-01-01,2026-01-01', 'H3,A2,101,vacant,,', 'H4,A1,102,rented,,', 'H5,A1,103,rented,2025-01-01,2024-01-01', 'H6,A9,104,vacant,,'].join('\n');
    const v = validateRegistryRows('houses', parseRegistryCsv(text, 'houses'), refs, { today });
    expect(v.accepted).toEqual([expect.objectContaining({ row: 2, buildingCode: 'B2', gridCode: 'G1' })]);
    expect(reasons(v)).toEqual([
      { row: 3, field: 'number', reason: 'registry_house_repeats 101 A2 2' },
      { row: 4, field: 'rental_start', reason: 'rental_start is required for a rented house' },
      { row: 5, field: 'rental_end', reason: 'rental_end is before rental_start' },
      { row: 6, field: 'address_code', reason: 'registry_no_address A9' },
    ]);
  });

  it('keeps the parse problems of the file and a GeoJSON feature’s point', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: 'O1', name: '顺心超市', kind: 'shop', address_code: 'A1' }, geometry: { type: 'Point', coordinates: [107.5, 31.2] } },
        { type: 'Feature', properties: { code: 'O2', name: '网咖', kind: 'internet_cafe', address_code: 'A1' }, geometry: { type: 'Polygon', coordinates: [] } },
      ],
    };
    const v = validateRegistryRows('organisations', parseRegistryGeoJson(fc, 'organisations'), refs, { today });
    expect(v.accepted).toEqual([expect.objectContaining({ row: 1, point: [107.5, 31.2], buildingCode: 'B1' })]);
    expect(v.rejected.map((r) => [r.row, r.field])).toEqual([[2, 'geometry']]);
  });

  it('lists the codes a file names', () => {
    const file = parseRegistryCsv(`${residentHeader}\n${good('R1')}\n${good('R2')}`, 'residents');
    expect(referencedCodes('residents', file.rows)).toEqual({ keys: ['R1', 'R2'], buildings: ['B1'], addresses: [], houses: ['H1'] });
  });

  it('does not mutate the parsed file', () => {
    const file = parseRegistryCsv(`${residentHeader}\n${good('R1')}\nR2,,,,,,,,,\n`, 'residents');
    const copy = structuredClone(file);
    validateRegistryRows('residents', file, refs, { today });
    expect(file).toEqual(copy);
  });
});
