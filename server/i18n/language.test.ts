import { describe, expect, it } from 'vitest';
import { languageOf } from './language';
import { fieldLabel } from './field-labels';

describe('languageOf', () => {
  it('answers in Chinese when the request names no language, or none the server speaks', () => {
    for (const header of [undefined, null, '', '*', 'fr-FR,de;q=0.8']) expect(languageOf(header)).toBe('zh-CN');
  });

  it('takes the first of Chinese and English by q-value, then by order', () => {
    expect(languageOf('zh-CN')).toBe('zh-CN');
    expect(languageOf('en')).toBe('en');
    expect(languageOf('en-GB,en;q=0.9')).toBe('en');
    expect(languageOf('fr, en;q=0.5, zh;q=0.4')).toBe('en');
    expect(languageOf('en;q=0.3, zh-TW;q=0.8')).toBe('zh-CN');
    expect(languageOf('en;q=0, zh;q=0.1')).toBe('zh-CN');
  });
});

describe('fieldLabel', () => {
  it('names a field in Chinese, parts of a path one by one, and keeps the code in English', () => {
    expect(fieldLabel('username', 'zh-CN')).toBe('用户名');
    expect(fieldLabel('parties.0.name', 'zh-CN')).toBe('当事人·第1项·名称');
    expect(fieldLabel('noSuchField', 'zh-CN')).toBe('noSuchField');
    expect(fieldLabel('parties.0.name', 'en')).toBe('parties.0.name');
  });
});
