import { bandMiddle, inBand, type HouseholdBand } from './household-band';
import type { GridMeasure } from './measure-grids';

/** One row of the planner's grid table. */
export interface GridRow extends GridMeasure {
  /**
   * (households − the band's middle) ÷ the middle × 100. Measured from the middle rather than the nearest edge so
   * that it also ranks grids inside the band (a 480-household grid is "fuller" than a 320 one); `inBand` says which
   * grids break the rule.
   */
  deviationPct: number;
  inBand: boolean;
  /** Outside the band or not contiguous: highlighted in the table and on the map. */
  offending: boolean;
  locked: boolean;
}

/** The table rows of a draft's grids, in the measures' order. */
export function gridRows(measures: readonly GridMeasure[], band: HouseholdBand, locked: ReadonlySet<string>): GridRow[] {
  const middle = bandMiddle(band);
  return measures.map((m) => {
    const within = inBand(m.households, band);
    return {
      ...m,
      deviationPct: ((m.households - middle) / middle) * 100,
      inBand: within,
      offending: !within || !m.contiguous,
      locked: locked.has(m.key),
    };
  });
}

/** A summary line: how many grids, how many break a rule, the largest |deviation| from the middle. */
export interface PlanSummary {
  grids: number;
  outsideBand: number;
  notContiguous: number;
  maxAbsDeviationPct: number;
}

export function summarisePlan(rows: readonly GridRow[]): PlanSummary {
  return {
    grids: rows.length,
    outsideBand: rows.filter((r) => !r.inBand).length,
    notContiguous: rows.filter((r) => !r.contiguous).length,
    maxAbsDeviationPct: Math.max(0, ...rows.map((r) => Math.abs(r.deviationPct))),
  };
}
