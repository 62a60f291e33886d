import { describe, expect, it } from 'vitest';
import { proposedRouteId } from './proposed-route';

const at = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const routes = [
  { id: 'early', window: { start: '00:00', end: '02:00' } },
  { id: 'day', window: { start: '08:00', end: '12:00' } },
  { id: 'evening', window: { start: '19:00', end: '23:00' } },
];

describe('the route 巡逻 proposes', () => {
  it('is the one whose slot is on now', () => {
    expect(proposedRouteId(routes, at('09:30'))).toBe('day');
    expect(proposedRouteId(routes, at('19:00'))).toBe('evening');
    expect(proposedRouteId(routes, at('01:59'))).toBe('early');
  });

  it('is the next to begin when none is on, not a slot that has ended', () => {
    expect(proposedRouteId(routes, at('02:30'))).toBe('day');
    expect(proposedRouteId(routes, at('12:00'))).toBe('evening');
    expect(proposedRouteId(routes, at('23:30'))).toBe('early');
  });

  it('counts a slot past midnight as on until its end', () => {
    const night = [...routes, { id: 'night', window: { start: '23:00', end: '03:00' } }];
    expect(proposedRouteId(night, at('23:30'))).toBe('night');
    expect(proposedRouteId(night, at('02:45'))).toBe('night');
    expect(proposedRouteId(night, at('03:00'))).toBe('day');
  });

  it('is none without routes', () => {
    expect(proposedRouteId([], at('09:00'))).toBeNull();
  });
});
