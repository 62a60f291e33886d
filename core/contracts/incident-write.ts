import { z } from 'zod';
import { LiveIncidentSchema } from './live';

/** Items a batch may hold (POST /api/incidents/batch): about 1 MB of JSON, well under the route's 8 MiB limit. */
export const maxBatchItems = 5000;

/**
 * An incident as a write answers it: what the wall learns, the dispatch system's number, and whether this call
 * registered it or found it registered by an earlier call with the same number. A batch always says both; the single
 * POST adds externalId only when one was sent and replayed only on a replay, so its 201 stays the LiveIncident it was.
 */
export const WrittenIncidentSchema = LiveIncidentSchema.extend({
  replayed: z.boolean().optional().meta({ description: '此接警单号此前已登记，返回的是原警情 / the externalId was known: this is the original incident' }),
}).meta({ id: 'WrittenIncident' });
export type WrittenIncident = z.infer<typeof WrittenIncidentSchema>;

/** What a batch did: every item's incident in the order sent, with how many were new and how many replays. */
export const IncidentBatchResultSchema = z.object({
  created: z.number().int(),
  replayed: z.number().int(),
  incidents: z.array(WrittenIncidentSchema),
});
export type IncidentBatchResult = z.infer<typeof IncidentBatchResultSchema>;

/** Why an item of a batch was refused; the whole batch is then refused and nothing is written. */
export const incidentRefusalReasons = ['outside_grids', 'outside_scope', 'unknown_category', 'external_id_conflict', 'external_id_repeats'] as const;
export type IncidentRefusalReason = (typeof incidentRefusalReasons)[number];

/** One refused item: its number (1-based, the line of an NDJSON body), the field at fault and why, in the request's language. */
export const IncidentItemProblemSchema = z.object({
  item: z.number().int(),
  field: z.string(),
  reason: z.string(),
  message: z.string(),
});
export type IncidentItemProblem = z.infer<typeof IncidentItemProblemSchema>;

/** A refused batch (400 for malformed items, 422 for refused ones): nothing was written. */
export const IncidentBatchRefusalSchema = z.object({
  error: z.string(),
  message: z.string(),
  items: z.array(IncidentItemProblemSchema),
});
export type IncidentBatchRefusal = z.infer<typeof IncidentBatchRefusalSchema>;
