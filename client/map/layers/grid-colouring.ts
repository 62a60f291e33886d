import type { GridMeasure } from '../../../core/contracts/wall';
import type { GridProperties } from '../../api/feature-types';
import { gridMeasureColour, gridMeasureLegend, type GridMeasureKey } from './grid-measure-colours';
import { householdColour, type Rgba } from './colour-scales';

/**
 * What the dashboard can colour grids by: households (the default), dispute risk (the highest early-warning score
 * among the grid's open disputes), the leader's grade in the latest round, and 一标三实 freshness (share of the
 * grid's buildings verified in 90 days). All but households come from GET /api/wall/grid-measures and use the
 * wall's classes and colours (client/map/layers/grid-measure-colours.ts), so a grid means the same on both screens.
 */
export const gridColourings = ['households', 'risk', 'grade', 'freshness'] as const;
export type GridColouring = (typeof gridColourings)[number];

/** The grid measure behind each colouring but households. */
export const measureOfColouring: Record<Exclude<GridColouring, 'households'>, GridMeasureKey> = {
  risk: 'maxDisputeRisk',
  grade: 'grade',
  freshness: 'coverage',
};

const alpha = 170; // as the household fill: the base map's streets stay readable underneath

/**
 * The fill colour of a grid for a colouring, from the grid measures by code; the wall's no-data grey for a grid
 * without measures (or while they load).
 */
export function gridColourOf(by: GridColouring, measures: ReadonlyMap<string, GridMeasure> | undefined): (p: GridProperties) => Rgba {
  if (by === 'households') return (p) => householdColour(p.households, alpha);
  const measure = measureOfColouring[by];
  return (p) => gridMeasureColour(measure, measures?.get(p.code), alpha);
}

export type ColouringWord = 'riskNone' | 'riskLow' | 'riskMedium' | 'riskHigh' | 'good' | 'fair' | 'average' | 'poor';

export interface ColouringLegendEntry {
  colour: Rgba;
  /** A word the caller translates (risk classes, grades), or a range as text (freshness). */
  label: { word: ColouringWord } | { text: string };
}

const riskWords: ColouringWord[] = ['riskNone', 'riskLow', 'riskMedium', 'riskHigh']; // the wall's classes 0, 1–29, 30–59, ≥ 60
const gradeWords: ColouringWord[] = ['good', 'fair', 'average', 'poor'];

/** The legend of a colouring other than households (which keeps its own, with household classes), lowest first. */
export function gridColouringLegend(by: Exclude<GridColouring, 'households'>): ColouringLegendEntry[] {
  const entries = gridMeasureLegend(measureOfColouring[by], {});
  return entries.map((e, k) => ({
    colour: e.colour,
    label: by === 'risk' ? { word: riskWords[k] } : by === 'grade' ? { word: gradeWords[k] } : { text: e.label },
  }));
}
