import * as turf from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoDataset, IncidentRow } from './dataset';
import { DAY_MS, FIXTURE_ANCHOR, feature, fixtureDataset, localHour, sample } from './demo-dataset-fixture';

let d: DemoDataset;
beforeAll(() => {
  d = fixtureDataset().dataset;
});

const localWeekday = (x: IncidentRow) => new Date(Date.parse(x.occurredAt) + 8 * 3_600_000).getUTCDay(); // 0 = Sunday

describe('incidents', () => {
  it('has at least 50,000 incidents with ids 1…N', () => {
    expect(d.incidents.length).toBeGreaterThanOrEqual(50_000);
    expect(d.incidents.every((x, i) => x.id === i + 1)).toBe(true);
  });

  it('dates every incident in the 365 days before the anchor, to the minute, at +08:00', () => {
    const from = FIXTURE_ANCHOR.getTime() - 365 * DAY_MS;
    const bad = d.incidents.filter((x) => {
      const t = Date.parse(x.occurredAt);
      return !/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+08:00$/.test(x.occurredAt) || !(t < FIXTURE_ANCHOR.getTime() && t > from);
    });
    expect(bad).toEqual([]);
  });

  it('records every incident 1–15 minutes after it happened, never on a later local day (no demo row is 补录)', () => {
    const bad = d.incidents.filter((x) => {
      const delayMs = Date.parse(x.recordedAt) - Date.parse(x.occurredAt);
      return !/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+08:00$/.test(x.recordedAt) || delayMs < 0 || delayMs > 15 * 60_000
        || x.recordedAt.slice(0, 10) !== x.occurredAt.slice(0, 10) || Date.parse(x.recordedAt) > FIXTURE_ANCHOR.getTime();
    });
    expect(bad).toEqual([]);
    const delays = new Set(d.incidents.map((x) => Date.parse(x.recordedAt) - Date.parse(x.occurredAt)));
    expect([...delays].filter((ms) => ms >= 60_000)).toHaveLength(15);
  });

  it('never enters one incident twice: no two share category, point and minute (near-repeat pairs 0.0 days apart, issue 12)', () => {
    const seen = new Set<string>();
    const twice = d.incidents.filter((x) => {
      const key = `${x.categoryCode}|${x.geom.coordinates.join(',')}|${x.occurredAt}`;
      const dup = seen.has(key);
      seen.add(key);
      return dup;
    });
    expect(twice).toEqual([]);
  });

  it('uses only known categories and sources', () => {
    const codes = new Set(d.incidentCategories.map((c) => c.code));
    expect(d.incidentCategories.length).toBeGreaterThanOrEqual(12);
    expect(d.incidentCategories.every((c) => c.nameZh && c.nameEn)).toBe(true);
    expect(d.incidents.every((x) => codes.has(x.categoryCode) && ['110', 'patrol', 'walk_in', 'grid_report'].includes(x.source))).toBe(true);
  });

  it('gives each incident the grid containing it and that grid’s beat (sampled)', () => {
    const grids = new Map(d.grids.map((g) => [g.code, feature(g.geom)]));
    const beatOf = new Map(d.beats.flatMap((b) => b.gridCodes.map((g) => [g, b.code])));
    expect(d.incidents.every((x) => beatOf.get(x.gridCode) === x.beatCode)).toBe(true);
    for (const x of sample(d.incidents, 500)) expect(turf.booleanPointInPolygon(x.geom, grids.get(x.gridCode)!)).toBe(true);
  });

  it('clusters near night-life areas in the evening rather than by day', () => {
    const nightlife = d.keyPlaces.filter((k) => k.kind === 'nightlife');
    const near = (x: IncidentRow) => nightlife.some((k) => turf.distance(x.geom, k.geom, { units: 'meters' }) < 250);
    const evening = d.incidents.filter((x) => localHour(x.occurredAt) >= 20 || localHour(x.occurredAt) < 4); // 8 hours
    const daytime = d.incidents.filter((x) => localHour(x.occurredAt) >= 8 && localHour(x.occurredAt) < 16); // 8 hours
    const share = (xs: IncidentRow[]) => xs.filter(near).length / xs.length;
    expect(share(evening)).toBeGreaterThan(2 * share(daytime));
  });

  it('puts more drunkenness on Friday and Saturday nights than early in the week', () => {
    const drunk = d.incidents.filter((x) => x.categoryCode === 'DRUNK' && localHour(x.occurredAt) >= 18);
    const friSat = drunk.filter((x) => localWeekday(x) === 5 || localWeekday(x) === 6).length;
    const monTue = drunk.filter((x) => localWeekday(x) === 1 || localWeekday(x) === 2).length;
    expect(friSat).toBeGreaterThan(1.8 * monTue);
  });

  it('puts school-gate calls on weekday mornings and afternoons', () => {
    const schools = d.keyPlaces.filter((k) => k.kind === 'school');
    const atGate = d.incidents.filter((x) => x.categoryCode === 'TRAFFIC_ACCIDENT' && schools.some((k) => turf.distance(x.geom, k.geom, { units: 'meters' }) < 120));
    const peak = atGate.filter((x) => localWeekday(x) >= 1 && localWeekday(x) <= 5 && [7, 8, 16, 17].includes(localHour(x.occurredAt)));
    expect(peak.length / atGate.length).toBeGreaterThan(0.5);
  });

  it('puts residential burglary by day', () => {
    const burglary = d.incidents.filter((x) => x.categoryCode === 'THEFT_RES');
    const byDay = burglary.filter((x) => localHour(x.occurredAt) >= 8 && localHour(x.occurredAt) < 19);
    expect(byDay.length / burglary.length).toBeGreaterThan(0.7);
  });
});
