import { describe, expect, it } from 'vitest';
import type { GridMeasure } from '../../../core/contracts/wall';
import { gridMeasureClass, gridMeasureColour, gridMeasureKeys, gridMeasureLegend, gridMeasureNoDataColour } from './grid-measure-colours';

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

describe('gridMeasureClass', () => {
  const samples: Partial<GridMeasure>[] = [
    { households: 120, incidentsPer1000: 0, coverage: 0.2, grade: 'poor', maxDisputeRisk: 0 },
    { households: 330, incidentsPer1000: 5, coverage: 0.5, grade: 'average', maxDisputeRisk: 1 },
    { households: 420, incidentsPer1000: 19.99, coverage: 0.79, grade: 'fair', maxDisputeRisk: 59 },
    { households: 500, incidentsPer1000: 40, coverage: 0.9, grade: 'good', maxDisputeRisk: 60 },
  ];
  it('fills every grid with the legend colour of its class', () => {
    for (const key of gridMeasureKeys) {
      const legend = gridMeasureLegend(key, {});
      for (const m of samples) {
        const k = gridMeasureClass(key, grid(m));
        expect(k, `${key} ${JSON.stringify(m)}`).not.toBeNull();
        expect(gridMeasureColour(key, grid(m), 204)).toEqual([...legend[k!].colour.slice(0, 3), 204]);
      }
    }
  });
  it('puts a value on a break in the class above it', () => {
    expect(gridMeasureClass('incidentsPer1000', grid({ incidentsPer1000: 5 }))).toBe(1);
    expect(gridMeasureClass('incidentsPer1000', grid({ incidentsPer1000: 4.99 }))).toBe(0);
    expect(gridMeasureClass('incidentsPer1000', grid({ incidentsPer1000: 40 }))).toBe(4);
  });
  it('has no class for a grid without measures or a value, and fills it with the no-data grey', () => {
    expect(gridMeasureClass('grade', grid({ grade: null }))).toBeNull();
    expect(gridMeasureClass('coverage', undefined)).toBeNull();
    expect(gridMeasureClass('incidentsPer1000', grid({ incidentsPer1000: Number.NaN }))).toBeNull();
    expect(gridMeasureColour('grade', grid({ grade: null }), 255)).toEqual(gridMeasureNoDataColour);
  });
});
