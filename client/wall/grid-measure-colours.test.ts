import { describe, expect, it } from 'vitest';
import type { GridMeasure } from '../../core/contracts/wall';
import { gridMeasureColour, gridMeasureKeys, gridMeasureLegend } from './grid-measure-colours';

const grid = (m: Partial<GridMeasure>): GridMeasure => ({
  code: 'G1', households: 400, residents: 1000, incidents30d: 5, incidentsPer1000: 5, grade: 'good', coverage: 0.85, openDisputes: 1, maxDisputeRisk: 20, ...m,
});

describe('gridMeasureColour', () => {
  it('colours a grid differently for a high and a low value of every measure', () => {
    expect(gridMeasureColour('households', grid({ households: 250 }))).not.toEqual(gridMeasureColour('households', grid({ households: 520 })));
    expect(gridMeasureColour('incidentsPer1000', grid({ incidentsPer1000: 1 }))).not.toEqual(gridMeasureColour('incidentsPer1000', grid({ incidentsPer1000: 12 })));
    expect(gridMeasureColour('maxDisputeRisk', grid({ maxDisputeRisk: 10 }))).not.toEqual(gridMeasureColour('maxDisputeRisk', grid({ maxDisputeRisk: 75 })));
    expect(gridMeasureColour('coverage', grid({ coverage: 0.3 }))).not.toEqual(gridMeasureColour('coverage', grid({ coverage: 0.95 })));
    expect(gridMeasureColour('grade', grid({ grade: 'good' }))).not.toEqual(gridMeasureColour('grade', grid({ grade: 'poor' })));
  });
  it('gives one grey to a grid without measures and to an unknown grade', () => {
    const grey = gridMeasureColour('grade', undefined);
    expect(gridMeasureColour('grade', grid({ grade: null }))).toEqual(grey);
    expect(gridMeasureColour('coverage', undefined)).toEqual(grey);
  });
  it('applies the requested alpha', () => {
    expect(gridMeasureColour('coverage', grid({}), 90)[3]).toBe(90);
  });
});

describe('gridMeasureLegend', () => {
  it('shows, for every measure, the colours the map uses', () => {
    for (const key of gridMeasureKeys) {
      const legend = gridMeasureLegend(key, { good: '好', fair: '较好', average: '一般', poor: '差' });
      expect(legend.length).toBeGreaterThanOrEqual(4);
      expect(new Set(legend.map((e) => e.colour.join())).size).toBe(legend.length);
    }
  });
  it('labels the grade legend with the given words', () => {
    expect(gridMeasureLegend('grade', { good: '好', fair: '较好', average: '一般', poor: '差' }).map((e) => e.label)).toEqual(['好', '较好', '一般', '差']);
  });
});
