import { describe, expect, it } from 'vitest';
import { HotspotInputError } from '../types';
import { blurCellLattice } from './blur-cell-lattice';
import { prepareForecastIncidents } from './forecast-incidents';
import { scoreForecastModel } from './forecast-models';
import { fitEtas, forecastEtas, traceEtasExcitation } from './score-etas';
import { buildTestGrid, createSeededRandom, testFrame } from './forecast-test-data';

const grid = buildTestGrid();
const cellOf = (r: number, c: number) => grid.cellAt[r * grid.cols + c];
/** Incidents at the centres of cells (row, col) on the given (fractional) days. */
function at(rows: [number, number, number][]) {
  const lngLat = rows.map(([r, c]) => testFrame.toLngLat([grid.originX + (c + 0.5) * 100, grid.originY + (r + 0.5) * 100]));
  return prepareForecastIncidents(grid, { lng: Float64Array.from(lngLat, (p) => p[0]), lat: Float64Array.from(lngLat, (p) => p[1]), day: Float64Array.from(rows, (x) => x[2]) });
}
/** The lattice Gaussian's weight at the centre of a lone incident, and one cell east of it. */
function kernelWeights(sigma: number) {
  const one = new Float64Array(grid.cells.length);
  one[cellOf(15, 15)] = 1;
  const spread = blurCellLattice(grid, one, sigma);
  return { centre: spread[cellOf(15, 15)], east: spread[cellOf(15, 16)] };
}

describe('traceEtasExcitation', () => {
  it('sums the geometric kernel (1 − q) q^(L−1) over whole-day lags, with no triggering within a day', () => {
    const q = Math.exp(-1 / 2);
    // Day 0.2 and day 1.7 in cell (15, 15), and a second one on day 1.9 in the same cell; the window is 3 days.
    const trace = traceEtasExcitation(grid, at([[15, 15, 0.2], [15, 15, 1.7], [15, 15, 1.9]]), { trainFrom: 0, forecastFrom: 3 }, 2, 1);
    const k = kernelWeights(1).centre;
    expect(Array.from(trace.cell)).toEqual([cellOf(15, 15), cellOf(15, 15)]);
    expect(Array.from(trace.count)).toEqual([1, 2]);
    expect(trace.excitation[0]).toBe(0);
    expect(trace.excitation[1]).toBeCloseTo((1 - q) * k, 14);
    // At the end (day 3): lag 3 from day 0, lag 2 from the two of day 1.
    expect(trace.excitationAtEnd[cellOf(15, 15)]).toBeCloseTo((1 - q) * q * q * k + 2 * (1 - q) * q * k, 14);
    // Each incident's kernel mass that fits in the window: days 1–2 for day 0's, day 2 for day 1's.
    expect(trace.kernelMass).toBeCloseTo(1 - q ** 2 + 2 * (1 - q), 14);
  });

  it('refuses a setting that is not positive', () => {
    expect(() => traceEtasExcitation(grid, at([[1, 1, 1]]), { trainFrom: 0, forecastFrom: 3 }, 0, 1)).toThrow(HotspotInputError);
    expect(() => traceEtasExcitation(grid, at([[1, 1, 1]]), { trainFrom: 0, forecastFrom: 3 }, 2, -1)).toThrow(HotspotInputError);
    expect(() => traceEtasExcitation(grid, at([[1, 1, 1]]), { trainFrom: 3, forecastFrom: 3 }, 2, 1)).toThrow(HotspotInputError);
  });
});

describe('a burst', () => {
  const q = Math.exp(-1 / 3);
  const burst = at(Array.from({ length: 6 }, (): [number, number, number] => [15, 15, 8.5]));
  const noBackground = { background: new Float64Array(grid.cells.length), theta: 0.5 };

  it('raises its own and nearby cells for the next days, and nothing far away', () => {
    const trace = traceEtasExcitation(grid, burst, { trainFrom: 0, forecastFrom: 10 }, 3, 1);
    const next = forecastEtas(trace, noBackground, 1);
    const k = kernelWeights(1);
    // Day 10 is 2 days after day 8: θ · 6 · (1 − q) q · K.
    expect(next[cellOf(15, 15)]).toBeCloseTo(0.5 * 6 * (1 - q) * q * k.centre, 12);
    expect(next[cellOf(15, 16)]).toBeCloseTo(0.5 * 6 * (1 - q) * q * k.east, 12);
    expect(next[cellOf(15, 25)]).toBe(0);
  });

  it('decays by q a day when nothing more happens', () => {
    const early = forecastEtas(traceEtasExcitation(grid, burst, { trainFrom: 0, forecastFrom: 10 }, 3, 1), noBackground, 7);
    const late = forecastEtas(traceEtasExcitation(grid, burst, { trainFrom: 0, forecastFrom: 15 }, 3, 1), noBackground, 7);
    expect(late[cellOf(15, 15)] / early[cellOf(15, 15)]).toBeCloseTo(q ** 5, 12);
  });

  it('is fitted with a larger branching ratio for repeats on consecutive days than for spaced ones, and a small one without repeats', () => {
    const random = createSeededRandom(5);
    const steady: [number, number, number][] = [];
    const bursty: [number, number, number][] = [];
    const scattered: [number, number, number][] = [];
    for (let place = 0; place < 20; place++) {
      const r = 3 + Math.floor(random() * 24);
      const c = 3 + Math.floor(random() * 24);
      const start = Math.floor(random() * 10);
      for (let j = 0; j < 10; j++) {
        // The same 10 incidents of a place: one every other day, or one a day for ten days in a row.
        steady.push([r, c, 2 * j + 0.5]);
        bursty.push([r, c, start + j + 0.5]);
        scattered.push([Math.floor(random() * 30), Math.floor(random() * 30), random() * 20]);
      }
    }
    const span = { trainFrom: 0, forecastFrom: 20 };
    const thetaOf = (rows: [number, number, number][]) => fitEtas(grid, traceEtasExcitation(grid, at(rows), span, 1, 0.5), 1).theta;
    expect(thetaOf(bursty)).toBeGreaterThan(thetaOf(steady) + 0.05);
    expect(thetaOf(scattered)).toBeLessThan(0.5 * thetaOf(steady));
    expect(thetaOf(bursty)).toBeLessThanOrEqual(0.95);
  });
});

describe('scoreForecastModel with etas', () => {
  const model = { method: 'etas', decayDays: 7, triggerSigmaCells: 1, backgroundSigmaCells: 2 } as const;
  const rows: [number, number, number][] = [];
  const random = createSeededRandom(9);
  for (let i = 0; i < 300; i++) rows.push([Math.floor(random() * 30), Math.floor(random() * 30), random() * 14]);

  it('gives the same scores for the same incidents in any order', () => {
    const span = { trainFrom: 0, forecastFrom: 14, horizonDays: 7 };
    const a = scoreForecastModel(grid, at(rows), model, span);
    const b = scoreForecastModel(grid, at([...rows].reverse()), model, span);
    expect(b).toEqual(a);
    expect(scoreForecastModel(grid, at(rows), model, span)).toEqual(a);
    expect(a.reduce((s, v) => s + v, 0)).toBeGreaterThan(0);
  });

  it('expects about the training rate times the horizon in all (the kernels lose only what leaves the area)', () => {
    const scores = scoreForecastModel(grid, at(rows), model, { trainFrom: 0, forecastFrom: 14, horizonDays: 7 });
    const total = scores.reduce((s, v) => s + v, 0);
    expect(total).toBeGreaterThan(0.6 * (300 / 14) * 7);
    expect(total).toBeLessThan(1.2 * (300 / 14) * 7);
  });
});
