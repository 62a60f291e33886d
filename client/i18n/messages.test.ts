import { describe, expect, it } from 'vitest';
import { en } from './en';
import { createTranslator } from './messages';
import { zhCN } from './zh-CN';

describe('interface messages', () => {
  it('has the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('has the same placeholders in both languages for every key', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
  });

  it('fills placeholders, formatting numbers for the language', () => {
    expect(createTranslator('en')('tooltipHouseholds', { value: 1234 })).toBe('Households: 1,234');
    expect(createTranslator('zh-CN')('figureGridLeadersOf', { total: 208 })).toBe('共 208 名网格长');
  });

  it('leaves a placeholder without a value as written', () => {
    expect(createTranslator('en')('tooltipBeat')).toBe('Beat: {value}');
  });
});
