import { z } from 'zod';
import { BboxSchema, csvOf } from './query-params';

/** Query of GET /api/incidents. Hours are local (Asia/Shanghai) hours of day 0–23; weekdays ISO 1 (Mon) … 7 (Sun). */
export const IncidentQuerySchema = z
  .object({
    from: z.iso.datetime({ offset: true, message: 'from must be an ISO date-time, e.g. 2026-01-01T00:00:00+08:00' }).optional(),
    to: z.iso.datetime({ offset: true, message: 'to must be an ISO date-time, e.g. 2026-02-01T00:00:00+08:00' }).optional(),
    categories: csvOf(z.string().regex(/^[A-Z_]{2,32}$/, 'categories must be category codes like THEFT_RES')).optional(),
    hours: csvOf(z.coerce.number().int().min(0).max(23)).optional(),
    weekdays: csvOf(z.coerce.number().int().min(1).max(7)).optional(),
    bbox: BboxSchema.optional(),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), { message: 'from must be before to', path: ['from'] });
export type IncidentQuery = z.infer<typeof IncidentQuerySchema>;

/**
 * Answer of GET /api/incidents: columnar, so a heatmap of 100,000 points is one flat array, not 100,000 features.
 * positions = [lng0, lat0, lng1, lat1, …]; times = epoch seconds; categories = index into categoryCodes.
 */
export interface IncidentColumns {
  count: number;
  positions: number[];
  times: number[];
  categories: number[];
  categoryCodes: string[];
}

export interface IncidentCategory {
  code: string;
  nameZh: string;
  nameEn: string;
  group: string;
}
