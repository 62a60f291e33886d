import { describe, expect, it } from 'vitest';
import { en } from './en';
import { createTranslator } from './messages';
import { zhCN } from './zh-CN';

/** Every key path of a catalogue ('a.b' for nested objects), so a nested area would be compared too. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, prefix ? `${prefix}.${key}` : key));
}

/** The keys each side lacks, named, so a failure says what to add rather than showing two long lists. */
function missingKeys(zh: unknown, english: unknown) {
  const zhKeys = new Set(keyPaths(zh));
  const enKeys = new Set(keyPaths(english));
  return { missingInEnglish: [...zhKeys].filter((k) => !enKeys.has(k)), missingInChinese: [...enKeys].filter((k) => !zhKeys.has(k)) };
}

// The catalogues are written one file an area (issue 13, item 7); the types check each area, this checks the result.
const areaFiles = (modules: Record<string, Record<string, unknown>>) =>
  Object.fromEntries(Object.entries(modules).map(([path, module]) => [path.replace(/^.*\//, ''), Object.values(module)[0]]));
const zhAreas = areaFiles(import.meta.glob<Record<string, unknown>>('./zh-CN/*.ts', { eager: true }));
const enAreas = areaFiles(import.meta.glob<Record<string, unknown>>('./en/*.ts', { eager: true }));

describe('interface messages', () => {
  it('has the same keys in Chinese and English', () => {
    expect(missingKeys(zhCN, en)).toEqual({ missingInEnglish: [], missingInChinese: [] });
  });

  it('names a key that only one language has', () => {
    expect(missingKeys({ a: 'x', b: { c: 'y' } }, { a: 'x', d: 'z' })).toEqual({ missingInEnglish: ['b.c'], missingInChinese: ['d'] });
  });

  it('has the same area files in both languages, with the same keys in each', () => {
    expect(Object.keys(enAreas).sort()).toEqual(Object.keys(zhAreas).sort());
    for (const [file, area] of Object.entries(zhAreas)) expect(missingKeys(area, enAreas[file]), file).toEqual({ missingInEnglish: [], missingInChinese: [] });
  });

  it('puts every key in exactly one area, so composing the areas overrides nothing', () => {
    const perArea = Object.values(zhAreas).flatMap((area) => Object.keys(area as object));
    expect(perArea.length).toBe(new Set(perArea).size);
    expect(perArea.length).toBe(Object.keys(zhCN).length);
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
