import { z } from 'zod';
import { SHANGHAI_OFFSET } from '../time/shanghai-time';

/** A comma-separated query value parsed into a non-empty list of items. */
export function csvOf<T extends z.ZodType>(item: T) {
  return z
    .string()
    .transform((s) => s.split(',').map((p) => p.trim()).filter((p) => p.length > 0))
    // zod's coerce schemas declare their input as unknown, which pipe() will not accept from string[].
    .pipe(z.array(item).min(1, 'must list at least one value') as unknown as z.ZodType<z.output<T>[], string[]>);
}

/** bbox=minLng,minLat,maxLng,maxLat in EPSG:4326. */
export const BboxSchema = z
  .string()
  .transform((s) => s.split(',').map((p) => Number(p)))
  .pipe(
    z
      .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number().min(-180).max(180), z.number().min(-90).max(90)], {
        message: 'bbox must be four numbers: minLng,minLat,maxLng,maxLat',
      })
      .refine(([w, s, e, n]) => w < e && s < n, 'bbox must have minLng < maxLng and minLat < maxLat'),
  );
export type Bbox = z.infer<typeof BboxSchema>;

export const FeatureQuerySchema = z.object({ bbox: BboxSchema.optional() });

/** Free text from a person: no control characters (PostgreSQL text cannot hold NUL, and logs should not hold escapes). */
export function plainText(field: string, maxLength: number) {
  return z
    .string()
    .max(maxLength, `${field} is at most ${maxLength} characters`)
    // eslint-disable-next-line no-control-regex
    .regex(/^[^\u0000-\u001f\u007f]*$/, `${field} must not contain control characters`);
}

const bareDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day after 'YYYY-MM-DD', or null when the text is no real date (2026-02-30). */
function nextDay(date: string): string | null {
  const m = bareDate.exec(date);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return null;
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * One end of a period in a query (`from` inclusive, `to` exclusive): an ISO date-time with an offset, or a bare date
 * 'YYYY-MM-DD' meaning that whole day in Asia/Shanghai — `from=2026-01-01` is 2026-01-01T00:00:00+08:00 and
 * `to=2026-01-31` is 2026-02-01T00:00:00+08:00, so the 31st is counted. What a person or a script types for "January"
 * (issue 12). The output is always an ISO date-time with an offset.
 */
export function periodBound(field: 'from' | 'to') {
  const message = `${field} must be a date (2026-01-01, a whole day in Asia/Shanghai) or an ISO date-time with offset (2026-01-01T00:00:00+08:00)`;
  return z.string().transform((s, ctx) => {
    if (bareDate.test(s)) {
      const after = nextDay(s);
      if (after === null) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return `${field === 'from' ? s : after}T00:00:00${SHANGHAI_OFFSET}`;
    }
    if (!z.iso.datetime({ offset: true }).safeParse(s).success) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return s;
  });
}
