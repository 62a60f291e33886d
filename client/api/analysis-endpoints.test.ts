import { describe, expect, it } from 'vitest';
import { toAnalysisSearch } from './analysis-endpoints';

describe('toAnalysisSearch', () => {
  it('writes the filter and the route parameters as one query string, lists comma-separated', () => {
    const search = toAnalysisSearch({ from: '2026-03-01T00:00:00Z', to: '2026-03-08T00:00:00Z', categories: ['THEFT_RES', 'FRAUD'], hours: [23, 0] }, { cell: 150 });
    const p = new URLSearchParams(search);
    expect(p.get('from')).toBe('2026-03-01T00:00:00Z');
    expect(p.get('categories')).toBe('THEFT_RES,FRAUD');
    expect(p.get('hours')).toBe('23,0');
    expect(p.get('cell')).toBe('150');
    expect(p.has('weekdays')).toBe(false);
  });

  it('never sends a bounding box: the analysis covers the whole jurisdiction', () => {
    expect(toAnalysisSearch({ bbox: [107, 31, 108, 32] })).toBe('');
  });
});
