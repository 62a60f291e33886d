import { describe, expect, it } from 'vitest';
import { scoreKernelDensity } from '../score-kernel-density';
import { HotspotInputError } from '../types';
import { blurCellLattice } from './blur-cell-lattice';
import { prepareForecastIncidents } from './forecast-incidents';
import { describeModelKey, listCandidateModels, listStackWeights, measureExposureDays, mixBlend, scoreForecastModel, stackScores, weighBlendByAge, type StackedModel } from './forecast-models';
import { buildTestGrid, generateTestIncidents, testFrame } from './forecast-test-data';

const grid = buildTestGrid();
/** Incidents at the centres of cells (row, col) on the given days. */
function at(rows: [number, number, number][]) {
  const lngLat = rows.map(([r, c]) => testFrame.toLngLat([grid.originX + (c + 0.5) * 100, grid.originY + (r + 0.5) * 100]));
  return prepareForecastIncidents(grid, { lng: Float64Array.from(lngLat, (p) => p[0]), lat: Float64Array.from(lngLat, (p) => p[1]), day: Float64Array.from(rows, (x) => x[2]) });
}
const cellOf = (r: number, c: number) => grid.cellAt[r * grid.cols + c];
const span = { trainFrom: 0, forecastFrom: 10 };

describe('prior counts', () => {
  it('counts each cell’s training incidents', () => {
    const scores = scoreForecastModel(grid, at([[1, 1, 2], [1, 1, 5], [4, 7, 9.5]]), { method: 'prior-counts' }, span);
    expect(scores[cellOf(1, 1)]).toBe(2);
    expect(scores[cellOf(4, 7)]).toBe(1);
    expect(scores.reduce((s, v) => s + v, 0)).toBe(3);
  });

  it('refuses an incident inside the forecast window', () => {
    expect(() => scoreForecastModel(grid, at([[1, 1, 10]]), { method: 'prior-counts' }, span)).toThrow(HotspotInputError);
  });
});

describe('kde', () => {
  it('matches scoreKernelDensity on the same incidents', () => {
    const raw = generateTestIncidents(3, 0, 5);
    const prepared = prepareForecastIncidents(grid, raw);
    const ours = scoreForecastModel(grid, prepared, { method: 'kde', bandwidthM: 130 }, span);
    const theirs = scoreKernelDensity(grid, raw, { bandwidthM: 130 });
    let worst = 0;
    for (let i = 0; i < ours.length; i++) worst = Math.max(worst, Math.abs(ours[i] - theirs[i]));
    expect(worst).toBeLessThan(1e-12);
    expect(Math.max(...theirs)).toBeGreaterThan(1e-6);
  });
});

describe('recency blend', () => {
  it('weighs an incident one half-life old at 1 − share + share / 2', () => {
    const w = weighBlendByAge([3, 10 - 1e-9], 10, 7, 0.5);
    expect(w[0]).toBeCloseTo(0.75, 12);
    expect(w[1]).toBeCloseTo(1, 6);
  });

  it('measures exposure as the integral of the weights over the window', () => {
    expect(measureExposureDays(span, null, 0)).toBe(10);
    expect(measureExposureDays(span, 5, 1)).toBeCloseTo((5 * (1 - 2 ** -2)) / Math.LN2, 12);
  });

  it('is prior counts with no prior strength, and adds near and far layers by days over exposure', () => {
    const train = at([[10, 10, 1], [10, 10, 2], [20, 20, 3]]);
    const plainCounts = scoreForecastModel(grid, train, { method: 'prior-counts' }, span);
    expect(scoreForecastModel(grid, train, { method: 'recency-blend', halfLifeDays: null, recentShare: 0, nearDays: 0, farDays: 0 }, span)).toEqual(plainCounts);
    const parts = { own: Float64Array.of(2, 0), near: Float64Array.of(1, 0.5), far: Float64Array.of(0.2, 0.4), exposureDays: 10 };
    expect(Array.from(mixBlend(parts, 5, 10))).toEqual([2 + 0.5 * 1 + 1 * 0.2, 0 + 0.5 * 0.5 + 1 * 0.4]);
  });

  it('blurs onto a few cells alone to exactly the values of the whole blur', () => {
    const values = new Float64Array(grid.cells.length);
    values[cellOf(15, 15)] = 3;
    values[cellOf(2, 27)] = 0.7;
    const whole = blurCellLattice(grid, values, 2);
    const only = Int32Array.of(cellOf(15, 16), cellOf(1, 27), cellOf(20, 20));
    const part = blurCellLattice(grid, values, 2, only);
    for (let i = 0; i < part.length; i++) expect(part[i]).toBe(only.includes(i) ? whole[i] : 0);
    expect(part[cellOf(15, 16)]).toBeGreaterThan(0);
  });

  it('blurs a single cell symmetrically and keeps its mass away from the edges', () => {
    const values = new Float64Array(grid.cells.length);
    values[cellOf(15, 15)] = 1;
    const blurred = blurCellLattice(grid, values, 1);
    expect(blurred.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    expect(blurred[cellOf(15, 16)]).toBeCloseTo(blurred[cellOf(14, 15)], 15);
    expect(blurred[cellOf(15, 15)]).toBeGreaterThan(blurred[cellOf(15, 16)]);
  });
});

describe('listCandidateModels', () => {
  it('tries prior counts, eight KDE bandwidths, the blend grid and twelve ETAS settings, each once', () => {
    const models = listCandidateModels(100);
    expect(models[0]).toEqual({ method: 'prior-counts' });
    expect(models.filter((m) => m.method === 'kde')).toHaveLength(8);
    expect(models.filter((m) => m.method === 'etas')).toHaveLength(12);
    expect(new Set(models.map((m) => JSON.stringify(m))).size).toBe(models.length);
  });
});

describe('stacks', () => {
  it('mixes parts scaled to one incident each, by their weights', () => {
    const mixed = stackScores([{ scores: [2, 2, 0], weight: 0.25 }, { scores: [0, 10, 30], weight: 0.75 }]);
    expect(Array.from(mixed)).toEqual([0.25 * 0.5, 0.25 * 0.5 + 0.75 * 0.25, 0.75 * 0.75]);
  });

  it('refuses weights that do not make a convex combination', () => {
    expect(() => stackScores([{ scores: [1], weight: 0.5 }, { scores: [1], weight: 0.25 }])).toThrow(HotspotInputError);
    expect(() => stackScores([{ scores: [1], weight: 1.5 }, { scores: [1], weight: -0.5 }])).toThrow(HotspotInputError);
    expect(() => stackScores([])).toThrow(HotspotInputError);
  });

  it('splits 1 into quarters among three parts, always using at least two', () => {
    const weights = listStackWeights(3);
    expect(weights).toHaveLength(12);
    for (const w of weights) {
      expect(w.reduce((s, v) => s + v, 0)).toBe(1);
      expect(w.filter((v) => v > 0).length).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(weights.map((w) => w.join())).size).toBe(12);
  });

  it('scores a stack as the mix of its parts’ own scores', () => {
    const train = at([[10, 10, 1], [10, 10, 2], [20, 20, 3], [5, 5, 8]]);
    const kde = { method: 'kde', bandwidthM: 150 } as const;
    const etas = { method: 'etas', decayDays: 3, triggerSigmaCells: 1, backgroundSigmaCells: 2 } as const;
    const stack: StackedModel = { method: 'stack', parts: [{ model: kde, weight: 0.75 }, { model: etas, weight: 0.25 }] };
    const expected = stackScores([{ scores: scoreForecastModel(grid, train, kde, span), weight: 0.75 }, { scores: scoreForecastModel(grid, train, etas, span), weight: 0.25 }]);
    expect(scoreForecastModel(grid, train, stack, span)).toEqual(expected);
    expect(describeModelKey(stack)).toBe('stack(0.75×kde:150+0.25×etas:3:1:2)');
    // A bandwidth from a product of floats (53.199999999999996 in a bench line) reads as metres to 0.1.
    expect(describeModelKey({ method: 'kde', bandwidthM: 0.35 * 152 })).toBe('kde:53.2');
  });
});
