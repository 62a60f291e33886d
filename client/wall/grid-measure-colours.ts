import type { GridMeasure } from '../../core/contracts/wall';
import { householdColour, type Rgba } from '../map/layers/colour-scales';

/** The measures the wall can colour grids by. */
export const gridMeasureKeys = ['households', 'incidentsPer1000', 'grade', 'coverage', 'maxDisputeRisk'] as const;
export type GridMeasureKey = (typeof gridMeasureKeys)[number];

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

function withAlpha([r, g, b]: Rgba, alpha: number): Rgba {
  return [r, g, b, alpha];
}

/** Fill colour of a grid for a measure; the no-data grey for a grid without measures or a missing value. */
export function gridMeasureColour(measure: GridMeasureKey, m: GridMeasure | undefined, alpha = 200): Rgba {
  if (!m) return withAlpha(noData, alpha);
  switch (measure) {
    case 'households':
      return householdColour(m.households, alpha);
    case 'incidentsPer1000':
      return Number.isFinite(m.incidentsPer1000) ? withAlpha(ratePalette[classOf(m.incidentsPer1000, rateBreaks)], alpha) : withAlpha(noData, alpha);
    case 'coverage':
      return Number.isFinite(m.coverage) ? withAlpha(coveragePalette[classOf(m.coverage, coverageBreaks)], alpha) : withAlpha(noData, alpha);
    case 'grade':
      return withAlpha(gradePalette[m.grade as keyof typeof gradePalette] ?? noData, alpha);
    case 'maxDisputeRisk':
      return Number.isFinite(m.maxDisputeRisk) ? withAlpha(riskPalette[classOf(m.maxDisputeRisk, riskBreaks)], alpha) : withAlpha(noData, alpha);
  }
}

export interface MeasureLegendEntry {
  colour: Rgba;
  label: string;
}

/** Legend of a measure: one entry a class, lowest first; grade labels come from the caller's words. */
export function gridMeasureLegend(measure: GridMeasureKey, gradeWords: Record<string, string>): MeasureLegendEntry[] {
  const ranges = (breaks: readonly number[], fmt: (n: number) => string) =>
    [undefined, ...breaks].map((from, k) => {
      const to = breaks[k];
      if (from === undefined) return `< ${fmt(to)}`;
      return to === undefined ? `≥ ${fmt(from)}` : `${fmt(from)}–${fmt(to)}`;
    });
  switch (measure) {
    case 'households':
      return [0, 300, 350, 400, 450, 500].map((h, k, all) => ({
        colour: householdColour(h),
        label: k === 0 ? '< 300' : k === all.length - 1 ? '≥ 500' : `${h}–${all[k + 1]}`,
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
