import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cellRingCentre } from '../hotspots/index';
import { analyseHotspots } from './analyse-hotspots';
import { forecastNextPeriod } from './forecast-next-period';

const area: MultiPolygon = { type: 'MultiPolygon', coordinates: [[[[107.49, 31.19], [107.51, 31.19], [107.51, 31.21], [107.49, 31.21], [107.49, 31.19]]]] };
const period = { from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z' };

// A cluster of 200 incidents near one corner plus 100 spread evenly.
function incidents() {
  const lng: number[] = [];
  const lat: number[] = [];
  const timesS: number[] = [];
  for (let i = 0; i < 200; i++) {
    lng.push(107.4925 + (i % 10) * 0.0001);
    lat.push(31.1925 + Math.floor(i / 10) * 0.00005);
    timesS.push(Date.parse(period.from) / 1000 + (i % 30) * 86_400 + 3600);
  }
  for (let i = 0; i < 100; i++) {
    lng.push(107.4905 + (i % 10) * 0.0019);
    lat.push(31.1905 + Math.floor(i / 10) * 0.0019);
    timesS.push(Date.parse(period.from) / 1000 + (i % 30) * 86_400 + 7200);
  }
  return { lng: Float64Array.from(lng), lat: Float64Array.from(lat), timesS };
}

describe('analyseHotspots', () => {
  it('returns every cell of the area, empty ones included, with the counts summing to the incidents', () => {
    const answer = analyseHotspots(area, incidents(), 150, period);
    expect(answer.features.length).toBe(answer.meta.cells);
    expect(answer.features.some((f) => f.properties.count === 0)).toBe(true);
    expect(answer.features.reduce((s, f) => s + f.properties.count, 0)).toBe(300);
    const hottest = answer.features.reduce((a, b) => (b.properties.z > a.properties.z ? b : a));
    expect(hottest.properties.class).toBe('hot-99');
    // The 200 clustered incidents (about 90 × 100 m) fall in a few cells of the aligned lattice; the hottest (Gi* counts
    // a cell with its neighbours) lies at the cluster, within a cell's width of its centre.
    const [lng, lat] = cellRingCentre(hottest.geometry.coordinates[0]);
    expect(Math.abs(lng - 107.49295)).toBeLessThan(0.0025);
    expect(Math.abs(lat - 31.19298)).toBeLessThan(0.0025);
    const near = answer.features.filter((f) => f.geometry.coordinates[0].some(([x, y]) => Math.abs(x - 107.49295) < 0.002 && Math.abs(y - 31.19298) < 0.002));
    expect(near.reduce((t, f) => t + f.properties.count, 0)).toBeGreaterThanOrEqual(200);
  });
});

describe('forecastNextPeriod', () => {
  it('chooses the cluster for next week and back-tests both methods', () => {
    const answer = forecastNextPeriod(area, incidents(), 150, 0.05, period);
    expect(answer.features[0].properties.rank).toBe(1);
    const [lng, lat] = answer.features[0].geometry.coordinates[0][0];
    expect(Math.abs(lng - 107.4925)).toBeLessThan(0.003);
    expect(Math.abs(lat - 31.1925)).toBeLessThan(0.003);
    expect(answer.meta.backtest.method.pai).toBeGreaterThan(1);
    expect(answer.meta.backtest.baseline.pai).toBeGreaterThan(1);
    expect(answer.meta.forecastFrom).toBe(period.to);
  });

  it('says which model won the validation inside the period, with its PAI/PEI and the baselines’', () => {
    const { selection } = forecastNextPeriod(area, incidents(), 150, 0.05, period).meta;
    expect(selection.folds).toBe(3);
    expect(selection.coverage).toBe(0.05);
    expect(selection.priorCounts).toMatchObject({ method: 'prior-counts', settings: {} });
    expect(selection.kde.method).toBe('kde');
    expect(selection.plainKde).toMatchObject({ method: 'kde', settings: { bandwidthM: 75 } });
    for (const s of [selection.chosen, selection.priorCounts, selection.kde, selection.plainKde]) expect(s.pai).toBeGreaterThan(1);
    expect(selection.chosen.pai).toBeGreaterThanOrEqual(Math.max(selection.priorCounts.pai!, selection.kde.pai!));
  });
});

describe('forecastNextPeriod at the edge of its period', () => {
  it('accepts an incident whose time, rounded to the second, equals the end of the period', () => {
    const data = incidents();
    const timesS = [...data.timesS.slice(0, -1), Date.parse(period.to) / 1000];
    expect(() => forecastNextPeriod(area, { ...data, timesS }, 150, 0.05, period)).not.toThrow();
  });
});
