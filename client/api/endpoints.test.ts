import { describe, expect, it } from 'vitest';
import { toIncidentSearch } from './endpoints';

describe('toIncidentSearch', () => {
  it('writes lists comma-separated and the bbox as w,s,e,n', () => {
    const search = new URLSearchParams(
      toIncidentSearch({ from: '2026-01-01T00:00:00+08:00', categories: ['THEFT_RES', 'ASSIST'], hours: [0, 23], bbox: [107.4, 31.1, 107.6, 31.3] }),
    );
    expect(search.get('from')).toBe('2026-01-01T00:00:00+08:00');
    expect(search.get('categories')).toBe('THEFT_RES,ASSIST');
    expect(search.get('hours')).toBe('0,23');
    expect(search.get('bbox')).toBe('107.4,31.1,107.6,31.3');
  });

  it('leaves out what the filter does not set, and empty lists', () => {
    expect(toIncidentSearch({ weekdays: [] })).toBe('');
  });
});
