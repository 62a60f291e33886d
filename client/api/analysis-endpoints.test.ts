import { describe, expect, it } from 'vitest';
import { toAnalysisParams } from './analysis-endpoints';

describe('toAnalysisParams', () => {
  it('writes the filter with lists comma-separated and leaves out what it does not set', () => {
    const params = toAnalysisParams({ from: '2026-03-01T00:00:00Z', to: '2026-03-08T00:00:00Z', categories: ['THEFT_RES', 'FRAUD'], hours: [23, 0] });
    expect(params).toEqual({ from: '2026-03-01T00:00:00Z', to: '2026-03-08T00:00:00Z', categories: 'THEFT_RES,FRAUD', hours: '23,0' });
  });

  it('never sends a bounding box: the analysis covers the whole jurisdiction', () => {
    expect(toAnalysisParams({ bbox: [107, 31, 108, 32] })).toEqual({});
  });
});
