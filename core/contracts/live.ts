import { z } from 'zod';

/** A new incident as registered by the command center or an officer (POST /api/incidents). */
export const NewIncidentSchema = z.object({
  categoryCode: z.string().regex(/^[A-Z_]{2,32}$/, 'categoryCode must be a category code like THEFT_RES'),
  source: z.enum(['110', 'patrol', 'walk_in', 'grid_report'], { message: 'source must be 110, patrol, walk_in or grid_report' }),
  lng: z.number({ message: 'lng must be a number' }).min(-180).max(180),
  lat: z.number({ message: 'lat must be a number' }).min(-90).max(90),
  occurredAt: z.iso.datetime({ offset: true, message: 'occurredAt must be an ISO date-time' }).optional(),
});
export type NewIncident = z.infer<typeof NewIncidentSchema>;

/** What the wall learns of a new incident: where, when, what — no personal data. */
export interface LiveIncident {
  id: number;
  occurredAt: string;
  categoryCode: string;
  lng: number;
  lat: number;
  gridCode: string;
  beatCode: string | null;
}

/** What open pages learn when a grid plan is published: reload the grids of that area. */
export interface LivePlan {
  planId: string;
  areaCode: string;
  areaName: string;
  grids: number;
  publishedBy: string;
}

/** One server-sent event of GET /api/live (the SSE event name is `kind`); `id` is also the SSE id, for replay after Last-Event-ID. */
export interface LiveIncidentEvent {
  id: number;
  at: string;
  kind: 'incident';
  payload: LiveIncident;
}
export interface LivePlanEvent {
  id: number;
  at: string;
  kind: 'plan';
  payload: LivePlan;
}
export type LiveEvent = LiveIncidentEvent | LivePlanEvent;

export const liveChannel = 'jingwang_live';
