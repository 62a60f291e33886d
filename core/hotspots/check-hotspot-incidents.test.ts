import { describe, expect, it } from 'vitest';
import { checkHotspotIncidents, MIN_HOTSPOT_INCIDENTS } from './check-hotspot-incidents';
import { HotspotInputError } from './types';

describe('checkHotspotIncidents', () => {
  it('refuses fewer than 30 incidents, as ArcGIS’s Optimized Hot Spot Analysis does, naming the count and the minimum', () => {
    expect(MIN_HOTSPOT_INCIDENTS).toBe(30);
    expect(checkHotspotIncidents(12)).toEqual({ incidents: 12, minimum: 30 });
    expect(checkHotspotIncidents(29)).toEqual({ incidents: 29, minimum: 30 });
    expect(checkHotspotIncidents(0)).toEqual({ incidents: 0, minimum: 30 });
  });

  it('lets 30 incidents and more through', () => {
    expect(checkHotspotIncidents(30)).toBeNull();
    expect(checkHotspotIncidents(4675)).toBeNull();
  });

  it('throws for a count that is negative or not a number', () => {
    expect(() => checkHotspotIncidents(-1)).toThrow(HotspotInputError);
    expect(() => checkHotspotIncidents(Number.NaN)).toThrow(HotspotInputError);
  });
});
