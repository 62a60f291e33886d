import { describe, expect, it } from 'vitest';
import { createUtmFrame } from '../hotspots/index';
import { forecastWindowCells } from './forecast-window-cells';

const frame = createUtmFrame([107.5, 31.2]);
// On the aligned lattice's corner (buildCellGrid's `aligned`), so the box is exactly 10 × 10 cells of 150 m.
const [x0, y0] = frame.toXY([107.5, 31.2]).map((v) => Math.floor(v / 150) * 150);
const toMs = Date.parse('2026-11-01T00:00:00Z');
const weeks = 8;

/** Eight weeks of evening incidents: 4 a week in one cell, 1 a week in another, and one stray. */
function incidents() {
  const rows: [number, number, number][] = [];
  for (let w = 0; w < weeks; w++) {
    for (let k = 0; k < 4; k++) rows.push([x0 + 75, y0 + 75, toMs - (w * 7 + k + 1) * 86_400_000 + 3_600_000]);
    rows.push([x0 + 975, y0 + 675, toMs - (w * 7 + 3) * 86_400_000]);
  }
  rows.push([x0 + 1400, y0 + 1400, toMs - 86_400_000]);
  const lngLat = rows.map(([x, y]) => frame.toLngLat([x, y]));
  return { lng: Float64Array.from(lngLat, (p) => p[0]), lat: Float64Array.from(lngLat, (p) => p[1]), timesS: rows.map((r) => r[2] / 1000) };
}

describe('forecastWindowCells', () => {
  it('chooses the busy cell first and gives expected incidents a week that add up to the history’s weekly rate', () => {
    const r = forecastWindowCells({ frame, bboxXY: [x0, y0, x0 + 1499, y0 + 1499], cellSizeM: 150, incidents: incidents(), fromMs: toMs - weeks * 7 * 86_400_000, toMs, coverage: 0.02 });
    expect(r.grid.cells.length).toBe(100);
    expect(r.chosen).toHaveLength(2);
    const best = r.chosen[0];
    expect([r.grid.row[best], r.grid.col[best]]).toEqual([0, 0]);
    expect(r.counts[best]).toBe(32);
    expect(r.perWeek.reduce((s, v) => s + v, 0)).toBeCloseTo(41 / weeks, 9);
    expect(r.perWeek[best]).toBeGreaterThan(1);
    expect(r.selection.folds).toBeGreaterThan(0);
    expect(r.selection.chosen.pai).toBeGreaterThanOrEqual(r.selection.priorCounts.pai!);
  });
});
