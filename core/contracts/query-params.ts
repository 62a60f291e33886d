import { z } from 'zod';

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
