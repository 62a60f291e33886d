import { describe, expect, it } from 'vitest';
import { atM, monday, track } from './dosage.fixture';
import { measureRouteAdherence, type RouteStop } from './measure-route-adherence';

/*
 * Four stops 500 m apart, 30 m radius, windows 08:00–08:20, 08:30–08:50, 09:00–09:20, 09:30–09:50. Pings: 10 m from
 * stop 0 at 08:05 (on time); 7 m from stop 1 at 08:55 (late); stop 2 never near (skipped, the ping 200 m off does not
 * reach it); stop 3 only by a check-in at 09:40 (on time). → planned 4, reached 3, on time 2, skipped 1.
 */
const stop = (index: number, openH: number, openM: number): RouteStop => ({ index, name: `第${index + 1}站`, lngLat: atM(index * 500, 0), radiusM: 30, openMs: monday(openH, openM), closeMs: monday(openH, openM + 20) });

describe('measureRouteAdherence', () => {
  const stops = [stop(0, 8, 0), stop(1, 8, 30), stop(2, 9, 0), stop(3, 9, 30)];
  const ping = (x: number, y: number, atMs: number) => ({ unitId: 'A', force: 'police' as const, atMs, lngLat: atM(x, y), accuracyM: 5 });
  const pings = [ping(10, 0, monday(8, 5)), ping(505, 5, monday(8, 55)), ping(1000, 200, monday(9, 10))];

  it('counts stops reached, on time and skipped, by pings and check-ins', () => {
    const r = measureRouteAdherence(stops, pings, [{ atMs: monday(9, 40), stopIndex: 3 }]);
    expect(r).toMatchObject({ planned: 4, reached: 3, onTime: 2, skipped: 1 });
    expect(r.stops.map((s) => [s.status, s.evidence])).toEqual([['on_time', 'pings'], ['late', 'pings'], ['skipped', null], ['on_time', 'check_in']]);
  });

  /*
   * Dwell at stop 0 by hand: pings every 20 s 10 m from it 08:05:00–08:10:00 (5 min), silence 3 min (over the 60 s
   * gap: the visit ends), again 08:13:00–08:15:00 (2 min), then 400 m away. A lone ping at stop 1 dwells 0; a stop
   * known from a check-in only or never reached has no dwell. → 7, 0, null, null.
   */
  it('sums the dwell of the ping visits at each stop, counting only continuous pings', () => {
    const at = (x: number) => () => atM(x, 0);
    const walk = [
      ...track('A', 'police', monday(8, 5), monday(8, 10), 20, at(10)),
      ...track('A', 'police', monday(8, 13), monday(8, 15), 20, at(10)),
      ...track('A', 'police', monday(8, 15, 20), monday(8, 16), 20, at(400)),
      ping(505, 5, monday(8, 40)),
    ];
    const r = measureRouteAdherence(stops, walk, [{ atMs: monday(9, 40), stopIndex: 3 }]);
    expect(r.stops.map((s) => s.dwellMin)).toEqual([7, 0, null, null]);
    expect(r.stops.map((s) => s.status)).toEqual(['on_time', 'on_time', 'skipped', 'on_time']);
  });

  it('reaches a stop saved without its point only by a check-in, whatever the pings', () => {
    const blind = stops.map((s) => (s.index === 0 ? { ...s, lngLat: null } : s));
    expect(measureRouteAdherence(blind, pings, []).stops[0]).toMatchObject({ status: 'skipped', dwellMin: null });
    expect(measureRouteAdherence(blind, pings, [{ atMs: monday(8, 10), stopIndex: 0 }]).stops[0]).toMatchObject({ status: 'on_time', evidence: 'check_in', dwellMin: null });
  });
});
