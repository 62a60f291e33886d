import { describe, expect, it } from 'vitest';
import { localInstant } from '../time/shanghai-time';
import { planRouteStops } from './plan-route-stops';

const stop = (arrivalMin: number, departureMin: number) => ({ name: '达川中学', lngLat: [107.5, 31.2] as [number, number], arrivalMin, departureMin });

describe('planRouteStops', () => {
  it('places the window on the patrol’s day and widens each stop by the grace', () => {
    const [s] = planRouteStops('08:00', [stop(15, 30)], localInstant(2026, 3, 2, 7, 55), 50, 10);
    expect(s).toEqual({ index: 0, name: '达川中学', lngLat: [107.5, 31.2], radiusM: 50, openMs: localInstant(2026, 3, 2, 8, 5), closeMs: localInstant(2026, 3, 2, 8, 40) });
  });

  it('gives a patrol started after midnight to the evening window before it', () => {
    const [s] = planRouteStops('22:00', [stop(150, 165)], localInstant(2026, 3, 3, 0, 30), 50, 0);
    expect(s.openMs).toBe(localInstant(2026, 3, 3, 0, 30));
    expect(s.closeMs).toBe(localInstant(2026, 3, 3, 0, 45));
  });

  it('refuses a window start that is not a time of day', () => {
    expect(() => planRouteStops('8 am', [], 0, 50, 10)).toThrow(/HH:MM/);
  });
});
