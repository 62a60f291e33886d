import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/messages';
import { describeAuditRecords, parseAuditRecord } from './audit-records';

const zh = createTranslator('zh-CN');
const en = createTranslator('en');
const planId = '1b51996a-8e1f-4184-be0e-e4f2f89ae261';

describe('an audit record split into key and value', () => {
  it('splits at the first colon only, so a value may hold colons', () => {
    expect(parseAuditRecord('q:张三:李四')).toEqual({ key: 'q', value: '张三:李四' });
  });

  it('leaves an id or a login without a key', () => {
    expect(parseAuditRecord(planId)).toEqual({ key: null, value: planId });
    expect(parseAuditRecord('liu.yang')).toEqual({ key: null, value: 'liu.yang' });
  });
});

describe('a grid plan’s audit records', () => {
  it('names the plan by its area and name, never by its id', () => {
    const records = [planId, 'plan_name:方案名', 'area:曹家梁社区'];
    for (const action of ['save_grid_draft', 'publish_grid_plan', 'delete_grid_draft', 'preview_grid_plan']) {
      expect(describeAuditRecords(action, records, zh), action).toBe('曹家梁社区 · 方案名');
    }
    expect(describeAuditRecords('preview_grid_plan', ['plan_name:明月江重划', 'area:明月江街道'], en)).toBe('明月江街道 · 明月江重划');
  });

  it('names a plan over no area by its name alone', () => {
    expect(describeAuditRecords('publish_grid_plan', [planId, 'plan_name:全区初始方案'], zh)).toBe('全区初始方案');
  });

  it('says what the id is in a row written before plans were named', () => {
    expect(describeAuditRecords('publish_grid_plan', [planId], zh)).toBe(`方案 ${planId}`);
    expect(describeAuditRecords('save_grid_draft', [planId], en)).toBe(`Plan ${planId}`);
  });
});

describe('an import’s audit records', () => {
  it('reads as a sentence in Chinese: kind, format, rows and rows written', () => {
    expect(describeAuditRecords('registry_import', ['kind:residents', 'format:csv', 'rows:2', 'written:0'], zh)).toBe('实有人口 · CSV · 2 行，写入 0 行');
    expect(describeAuditRecords('registry_import', ['kind:buildings', 'format:shp', 'rows:12', 'written:12'], zh)).toBe('楼栋 · Shapefile · 12 行，写入 12 行');
  });

  it('says a dry run only checked', () => {
    expect(describeAuditRecords('registry_import_check', ['kind:houses', 'format:gpkg', 'rows:40', 'written:0'], zh)).toBe('实有房屋 · GeoPackage · 40 行，仅校验');
    expect(describeAuditRecords('registry_import_check', ['kind:houses', 'format:geojson', 'rows:40', 'written:0'], en)).toBe('Houses · GeoJSON · rows: 40, checked only');
  });

  it('words each part it has when a part is missing, and keeps a kind it does not know', () => {
    expect(describeAuditRecords('registry_import', ['kind:parking', 'rows:3'], zh)).toBe('parking、3 行');
  });
});

describe('other audit records', () => {
  it('names the fields an account change changed as the account form does, after the account', () => {
    expect(describeAuditRecords('user_update', ['liu.yang', 'role', 'scope', 'personId'], zh)).toBe('liu.yang（身份、辖区、对应人员）');
    expect(describeAuditRecords('user_update', ['liu.yang', 'displayName', 'disabled'], en)).toBe('liu.yang (Display name, State)');
  });

  it('labels known keys in Chinese', () => {
    expect(describeAuditRecords('registry_export', ['grid:500107001001001', 'kind:residents', 'format:csv', 'rows:12', 'masked:true'], zh))
      .toBe('网格 500107001001001、实有人口、CSV、12 行、已脱敏');
    expect(describeAuditRecords('incident_create', ['items:1500', 'created:1498', 'replayed:2'], zh)).toBe('共 1,500 条、新增 1,498 条、重复提交 2 条');
    expect(describeAuditRecords('search_people', ['q:张三', 'R000123'], zh)).toBe('查询「张三」、R000123');
    expect(describeAuditRecords('read_plan_file', ['format:shp', 'features:208'], zh)).toBe('Shapefile、208 个要素');
    expect(describeAuditRecords('field_pings', ['field_patrol:0b6c2c1e', 'items:2'], zh)).toBe('巡逻 0b6c2c1e、共 2 条');
    expect(describeAuditRecords('field_check_in', ['field_check_in:5d1f', 'key_place:KP003'], zh)).toBe('签到 5d1f、重点部位 KP003');
  });

  it('keeps bare values and keys it does not know readable, as stored', () => {
    expect(describeAuditRecords('unmask', ['R000123'], zh)).toBe('R000123');
    expect(describeAuditRecords('user_update', ['liu.yang'], zh)).toBe('liu.yang');
    expect(describeAuditRecords('ogc_read_disputes', ['collection:disputes', '12'], zh)).toBe('collection:disputes、12');
    expect(describeAuditRecords('write', [], zh)).toBe('');
  });

  it('names a resident change’s fields as the residents table does, never their values', () => {
    expect(describeAuditRecords('resident_change', ['R000001', 'idNumber', 'phone', 'movedOutOn'], zh)).toBe('R000001（身份证号、电话、迁出日期）');
  });
});
