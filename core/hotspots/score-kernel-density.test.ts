import { describe, expect, it } from 'vitest';
import { buildCellGrid } from './build-cell-grid';
import { createUtmFrame } from './create-utm-frame';
import { scoreKernelDensity } from './score-kernel-density';
import { HotspotInputError } from './types';

const frame = createUtmFrame([-122.65, 45.52]);
const grid = buildCellGrid({ bboxXY: [500_000, 5_040_000, 501_000, 5_041_000], frame, cellSizeM: 100 });
const at = (r: number, c: number) => grid.cellAt[r * grid.cols + c];
const pointsAt = (...xy: [number, number][]) => {
  const lngLat = xy.map((p) => frame.toLngLat(p));
  return { lng: Float64Array.from(lngLat, (p) => p[0]), lat: Float64Array.from(lngLat, (p) => p[1]) };
};

describe('scoreKernelDensity', () => {
  it('gives a Gaussian of the distance to each cell centre, per square metre', () => {
    const h = 80;
    const scores = scoreKernelDensity(grid, pointsAt([500_350, 5_040_550]), { bandwidthM: h });
    const peak = 1 / (2 * Math.PI * h * h);
    expect(Math.abs(scores[at(5, 3)] / peak - 1)).toBeLessThan(1e-6);
    expect(Math.abs(scores[at(5, 4)] / peak - Math.exp(-(100 ** 2) / (2 * h * h)))).toBeLessThan(1e-6);
    expect(Math.abs(scores[at(6, 4)] / peak - Math.exp(-(2 * 100 ** 2) / (2 * h * h)))).toBeLessThan(1e-6);
  });

  it('cuts the kernel off beyond 4 bandwidths and keeps the total mass of a point near 1 per cell area', () => {
    const scores = scoreKernelDensity(grid, pointsAt([500_550, 5_040_550]), { bandwidthM: 100 });
    expect(scores[at(0, 0)]).toBe(0); // 707 m away, past the 400 m cut-off
    const mass = scores.reduce((s, v) => s + v, 0) * 100 * 100;
    expect(Math.abs(mass - 1)).toBeLessThan(0.01);
  });

  it('scales each point by its weight and adds points up', () => {
    const one = scoreKernelDensity(grid, pointsAt([500_350, 5_040_550]), { bandwidthM: 80 });
    const two = scoreKernelDensity(grid, pointsAt([500_350, 5_040_550], [500_350, 5_040_550]), { bandwidthM: 80, weights: [0.25, 0.5] });
    one.forEach((v, i) => expect(Math.abs(two[i] - 0.75 * v)).toBeLessThan(1e-15));
  });

  it('refuses a bandwidth that is not positive, a negative weight, and columns of different lengths', () => {
    const p = pointsAt([500_350, 5_040_550]);
    expect(() => scoreKernelDensity(grid, p, { bandwidthM: 0 })).toThrow(HotspotInputError);
    expect(() => scoreKernelDensity(grid, p, { bandwidthM: 50, weights: [-1] })).toThrow(/weight 0/);
    expect(() => scoreKernelDensity(grid, { lng: p.lng, lat: new Float64Array(2) }, { bandwidthM: 50 })).toThrow(/lat/);
  });
});
