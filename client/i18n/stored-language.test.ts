import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseStoredLanguage, readStoredLanguage, storeLanguage } from './stored-language';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() { return items.size; },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('parseStoredLanguage', () => {
  it('reads a stored language', () => {
    expect(parseStoredLanguage('en')).toBe('en');
    expect(parseStoredLanguage('zh-CN')).toBe('zh-CN');
  });

  it('falls back to Chinese for nothing stored or an unknown value', () => {
    expect(parseStoredLanguage(null)).toBe('zh-CN');
    expect(parseStoredLanguage(undefined)).toBe('zh-CN');
    expect(parseStoredLanguage('EN')).toBe('zh-CN');
    expect(parseStoredLanguage('"en"')).toBe('zh-CN');
  });
});

describe('the stored language', () => {
  it('comes back as it was stored', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    expect(readStoredLanguage()).toBe('zh-CN');
    storeLanguage('en');
    expect(readStoredLanguage()).toBe('en');
    storeLanguage('zh-CN');
    expect(readStoredLanguage()).toBe('zh-CN');
  });

  it('is Chinese, and a switch throws nothing, where storage refuses', () => {
    const refusing = { ...memoryStorage(), getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); } };
    vi.stubGlobal('localStorage', refusing);
    expect(() => storeLanguage('en')).not.toThrow();
    expect(readStoredLanguage()).toBe('zh-CN');
  });
});
