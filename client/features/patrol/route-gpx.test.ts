import { describe, expect, it } from 'vitest';
import { fixturePlan } from './patrol-fixture';
import { buildRouteGpx, escapeXml, localMinutesToIso, nextPatrolDay } from './route-gpx';
import { routeFromPlan } from './shown-route';

const route = routeFromPlan(fixturePlan, ['KP03']);
const gpx = buildRouteGpx(route, { name: '夜巡 & 一线', day: '2026-03-10', nameStop: (s) => s.name ?? `热点方格 ${s.id}` });

describe('the GPX of a route', () => {
  it('is GPX 1.1 with the route’s name', () => {
    expect(gpx.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1"')).toBe(true);
    expect(gpx).toContain('xmlns="http://www.topografix.com/GPX/1/1"');
    expect(gpx).toContain('<metadata><name>夜巡 &amp; 一线</name><time>2026-03-10T11:00:00Z</time></metadata>');
    expect(gpx.trim().endsWith('</gpx>')).toBe(true);
  });

  it('has a waypoint a stop in visiting order, named and timed at its arrival (UTC)', () => {
    const wpts = [...gpx.matchAll(/<wpt lat="([\d.]+)" lon="([\d.]+)">\s*<time>([^<]+)<\/time>\s*<name>([^<]+)<\/name>/g)];
    expect(wpts.map((m) => [m[2], m[1], m[3], m[4]])).toEqual([
      ['107.502', '31.201', '2026-03-10T11:04:12Z', '1. 热点方格 cell-10-12'],
      ['107.505', '31.203', '2026-03-10T11:14:06Z', '2. 达川中学 &lt;南门&gt;'],
      ['107.507', '31.199', '2026-03-10T11:28:00Z', '3. 热点方格 cell-11-12'],
    ]);
    expect(gpx).toContain('<desc>19:14–19:21 必到</desc>');
  });

  it('draws the path as one track of every vertex', () => {
    expect(gpx.match(/<trkpt /g)).toHaveLength(fixturePlan.geometry.coordinates.length);
    expect(gpx).toContain('<trkpt lat="31.2" lon="107.5"/>');
    expect(gpx.match(/<trk>/g)).toHaveLength(1);
  });

  it('leaves out a stop the saved route kept no place of', () => {
    const partial = { ...route, stops: route.stops.map((s, k) => (k === 0 ? { ...s, lngLat: null } : s)) };
    expect(buildRouteGpx(partial, { name: 'x', day: '2026-03-10', nameStop: (s) => s.id }).match(/<wpt /g)).toHaveLength(2);
  });
});

describe('times and days', () => {
  it('turns local minutes of a Shanghai day into UTC, past midnight into the next day', () => {
    expect(localMinutesToIso('2026-03-10', 19 * 60)).toBe('2026-03-10T11:00:00Z');
    expect(localMinutesToIso('2026-03-10', 24 * 60 + 30)).toBe('2026-03-10T16:30:00Z');
    expect(localMinutesToIso('2026-03-10', 7 * 60)).toBe('2026-03-09T23:00:00Z');
    expect(localMinutesToIso('2026-03-10', 19 * 60 + 5.6397)).toBe('2026-03-10T11:05:38Z');
  });

  it('finds the next day of the route’s weekdays in Shanghai, today included', () => {
    // 2026-03-09T17:30Z is Tuesday 10 March, 01:30 in Shanghai.
    const now = new Date('2026-03-09T17:30:00Z');
    expect(nextPatrolDay([2], now)).toBe('2026-03-10');
    expect(nextPatrolDay([6, 7], now)).toBe('2026-03-14');
    expect(nextPatrolDay([1], now)).toBe('2026-03-16');
    expect(nextPatrolDay([], now)).toBe('2026-03-10');
  });

  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a & 'b' "c">`)).toBe('&lt;a &amp; &apos;b&apos; &quot;c&quot;&gt;');
  });
});
