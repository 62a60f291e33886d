import { z } from 'zod';

/** Answer of GET /api/wall/summary: aggregates only — the wall display never receives personal data. */
export const WallSummarySchema = z.object({
  generatedAt: z.string(),
  incidents: z.object({
    today: z.number(),
    sameDayLastWeek: z.number(),
    last7d: z.number(),
    previous7d: z.number(),
    byCategory: z.array(z.object({
      code: z.string(),
      last7d: z.number(),
      previous7d: z.number(),
    })),
  }),
  disputes: z.object({
    open: z.number(),
    overdue: z.number(),
    escalatedThisWeek: z.number(),
  }),
  work: z.array(z.object({
    kind: z.string(),
    thisMonth: z.number(),
    thisYear: z.number(),
  })),
  verification: z.object({
    districtCoverage: z.number(), // share of buildings verified in the last 90 days, 0–1
    worstGrids: z.array(z.object({
      code: z.string(),
      name: z.string(),
      coverage: z.number(),
    })),
  }),
  grades: z.object({
    round: z.string().nullable(),
    counts: z.record(z.string(), z.number()),
  }),
  /** incidents of the last 28 days by local weekday (1 = Monday … 7) and hour (0–23): matrix[weekday-1][hour] */
  hourWeekday: z.array(z.array(z.number())),
  recent: z.array(z.object({
    id: z.number(),
    occurredAt: z.string(),
    categoryCode: z.string(),
    gridCode: z.string().nullable(),
    lng: z.number(),
    lat: z.number(),
    /** When it was entered (see LiveIncident.recordedAt). */
    recordedAt: z.string(),
    /** The call's 接警单号 (see LiveIncident.externalId). */
    externalId: z.string().nullable(),
  })),
});
export type WallSummary = z.infer<typeof WallSummarySchema>;

/** One grid's measures for colouring the wall map (GET /api/wall/grid-measures). */
export const GridMeasureSchema = z.object({
  code: z.string(),
  households: z.number(),
  residents: z.number(),
  incidents30d: z.number(),
  incidentsPer1000: z.number(), // last 30 days, per 1,000 residents
  grade: z.string().nullable(), // latest two-month round
  coverage: z.number(), // share of its buildings verified in the last 90 days
  openDisputes: z.number(), // not yet closed
  maxDisputeRisk: z.number(), // the highest 民转刑 early-warning score among them (0–100)
});
export type GridMeasure = z.infer<typeof GridMeasureSchema>;
