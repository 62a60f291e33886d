import type { GridPage } from '../../../core/contracts/workforce';

/** Whether a grid's households lie below or above the band its plan set (inclusive, as the planner counts), or within it (null). */
export function bandBreach(households: number, band: GridPage['grid']['householdBand']): 'below' | 'above' | null {
  if (!band) return null;
  if (households < band.min) return 'below';
  if (households > band.max) return 'above';
  return null;
}
