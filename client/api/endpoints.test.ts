import { describe, expect, it } from 'vitest';
import { IncidentQuerySchema } from '../../core/contracts/incidents';
import { toIncidentParams } from './endpoints';

describe('toIncidentParams', () => {
  it('writes lists comma-separated and the bbox as w,s,e,n, as the route reads them', () => {
    const params = toIncidentParams({ from: '2026-01-01T00:00:00+08:00', categories: ['THEFT_RES', 'ASSIST'], hours: [0, 23], bbox: [107.4, 31.1, 107.6, 31.3] });
    expect(params).toEqual({ from: '2026-01-01T00:00:00+08:00', categories: 'THEFT_RES,ASSIST', hours: '0,23', bbox: '107.4,31.1,107.6,31.3' });
    expect(IncidentQuerySchema.parse(params)).toMatchObject({ categories: ['THEFT_RES', 'ASSIST'], hours: [0, 23], bbox: [107.4, 31.1, 107.6, 31.3] });
  });

  it('leaves out what the filter does not set, and empty lists', () => {
    expect(toIncidentParams({ weekdays: [] })).toEqual({});
  });
});
