import type { GridMeasure } from '../../../core/contracts/wall';
import type { MeasureKey } from '../../../core/measures/glossary';
import { householdClass, householdLegend, type Rgba } from './colour-scales';

/** The measures the wall can colour grids by. */
export const gridMeasureKeys = ['households', 'incidentsPer1000', 'grade', 'coverage', 'maxDisputeRisk'] as const;
export type GridMeasureKey = (typeof gridMeasureKeys)[number];
/** Each colouring measure's entry in the glossary, whose words are its tooltip. */
export const gridMeasureGlossaryKey: Record<GridMeasureKey, MeasureKey> = {
  households: 'households', incidentsPer1000: 'incidentsPer1000', grade: 'grade', coverage: 'buildingsVerifiedShare', maxDisputeRisk: 'maxOpenDisputeRisk',
};

export const gradeKeys = ['good', 'fair', 'average', 'poor'] as const; // 好 / 较好 / 一般 / 差

const noData: Rgba = [110, 118, 130, 255];
// ColorBrewer "YlOrRd", 5 classes: incidents per 1,000 residents, light = few.
const ratePalette: Rgba[] = [[255, 255, 178, 255], [254, 204, 92, 255], [253, 141, 60, 255], [240, 59, 32, 255], [189, 0, 38, 255]];
/**
 * Incidents per 1,000 residents in 30 days: class breaks (a class includes its lower break). Fixed, so a colour
 * keeps its meaning from one refresh to the next; the demo data's grids spread over all five (median about 15).
 */
export const rateBreaks = [5, 10, 20, 40] as const;
// ColorBrewer "RdYlGn", 5 classes: coverage of 一标三实 verification, red = poor.
const coveragePalette: Rgba[] = [[215, 25, 28, 255], [253, 174, 97, 255], [255, 255, 191, 255], [166, 217, 106, 255], [26, 150, 65, 255]];
/** The highest early-warning score of a grid's open disputes: low (< 30), medium (30–59), high (≥ 60), as core/disputes grades them. */
export const riskBreaks = [1, 30, 60] as const;
// No open dispute, then ColorBrewer "Reds" for low, medium, high.
const riskPalette: Rgba[] = [[236, 240, 244, 255], [252, 187, 161, 255], [251, 106, 74, 255], [165, 15, 21, 255]];
/** Share of buildings verified in 90 days: class breaks. */
export const coverageBreaks = [0.5, 0.7, 0.8, 0.9] as const;
export const gradePalette: Record<(typeof gradeKeys)[number], Rgba> = {
  good: [26, 150, 65, 255],
  fair: [166, 217, 106, 255],
  average: [253, 174, 97, 255],
  poor: [215, 25, 28, 255],
};

function classOf(value: number, breaks: readonly number[]): number {
  let k = 0;
  while (k < breaks.length && value >= breaks[k]) k++;
  return k;
}

/** The grey of a grid without measures, or without a value for the measure. */
export const gridMeasureNoDataColour: Rgba = noData;

/**
 * The class (index into gridMeasureLegend's entries, lowest first) a grid falls in for a measure; null for a grid
 * without measures or without a value. The one place a grid's class is decided: the fills and the legend read it.
 */
export function gridMeasureClass(measure: GridMeasureKey, m: GridMeasure | undefined): number | null {
  if (!m) return null;
  const finite = (n: number) => (Number.isFinite(n) ? n : null);
  switch (measure) {
    case 'households': {
      const h = finite(m.households);
      return h === null || h < 0 ? null : householdClass(h);
    }
    case 'incidentsPer1000': {
      const r = finite(m.incidentsPer1000);
      return r === null ? null : classOf(r, rateBreaks);
    }
    case 'coverage': {
      const c = finite(m.coverage);
      return c === null ? null : classOf(c, coverageBreaks);
    }
    case 'grade': {
      const k = gradeKeys.indexOf(m.grade as (typeof gradeKeys)[number]);
      return k < 0 ? null : k;
    }
    case 'maxDisputeRisk': {
      const r = finite(m.maxDisputeRisk);
      return r === null ? null : classOf(r, riskBreaks);
    }
  }
}

function withAlpha([r, g, b]: Rgba, alpha: number): Rgba {
  return [r, g, b, alpha];
}

/** Fill colour of a grid for a measure: its class's legend colour; the no-data grey for a grid without a value. */
export function gridMeasureColour(measure: GridMeasureKey, m: GridMeasure | undefined, alpha = 200): Rgba {
  const k = gridMeasureClass(measure, m);
  return withAlpha(k === null ? noData : gridMeasureLegend(measure, {})[k].colour, alpha);
}

export interface MeasureLegendEntry {
  colour: Rgba;
  label: string;
}

/** Legend of a measure: one entry a class, lowest first (the order of gridMeasureClass); grade labels come from the caller's words. */
export function gridMeasureLegend(measure: GridMeasureKey, gradeWords: Record<string, string>): MeasureLegendEntry[] {
  const ranges = (breaks: readonly number[], fmt: (n: number) => string) =>
    [undefined, ...breaks].map((from, k) => {
      const to = breaks[k];
      if (from === undefined) return `< ${fmt(to)}`;
      return to === undefined ? `≥ ${fmt(from)}` : `${fmt(from)}–${fmt(to)}`;
    });
  switch (measure) {
    case 'households':
      return householdLegend().map(({ colour, from, to }) => ({
        colour,
        label: from === null ? `< ${to}` : to === null ? `≥ ${from}` : `${from}–${to}`,
      }));
    case 'incidentsPer1000':
      return ranges(rateBreaks, String).map((label, k) => ({ colour: ratePalette[k], label }));
    case 'coverage':
      return ranges(coverageBreaks, (n) => `${Math.round(n * 100)}%`).map((label, k) => ({ colour: coveragePalette[k], label }));
    case 'grade':
      return gradeKeys.map((g) => ({ colour: gradePalette[g], label: gradeWords[g] ?? g }));
    case 'maxDisputeRisk':
      return ['0', '1–29', '30–59', '≥ 60'].map((label, k) => ({ colour: riskPalette[k], label }));
  }
}
