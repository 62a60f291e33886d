import { z } from 'zod';
import { ImportFileInfoSchema } from './registry';

/**
 * POST /api/planner/plan-file (issue 14, item 4): a zipped Shapefile or a GeoPackage read on the server (the browser
 * has no SQLite, and one decoder serves both imports) and answered as a CRS84 FeatureCollection, which the planner
 * then reads as it reads a GeoJSON plan.
 */
export const DecodeFileQuerySchema = z.object({
  encoding: z.enum(['utf-8', 'gbk'], { message: 'encoding must be utf-8 or gbk' }).optional(),
  table: z.string().min(1).max(200).optional(),
});

export const DecodedFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({ type: z.literal('Feature'), geometry: z.unknown(), properties: z.record(z.string(), z.unknown()).nullable() }).passthrough()),
  file: ImportFileInfoSchema,
});
export type DecodedFile = z.infer<typeof DecodedFileSchema>;
