/** Answer of GET /api/wall/summary: aggregates only — the wall display never receives personal data. */
export interface WallSummary {
  generatedAt: string;
  incidents: {
    today: number;
    sameDayLastWeek: number;
    last7d: number;
    previous7d: number;
    byCategory: { code: string; last7d: number; previous7d: number }[];
  };
  disputes: { open: number; overdue: number; escalatedThisWeek: number };
  work: { kind: string; thisMonth: number; thisYear: number }[];
  verification: {
    districtCoverage: number; // share of buildings verified in the last 90 days, 0–1
    worstGrids: { code: string; name: string; coverage: number }[];
  };
  grades: { round: string | null; counts: Record<string, number> };
  /** incidents of the last 28 days by local weekday (1 = Monday … 7) and hour (0–23): matrix[weekday-1][hour] */
  hourWeekday: number[][];
  recent: { id: number; occurredAt: string; categoryCode: string; gridCode: string | null; lng: number; lat: number }[];
}

/** One grid's measures for colouring the wall map (GET /api/wall/grid-measures). */
export interface GridMeasure {
  code: string;
  households: number;
  residents: number;
  incidents30d: number;
  incidentsPer1000: number; // last 30 days, per 1,000 residents
  grade: string | null; // latest two-month round
  coverage: number; // share of its buildings verified in the last 90 days
  openDisputes: number; // not yet closed
  maxDisputeRisk: number; // the highest 民转刑 early-warning score among them (0–100)
}
