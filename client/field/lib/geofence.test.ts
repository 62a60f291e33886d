import { describe, expect, it } from 'vitest';
import { findGeofenceMatch } from './geofence';

// Near 达川区: 0.001° of latitude is about 111 m.
const stops = [
  { key: 'stop-0', lngLat: [107.5, 31.2] as [number, number], radiusM: 50 },
  { key: 'stop-1', lngLat: [107.5, 31.2006] as [number, number], radiusM: 50 },
];

describe('findGeofenceMatch', () => {
  it('finds the stop whose circle holds the position', () => {
    const match = findGeofenceMatch([107.5, 31.2002], stops);
    expect(match?.place.key).toBe('stop-0');
    expect(match?.distanceM).toBeGreaterThan(20);
    expect(match?.distanceM).toBeLessThan(25);
  });

  it('takes the nearer of two overlapping circles', () => {
    const wide = stops.map((s) => ({ ...s, radiusM: 500 }));
    expect(findGeofenceMatch([107.5, 31.2004], wide)?.place.key).toBe('stop-1');
  });

  it('answers null outside every circle, and for no places', () => {
    expect(findGeofenceMatch([107.501, 31.2003], stops)).toBeNull();
    expect(findGeofenceMatch([107.5, 31.2], [])).toBeNull();
  });

  it('does not mutate the places', () => {
    const copy = structuredClone(stops);
    findGeofenceMatch([107.5, 31.2], stops);
    expect(stops).toEqual(copy);
  });
});
