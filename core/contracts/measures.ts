import type { Grade } from './workforce';

/**
 * One grid's measures as every view shows them (issue 12, item 1): computed once, in
 * server/db/repos/measures.repo.ts, and defined in words in core/measures/glossary.ts. Shares are 0–1 rounded to
 * 4 decimals, null when there is nothing to divide.
 */
export interface GridMeasures {
  code: string;
  name: string;
  residents: number;
  households: number;
  buildings: number;
  buildingsVerified: number;
  buildingsVerifiedShare: number | null;
  residentsVerified: number;
  residentsVerifiedShare: number | null;
  overdueChecks: number;
  openDisputes: number;
  highRiskDisputes: number;
  overdueDisputes: number;
  /** The highest early-warning score among the open disputes, 0 when none. */
  maxOpenDisputeRisk: number;
  /** Incidents of the last INCIDENT_WINDOW_DAYS days. */
  incidents: number;
  incidentsPer1000: number | null;
  /** The latest two-month round's grade, score and district rank; null when the grid was not assessed in it. */
  round: string | null;
  grade: Grade | null;
  assessmentTotal: number | null;
  assessmentRank: number | null;
}
