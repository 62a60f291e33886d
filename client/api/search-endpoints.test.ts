import { describe, expect, it } from 'vitest';
import { toSearchParams } from './search-endpoints';

describe('toSearchParams', () => {
  it('sends the trimmed text, the kinds comma-separated and the limit', () => {
    expect(toSearchParams('  梧桐 1栋 ', ['address', 'building'], 8)).toEqual({ q: '梧桐 1栋', kinds: 'address,building', limit: 8 });
  });

  it('leaves out kinds when none or an empty list is given', () => {
    expect(toSearchParams('slp')).toEqual({ q: 'slp' });
    expect(toSearchParams('slp', [])).toEqual({ q: 'slp' });
  });
});
