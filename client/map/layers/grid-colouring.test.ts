import { describe, expect, it } from 'vitest';
import type { GridMeasure } from '../../../core/contracts/wall';
import type { GridProperties } from '../../api/feature-types';
import { gradePalette, gridMeasureColour } from './grid-measure-colours';
import { householdColour } from './colour-scales';
import { gridColourOf, gridColouringLegend } from './grid-colouring';

const props = (code: string): GridProperties => ({ code, name: code, communityCode: 'C', streetCode: 'S', households: 420, residents: 1200, partyMembers: 0, institutionStaff: 0, beatCode: null, inScope: true });
const measure = (code: string, m: Partial<GridMeasure>): GridMeasure => ({
  code, households: 420, residents: 1200, incidents30d: 0, incidentsPer1000: 0, grade: 'good', coverage: 0.95, openDisputes: 0, maxDisputeRisk: 0, ...m,
});
const measures = new Map([
  ['A', measure('A', { grade: 'poor', coverage: 0.4, openDisputes: 3, maxDisputeRisk: 65 })],
  ['B', measure('B', { grade: null, maxDisputeRisk: 0 })],
]);

describe('gridColourOf', () => {
  it('colours by households as before, without measures', () => {
    expect(gridColourOf('households', undefined)(props('A'))).toEqual(householdColour(420, 170));
  });

  it('colours by grade, dispute risk and freshness with the wall’s colours', () => {
    expect(gridColourOf('grade', measures)(props('A'))).toEqual([...gradePalette.poor.slice(0, 3), 170]);
    expect(gridColourOf('risk', measures)(props('A'))).toEqual(gridMeasureColour('maxDisputeRisk', measures.get('A'), 170));
    expect(gridColourOf('risk', measures)(props('A'))).not.toEqual(gridColourOf('risk', measures)(props('B')));
    expect(gridColourOf('freshness', measures)(props('A'))).toEqual(gridMeasureColour('coverage', measures.get('A'), 170));
  });

  it('greys a grid without a grade, without measures, or while they load', () => {
    const grey = gridMeasureColour('grade', undefined, 170);
    expect(gridColourOf('grade', measures)(props('B'))).toEqual(grey);
    expect(gridColourOf('grade', measures)(props('Z'))).toEqual(grey);
    expect(gridColourOf('risk', undefined)(props('A'))).toEqual(grey);
  });
});

describe('gridColouringLegend', () => {
  it('names every class of each colouring, lowest first', () => {
    expect(gridColouringLegend('risk').map((e) => e.label)).toEqual([{ word: 'riskNone' }, { word: 'riskLow' }, { word: 'riskMedium' }, { word: 'riskHigh' }]);
    expect(gridColouringLegend('grade')[3]).toEqual({ colour: gradePalette.poor, label: { word: 'poor' } });
    expect(gridColouringLegend('freshness').map((e) => 'text' in e.label && e.label.text)).toEqual(['< 50%', '50%–70%', '70%–80%', '80%–90%', '≥ 90%']);
  });
});
