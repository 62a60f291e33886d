import { z } from 'zod';
import { idNumberSchema, phoneSchema } from './person-numbers';
import { isoDate, requiredText, ResidentImportRowSchema } from './registry';
import { rule } from './rule-messages';
import { searchTextSchema } from './search-text';

export const ResidentQuerySchema = z.object({
  gridCode: z.string().regex(/^[0-9A-Za-z-]{1,40}$/, 'gridCode must be a grid code like 511703001001001').optional(),
  buildingCode: z.string().regex(/^[0-9A-Za-z-]{1,40}$/, 'buildingCode must be a building code').optional(),
  kind: z.enum(['registered', 'floating'], { message: 'kind must be registered or floating' }).optional(),
  /** A name (or part of one) or an ID number (whole, or its first 6 or more characters), as the people search reads it. */
  q: searchTextSchema.optional(),
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

/**
 * PATCH /api/residents/:id: a correction or a move-out (迁出) of one resident — any of these fields, at least one.
 * Each field has the 一标三实 import's rule (registry.ts, person-numbers.ts), so a corrected record reads as an
 * imported one would. null clears the phone, or undoes a move-out entered by mistake. movedOutOn is also checked by
 * the server against what only it knows: not after today (Asia/Shanghai), not before the record's moved-in date.
 */
export const ResidentChangeSchema = z
  .object({
    name: requiredText('name', 40).optional(),
    idNumber: idNumberSchema('idNumber').optional(),
    phone: phoneSchema('phone').nullable().optional(),
    houseNumber: requiredText('houseNumber', 40).optional(),
    kind: ResidentImportRowSchema.shape.kind.optional(),
    movedOutOn: isoDate('movedOutOn').nullable().optional(),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), rule('change_something'));
export type ResidentChange = z.infer<typeof ResidentChangeSchema>;
/** The fields a change may name, in the form's order (the audit row lists those that changed in this order). */
export const residentChangeFields = ['name', 'idNumber', 'phone', 'houseNumber', 'kind', 'movedOutOn'] as const satisfies readonly (keyof ResidentChange)[];
export type ResidentChangeField = (typeof residentChangeFields)[number];

/** The answer of a change: the resident as the list shows it (masked), with its move-out date and when it was verified. */
export const ChangedResidentSchema = ResidentSchema.extend({
  movedOutOn: z.string().nullable(),
  /** ISO 8601; the change itself verified the record, so this is the time of the change. */
  verifiedAt: z.string().nullable(),
});
export type ChangedResident = z.infer<typeof ChangedResidentSchema>;
