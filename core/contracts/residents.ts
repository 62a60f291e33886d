import { z } from 'zod';

export const ResidentQuerySchema = z.object({
  gridCode: z.string().regex(/^[0-9A-Za-z-]{1,40}$/, 'gridCode must be a grid code like 511703001001001').optional(),
  buildingCode: z.string().regex(/^[0-9A-Za-z-]{1,40}$/, 'buildingCode must be a building code').optional(),
  kind: z.enum(['registered', 'floating'], { message: 'kind must be registered or floating' }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ResidentQuery = z.infer<typeof ResidentQuerySchema>;

export const ResidentIdSchema = z.object({ id: z.string().regex(/^R\d{1,9}$/, 'id must be a resident id like R000123') });

/** A resident as listed: name, ID number, phone and house number masked. */
export const ResidentSchema = z.object({
  id: z.string(),
  name: z.string(),
  idNumber: z.string(),
  phone: z.string().nullable(),
  houseNumber: z.string(),
  buildingCode: z.string(),
  /** The building as people name it: compound and building ('桂花雅居1栋'). */
  buildingName: z.string().nullable(),
  gridCode: z.string(),
  gridName: z.string().nullable(),
  kind: z.enum(['registered', 'floating']),
  movedInOn: z.string().nullable(),
  masked: z.boolean(),
});
export type Resident = z.infer<typeof ResidentSchema>;

export const ResidentPageSchema = z.object({
  total: z.number(),
  rows: z.array(ResidentSchema),
});
export type ResidentPage = z.infer<typeof ResidentPageSchema>;
