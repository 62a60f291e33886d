import { describe, expect, it } from 'vitest';
import { roles } from '../../core/contracts/auth';
import { createTranslator } from '../i18n/messages';
import { describeJurisdiction, describeRole, describeScope } from './describe-user';

const zh = createTranslator('zh-CN');
const en = createTranslator('en');

describe('describeRole', () => {
  it('names every role in both languages', () => {
    for (const role of roles) {
      expect(describeRole(role, zh)).not.toBe(role);
      expect(describeRole(role, en)).not.toBe(role);
    }
    expect(describeRole('grid_leader', zh)).toBe('网格长');
  });

  it('shows an unknown role as its code', () => {
    expect(describeRole('auditor', zh)).toBe('auditor');
  });
});

describe('describeScope', () => {
  it('names the whole district', () => {
    expect(describeScope({ kind: 'district', codes: [] }, zh)).toBe('全区');
    expect(describeScope({ kind: 'district', codes: [] }, en)).toBe('whole district');
  });

  it('lists the grids of a grid scope', () => {
    expect(describeScope({ kind: 'grids', codes: ['511703001001001'] }, zh)).toBe('网格 511703001001001');
    expect(describeScope({ kind: 'grids', codes: ['A', 'B'] }, en)).toBe('grids A, B');
  });
});

describe('describeJurisdiction', () => {
  const grid = { kind: 'grids' as const, codes: ['511703001001001'] };

  it('names a grid leader\'s grid by its name, not its code', () => {
    const line = describeJurisdiction({ scope: grid, jurisdiction: { level: 'grid', names: ['梧桐梁社区第1网格'] } }, zh);
    expect(line).toBe('网格 梧桐梁社区第1网格');
    expect(line).not.toContain('511703001001001');
  });

  it('names a whole community, a beat and the district', () => {
    const community = { scope: { kind: 'grids' as const, codes: ['A', 'B'] }, jurisdiction: { level: 'community' as const, names: ['梧桐梁社区'] } };
    expect(describeJurisdiction(community, zh)).toBe('社区 梧桐梁社区');
    const beat = { scope: { kind: 'beat' as const, codes: ['B01'] }, jurisdiction: { level: 'beat' as const, names: ['三里坪派出所第1警格'] } };
    expect(describeJurisdiction(beat, zh)).toBe('警格 三里坪派出所第1警格');
    expect(describeJurisdiction({ scope: { kind: 'district', codes: [] }, jurisdiction: { level: 'district', names: [] } }, zh)).toBe('全区');
  });

  it('falls back to the codes when the server named nothing', () => {
    expect(describeJurisdiction({ scope: grid }, zh)).toBe('网格 511703001001001');
    expect(describeJurisdiction({ scope: grid, jurisdiction: { level: 'grid', names: [] } }, zh)).toBe('网格 511703001001001');
  });
});
