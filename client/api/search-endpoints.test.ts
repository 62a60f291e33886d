import { describe, expect, it } from 'vitest';
import { toSearchQuery } from './search-endpoints';

describe('toSearchQuery', () => {
  it('sends q trimmed and encoded, kinds comma-separated and the limit', () => {
    const search = new URLSearchParams(toSearchQuery('  梧桐 1栋 ', ['address', 'building'], 8));
    expect(search.get('q')).toBe('梧桐 1栋');
    expect(search.get('kinds')).toBe('address,building');
    expect(search.get('limit')).toBe('8');
  });

  it('leaves out kinds and limit when not given', () => {
    expect(toSearchQuery('slp')).toBe('q=slp');
    expect(toSearchQuery('slp', [])).toBe('q=slp');
  });
});
