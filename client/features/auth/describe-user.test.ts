import { describe, expect, it } from 'vitest';
import { roles } from '../../../core/contracts/auth';
import { createTranslator } from '../../i18n/messages';
import { describeRole, describeScope } from './describe-user';

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
