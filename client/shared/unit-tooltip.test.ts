import { describe, expect, it } from 'vitest';
import type { UnitPosition } from '../../core/contracts/field';
import { createTranslator } from '../i18n/messages';
import { describeUnitPick } from './unit-tooltip';

const t = createTranslator('zh-CN');
const at = (iso: string) => iso.slice(11, 16);
const unit: UnitPosition = { patrolId: 'p1', name: '郑辉', force: 'grid', position: [107.5, 31.2], at: '2026-12-07T09:30:00.000Z', accuracyM: 8, place: '梧桐梁社区第1网格' };

describe('describeUnitPick', () => {
  it('names a unit on patrol, its force, where and when it was last located', () => {
    expect(describeUnitPick({ layer: { id: 'unit-positions' } as never, object: unit }, t, at)).toBe('郑辉（网格员，巡逻中）\n梧桐梁社区第1网格 · 09:30 定位');
    expect(describeUnitPick({ layer: { id: 'unit-positions' } as never, object: { ...unit, force: 'police', place: null } }, t, at)).toBe('郑辉（民警，巡逻中）\n不在任何网格内 · 09:30 定位');
  });
  it('says nothing of another layer’s object', () => {
    expect(describeUnitPick({ layer: { id: 'dosage-places' } as never, object: unit }, t, at)).toBeNull();
  });
});
