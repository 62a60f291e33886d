/**
 * 一标三实 (issue 7): standard addresses, residents, houses and organisations — the import rows the client's
 * forms and the server validate alike, collection tasks, verification visits, and the answers of /api/registry.
 * CSV columns are the row schemas' keys (snake_case, as in the database).
 */
import { z } from 'zod';
import { idNumberSchema, phoneSchema } from './person-numbers';
import { plainText } from './query-params';
import { rule } from './rule-messages';

export const registryKinds = ['residents', 'houses', 'organisations', 'addresses'] as const;
export type RegistryKind = (typeof registryKinds)[number];
/** Places imported from feature files with their geometry (issue 14, item 4): the grid is found from where they lie. */
export const placeImportKinds = ['buildings', 'key_places'] as const;
export type PlaceImportKind = (typeof placeImportKinds)[number];
export const importKinds = [...registryKinds, ...placeImportKinds] as const;
export type ImportKind = (typeof importKinds)[number];
export const keyPlaceKinds = ['government', 'school', 'mall', 'hospital', 'construction', 'nightlife', 'transport'] as const;
/** A place file's columns; the first is the key. Shapefiles cut compound_code to compound_c (server/files/registry-columns.ts). */
export const placeColumns: Record<PlaceImportKind, readonly string[]> = {
  buildings: ['code', 'name', 'floors', 'households', 'compound_code'],
  key_places: ['code', 'name', 'kind'],
};
export const residentKinds = ['registered', 'floating'] as const;
export const houseUses = ['owner_occupied', 'rented', 'vacant'] as const;
export type HouseUse = (typeof houseUses)[number];
export const organisationKinds = [
  'small_hotel', 'entertainment', 'shop', 'school', 'kindergarten', 'clinic', 'pharmacy', 'restaurant', 'internet_cafe', 'other',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** A record counts as fresh when it was verified within this many days (the "share verified within 90 days"). */
export const FRESH_DAYS = 90;
/** At most this many rows an import (about 90,000 resident rows fit in the import route's 10 MiB). */
export const MAX_IMPORT_ROWS = 100_000;

const codeRe = /^[0-9A-Za-z][0-9A-Za-z-]{0,39}$/;
const code = (field: string) => z.string().refine((s) => codeRe.test(s), rule('code_format', {}, field));
const isoDateRe = /^\d{4}-\d{2}-\d{2}$/;
const date = (field: string) => z.iso.date({ message: `${field} must be a date like 2026-03-01` });
const required = (field: string, max: number) => plainText(field, max).trim().min(1, `${field} is required`);
// Dates are compared only when both are well-formed: zod runs object refinements even when a field failed.
const inOrder = (from?: string, to?: string) => !from || !to || !isoDateRe.test(from) || !isoDateRe.test(to) || from <= to;
/** The import's rules for a required text and a date, for the route that corrects one record (core/contracts/residents.ts). */
export { required as requiredText, date as isoDate };

export const GridCodeSchema = z.string().regex(/^\d{15}$/, 'grid must be a grid code of 15 digits, e.g. 511703001001001');
export const BuildingCodeSchema = code('buildingCode');

export const ResidentImportRowSchema = z
  .object({
    id: z.string().refine((s) => /^R\d{1,9}$/.test(s), rule('resident_id_format', {}, 'id')),
    name: required('name', 40),
    id_number: idNumberSchema('id_number'),
    phone: phoneSchema('phone').optional(),
    building_code: code('building_code'),
    house_number: required('house_number', 40),
    kind: z.enum(residentKinds, { message: 'kind must be registered or floating' }),
    moved_in_on: date('moved_in_on'),
    moved_out_on: date('moved_out_on').optional(),
    house_code: code('house_code').optional(),
  })
  .refine((r) => inOrder(r.moved_in_on, r.moved_out_on), { ...rule('date_not_before', { other: 'moved_in_on', otherName: '入住日期' }, 'moved_out_on'), path: ['moved_out_on'] });
export type ResidentImportRow = z.infer<typeof ResidentImportRowSchema>;

export const HouseImportRowSchema = z
  .object({
    code: code('code'),
    address_code: code('address_code'),
    number: required('number', 40),
    use: z.enum(houseUses, { message: 'use must be owner_occupied, rented or vacant' }),
    rental_start: date('rental_start').optional(),
    rental_end: date('rental_end').optional(),
  })
  .refine((h) => h.use !== 'rented' || h.rental_start !== undefined, { ...rule('rental_start_required', {}, 'rental_start'), path: ['rental_start'] })
  .refine((h) => inOrder(h.rental_start, h.rental_end), { ...rule('date_not_before', { other: 'rental_start', otherName: '起租日期' }, 'rental_end'), path: ['rental_end'] });
export type HouseImportRow = z.infer<typeof HouseImportRowSchema>;

export const OrganisationImportRowSchema = z.object({
  code: code('code'),
  name: required('name', 100),
  kind: z.enum(organisationKinds, { message: `kind must be one of ${organisationKinds.join(', ')}` }),
  address_code: code('address_code'),
  contact: plainText('contact', 40).trim().optional(),
});
export type OrganisationImportRow = z.infer<typeof OrganisationImportRowSchema>;

export const AddressImportRowSchema = z.object({
  code: code('code'),
  building_code: code('building_code'),
  label: required('label', 200),
});
export type AddressImportRow = z.infer<typeof AddressImportRowSchema>;

export interface ImportRowOf {
  residents: ResidentImportRow;
  houses: HouseImportRow;
  organisations: OrganisationImportRow;
  addresses: AddressImportRow;
}

export const importRowSchemas = {
  residents: ResidentImportRowSchema,
  houses: HouseImportRowSchema,
  organisations: OrganisationImportRowSchema,
  addresses: AddressImportRowSchema,
} as const;

/** The CSV header of each kind, in order; the first column is the record's key. Optional columns may be left empty. */
export const registryColumns: Record<RegistryKind, readonly string[]> = {
  residents: ['id', 'name', 'id_number', 'phone', 'building_code', 'house_number', 'kind', 'moved_in_on', 'moved_out_on', 'house_code'],
  houses: ['code', 'address_code', 'number', 'use', 'rental_start', 'rental_end'],
  organisations: ['code', 'name', 'kind', 'address_code', 'contact'],
  addresses: ['code', 'building_code', 'label'],
};

/** One refused row: its line in the CSV file (the header is line 1) or its 1-based position among the GeoJSON features. */
export const ImportRejectionSchema = z.object({
  row: z.number(), // 0: the file as a whole (not CSV, not a FeatureCollection, no rows, too many rows)
  field: z.string(), // a column or property name, 'geometry', or '' for the whole row
  reason: z.string(),
});
export type ImportRejection = z.infer<typeof ImportRejectionSchema>;

export const ImportQuerySchema = z.object({
  kind: z.enum(importKinds, { message: `kind must be one of ${importKinds.join(', ')}` }).optional(),
  // Validate and write inside the transaction, then roll back: the full report without changing anything.
  dryRun: z.enum(['true', 'false'], { message: 'dryRun must be true or false' }).optional().transform((v) => v === 'true'),
  // A zipped Shapefile without a .cpg: the encoding of its attributes (issue 14, item 4; a .cpg always wins); a
  // text/csv body: the encoding of its bytes (default UTF-8, and bytes that are not UTF-8 are refused).
  encoding: z.enum(['utf-8', 'gbk'], { message: 'encoding must be utf-8 or gbk' }).optional(),
  // A GeoPackage: the feature table to read (default: the first in gpkg_contents).
  table: z.string().min(1).max(200).optional(),
});

/** A JSON import body; a text/csv or application/geo+json body carries the file itself instead. */
export const ImportBodySchema = z.object({
  kind: z.enum(importKinds, { message: `kind must be one of ${importKinds.join(', ')}` }).optional(),
  format: z.enum(['csv', 'geojson'], { message: 'format must be csv or geojson' }),
  content: z.union([z.string(), z.record(z.string(), z.unknown())], { message: 'content must be the CSV text or a GeoJSON FeatureCollection' }),
});
export type ImportBody = z.infer<typeof ImportBodySchema>;

/**
 * What was read from a Shapefile, a GeoPackage or a GeoJSON with a crs member (issue 14, item 4): absent for plain
 * CSV and CRS84 GeoJSON. Warnings are sentences in the caller's language.
 */
export const ImportFileInfoSchema = z.object({
  type: z.enum(['shp', 'gpkg', 'geojson']),
  layer: z.string(),
  crs: z.string(), // the source CRS as the file names it, e.g. EPSG:4524; features were taken to CRS84
  encoding: z.string().optional(), // Shapefiles: the encoding the attributes were read in
  detectedEncoding: z.enum(['utf-8', 'gbk', 'unknown']).optional(), // Shapefiles: what the attribute bytes look like
  warnings: z.array(z.string()),
});
export type ImportFileInfo = z.infer<typeof ImportFileInfoSchema>;

/** 201 (or 200 for a dry run): every row was written (or would have been). */
export const ImportResultSchema = z.object({
  kind: z.enum(registryKinds),
  format: z.enum(['csv', 'geojson']),
  rows: z.number(),
  written: z.number(),
  dryRun: z.boolean(),
  ignoredColumns: z.array(z.string()),
  file: ImportFileInfoSchema.optional(),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

/** 422: nothing was written; every refused row with its reasons, by row then field. */
export const ImportRefusalSchema = z.object({
  error: z.literal('rejected_rows'),
  message: z.string(),
  kind: z.enum(registryKinds),
  rows: z.number(),
  rejected: z.array(ImportRejectionSchema),
  file: ImportFileInfoSchema.optional(),
});
export type ImportRefusal = z.infer<typeof ImportRefusalSchema>;
/** The same answers for buildings and key places; the registry's client panel imports only the registry kinds. */
export const PlaceImportResultSchema = ImportResultSchema.extend({ kind: z.enum(placeImportKinds), format: z.literal('geojson') });
export type PlaceImportResult = z.infer<typeof PlaceImportResultSchema>;
export const PlaceImportRefusalSchema = ImportRefusalSchema.extend({ kind: z.enum(placeImportKinds) });
export type PlaceImportRefusal = z.infer<typeof PlaceImportRefusalSchema>;

export const FreshnessQuerySchema = z.object({ grid: GridCodeSchema.optional() });
export const BuildingParamSchema = z.object({ code: BuildingCodeSchema });

/** Counts of one grid or building; "verified" = verified within FRESH_DAYS. Residents are those not moved out. */
export const FreshnessCountsSchema = z.object({
  buildings: z.number(),
  buildingsVerified: z.number(),
  buildingsWithAddress: z.number(),
  addresses: z.number(),
  addressesVerified: z.number(),
  residents: z.number(),
  residentsVerified: z.number(),
  floating: z.number(),
  houses: z.number(),
  housesVerified: z.number(),
  rented: z.number(),
  vacant: z.number(),
  organisations: z.number(),
  organisationsVerified: z.number(),
});
export type FreshnessCounts = z.infer<typeof FreshnessCountsSchema>;

/** Shares in [0, 1] (null when there is nothing to divide); see summariseFreshness and core/measures/glossary.ts. */
export const FreshnessSharesSchema = z.object({
  buildingsVerifiedShare: z.number().nullable(), // 楼栋核验率: buildings verified within FRESH_DAYS / buildings
  residentsVerifiedShare: z.number().nullable(), // 人员核验率: residents verified within FRESH_DAYS / residents
  coverage: z.number().nullable(), // buildings with a standard address / buildings
  floatingShare: z.number().nullable(), // floating / residents
  rentalShare: z.number().nullable(), // rented / houses
  overdueChecks: z.number(), // buildings not verified within FRESH_DAYS
});
export type FreshnessShares = z.infer<typeof FreshnessSharesSchema>;

export const GridFreshnessSchema = z.object({
  ...FreshnessCountsSchema.shape,
  ...FreshnessSharesSchema.shape,
  gridCode: z.string(),
  name: z.string(),
  openTasks: z.number(),
  overdueTasks: z.number(),
});
export type GridFreshness = z.infer<typeof GridFreshnessSchema>;

export const BuildingFreshnessSchema = z.object({
  ...FreshnessCountsSchema.shape,
  ...FreshnessSharesSchema.shape,
  buildingCode: z.string(),
  name: z.string(),
  compoundName: z.string(),
  /** The building as every view names it (星河城2栋): buildingLabel, not the two names side by side. */
  label: z.string(),
  verifiedAt: z.string().nullable(),
  lastVisitAt: z.string().nullable(),
  openTasks: z.number(),
});
export type BuildingFreshness = z.infer<typeof BuildingFreshnessSchema>;

export const FreshnessAnswerSchema = z.union([z.object({
  level: z.literal('grids'),
  freshDays: z.number(),
  rows: z.array(GridFreshnessSchema),
}), z.object({
  level: z.literal('buildings'),
  freshDays: z.number(),
  gridCode: z.string(),
  rows: z.array(BuildingFreshnessSchema),
})]);
export type FreshnessAnswer = z.infer<typeof FreshnessAnswerSchema>;

export const TaskQuerySchema = z.object({
  grid: GridCodeSchema.optional(),
  status: z.enum(['open', 'done', 'cancelled'], { message: 'status must be open, done or cancelled' }).optional(),
  assignee: z.string().regex(/^P\d{1,9}$/, 'assignee must be a person id like P00012').optional(),
});

export const NewTaskSchema = z.object({
  gridCode: GridCodeSchema,
  buildingCode: BuildingCodeSchema.optional(),
  assignee: z.string().regex(/^P\d{1,9}$/, 'assignee must be a person id like P00012'),
  note: plainText('note', 500).default(''),
  dueOn: date('dueOn'),
});
export type NewTask = z.infer<typeof NewTaskSchema>;
export const TaskIdSchema = z.object({ id: z.uuid({ message: 'id must be a task id (UUID)' }) });

export const CollectionTaskSchema = z.object({
  id: z.string(),
  gridCode: z.string(),
  gridName: z.string().nullable(),
  buildingCode: z.string().nullable(),
  buildingName: z.string().nullable(),
  assignee: z.string(),
  assigneeName: z.string().nullable(),
  note: z.string(),
  dueOn: z.string(),
  status: z.enum(['open', 'done', 'cancelled']),
  overdue: z.boolean(), // open and due before today (Asia/Shanghai)
  createdBy: z.string(),
  /** Whom createdBy shows as: the account's display name (or the seed's label). */
  createdByName: z.string(),
  createdAt: z.string(),
  doneAt: z.string().nullable(),
});
export type CollectionTask = z.infer<typeof CollectionTaskSchema>;

export const NewVisitSchema = z.object({
  buildingCode: BuildingCodeSchema,
  taskId: z.uuid({ message: 'taskId must be a task id (UUID)' }).optional(),
  // A visit recorded afterwards (default: now); it never moves a record's verified_at backwards.
  visitedAt: z.iso.datetime({ offset: true, message: 'visitedAt must be an ISO date-time, e.g. 2026-03-01T10:00:00+08:00' }).optional(),
  notes: plainText('notes', 1000).default(''),
});
export type NewVisit = z.infer<typeof NewVisitSchema>;

export const VerificationVisitSchema = z.object({
  id: z.number(),
  buildingCode: z.string(),
  gridCode: z.string(),
  visitedAt: z.string(),
  byUsername: z.string(),
  /** Whom byUsername shows as: the account's display name. */
  byName: z.string(),
  taskId: z.string().nullable(),
  residentsChecked: z.number(),
  housesChecked: z.number(),
  organisationsChecked: z.number(),
  notes: z.string(),
});
export type VerificationVisit = z.infer<typeof VerificationVisitSchema>;

/** GET /api/registry/buildings/:code: the building's records; residents masked, organisation contacts masked unless an unmasker asks. */
export const RegistryBuildingSchema = z.object({
  code: z.string(),
  name: z.string(),
  gridCode: z.string(),
  compoundName: z.string(),
  /** The building as every view names it (星河城2栋). */
  label: z.string(),
  households: z.number(),
  verifiedAt: z.string().nullable(),
  addresses: z.array(z.object({
    code: z.string(),
    label: z.string(),
    verifiedAt: z.string().nullable(),
  })),
  houses: z.array(z.object({
    code: z.string(),
    addressCode: z.string(),
    number: z.string(),
    use: z.enum(houseUses),
    rentalStart: z.string().nullable(),
    rentalEnd: z.string().nullable(),
    verifiedAt: z.string().nullable(),
  })),
  organisations: z.array(z.object({
    code: z.string(),
    name: z.string(),
    kind: z.string(),
    addressCode: z.string(),
    contact: z.string().nullable(),
    verifiedAt: z.string().nullable(),
  })),
  residents: z.array(z.object({
    id: z.string(),
    name: z.string(),
    idNumber: z.string(),
    phone: z.string().nullable(),
    houseNumber: z.string(),
    houseCode: z.string().nullable(),
    kind: z.enum(['registered', 'floating']),
    movedInOn: z.string().nullable(),
    verifiedAt: z.string().nullable(),
    masked: z.literal(true),
  })),
  visits: z.array(VerificationVisitSchema),
  openTasks: z.array(CollectionTaskSchema),
});
export type RegistryBuilding = z.infer<typeof RegistryBuildingSchema>;

export const ExportQuerySchema = z.object({
  grid: GridCodeSchema,
  kind: z.enum(registryKinds, { message: `kind must be one of ${registryKinds.join(', ')}` }),
  format: z.enum(['csv', 'geojson'], { message: 'format must be csv or geojson' }).default('csv'),
  // Personal data is masked unless an unmasker asks for it in full (audited either way).
  unmask: z.enum(['true', 'false'], { message: 'unmask must be true or false' }).optional().transform((v) => v === 'true'),
});
export type ExportQuery = z.infer<typeof ExportQuerySchema>;
