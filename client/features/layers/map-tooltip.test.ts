import type { PickingInfo } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/messages';
import { describePickedObject } from './map-tooltip';
import { describeRegisterPick } from './register-tooltip';

const pick = (layerId: string, properties: object | null) =>
  ({ layer: { id: layerId }, object: properties && { type: 'Feature', geometry: null, properties } }) as unknown as Pick<PickingInfo, 'layer' | 'object'>;

const grid = { code: 'G1', name: '梧桐梁社区第1网格', households: 368, residents: 1071, beatCode: 'PS01-J01', beatName: '三里坪派出所第1警格' };

describe('describePickedObject', () => {
  it('names a grid with its households, residents and beat', () => {
    expect(describePickedObject(pick('grid-fill', grid), createTranslator('zh-CN'))).toBe(
      '梧桐梁社区第1网格\n户数：368\n实有人口：1,071\n警格：三里坪派出所第1警格',
    );
  });

  it('names the beat by its name, never by its internal code', () => {
    const text = describePickedObject(pick('grid-fill', grid), createTranslator('en'));
    expect(text).toContain('Beat: 三里坪派出所第1警格');
    expect(text).not.toContain('PS01-J01');
  });

  it('speaks the interface language', () => {
    expect(describePickedObject(pick('grid-fill', grid), createTranslator('en'))).toContain('Households: 368');
  });

  it('names a key place with its kind', () => {
    const text = describePickedObject(pick('key-places', { name: '达川区行政中心', kind: 'government' }), createTranslator('en'));
    expect(text).toBe('达川区行政中心\nKey place · Government');
  });

  it('says where a dispute is, between what it is and its score', () => {
    const dispute = { code: 'MD0331', type: 'neighbour', status: 'mediating', riskScore: 65, riskLevel: 'high', overdue: false, placeName: '金华社区第2网格' };
    expect(describeRegisterPick(pick('dispute-risk', dispute), 'households', undefined, createTranslator('zh-CN'))).toBe(
      'MD0331 邻里纠纷 · 调解中\n金华社区第2网格\n民转刑预警 65 分（高）',
    );
  });

  it('answers null over nothing and over layers without a tooltip', () => {
    expect(describePickedObject(pick('grid-fill', null), createTranslator('en'))).toBeNull();
    expect(describePickedObject(pick('beat-outline', { name: 'x' }), createTranslator('en'))).toBeNull();
  });
});
