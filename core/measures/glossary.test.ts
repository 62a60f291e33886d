import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeMeasure, glossary, glossaryMarkdown, measureKeys } from './glossary';

describe('the glossary of measures', () => {
  it('names every measure in Chinese and English, each with what it counts and its period', () => {
    for (const key of measureKeys) {
      for (const language of ['zh-CN', 'en'] as const) {
        const w = glossary[key][language];
        expect([w.name, w.counts, w.period].every((s) => s.trim().length > 0), `${key} ${language}`).toBe(true);
      }
    }
    expect(new Set(measureKeys.map((k) => glossary[k]['zh-CN'].name)).size).toBe(measureKeys.length);
  });

  it('gives one meaning to each 核验率: buildings and residents, each over 90 days', () => {
    expect(describeMeasure('buildingsVerifiedShare', 'zh-CN')).toBe('楼栋核验率：最近一次核验在 90 天内的楼栋 ÷ 全部楼栋（近 90 天）');
    expect(describeMeasure('residentsVerifiedShare', 'en')).toBe('Residents verified: residents whose record was verified within 90 days ÷ residents (last 90 days)');
  });

  it('is the table the README shows (regenerate it with glossaryMarkdown() when the words change)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = /<!-- glossary:start -->\n([\s\S]*?)\n<!-- glossary:end -->/.exec(readme);
    expect(section?.[1]).toBe(glossaryMarkdown());
  });
});
