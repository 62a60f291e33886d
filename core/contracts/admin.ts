import { z } from 'zod';
import { auditActions } from './audit';
import { roles, scopeKinds } from './auth';
import { BasemapDescriptionSchema, BasemapSettingsSchema } from './basemap';
import { plainText } from './query-params';
import { JurisdictionSchema } from './summary';
import { personRoles } from './workforce';

/** GET /api/admin/audit?username=&action=&from=&to=&limit= (the client's audit form builds it: client/features/admin/audit-query.ts). */
export const AuditQuerySchema = z.object({
  username: plainText('username', 64).optional(),
  action: z.string().regex(/^[a-z_]{1,32}$/, 'action must be a word like login, write or unmask').optional(),
  from: z.iso.datetime({ offset: true, message: 'from must be an ISO date-time' }).optional(),
  to: z.iso.datetime({ offset: true, message: 'to must be an ISO date-time' }).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

/** One row of GET /api/admin/audit, newest first. action is one of auditActions, or a code an older version wrote. */
export const AuditRowSchema = z.object({
  id: z.number(),
  at: z.string(),
  username: z.string().nullable(),
  /** Whom the username names: the account's display name, a wall token's name (大屏令牌「…」); null with no username. */
  userName: z.string().nullable(),
  role: z.string().nullable(),
  ip: z.string().nullable(),
  method: z.string(),
  route: z.string(),
  action: z.union([z.enum(auditActions), z.string()]),
  records: z.array(z.string()),
  outcome: z.enum(['success', 'denied', 'failed']),
  status: z.number(),
  requestId: z.string().nullable(),
});
export type AuditRow = z.infer<typeof AuditRowSchema>;

/** One account of GET /api/admin/users. */
export const UserListingSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  scopeKind: z.enum(scopeKinds),
  scopeCodes: z.array(z.string()),
  /** The scope by name, as /api/auth/me names the caller's ("网格 梧桐梁社区第1网格"): the list shows no bare codes. */
  jurisdiction: JurisdictionSchema.pick({ level: true, names: true }),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  /** The staff record (人员) the account belongs to, by name and where it works (StaffCandidate's placeName); null for none. */
  person: z.object({ id: z.string(), name: z.string(), placeName: z.string().nullable() }).nullable(),
});
export type UserListing = z.infer<typeof UserListingSchema>;

/** One staff record of GET /api/admin/staff, with the account already linked to it, if one. */
export const StaffCandidateSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(personRoles),
  isPolice: z.boolean(),
  /** Where the record works: an officer's beat (警格) by name, anyone else's grid; null for neither. */
  placeName: z.string().nullable(),
  account: z.object({ username: z.string(), displayName: z.string() }).nullable(),
});
export type StaffCandidate = z.infer<typeof StaffCandidateSchema>;

/** One wall-display token of GET /api/admin/wall-tokens (never the token itself, which only its issue answers). */
export const WallTokenListingSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdBy: z.string(),
  /** Whom createdBy shows as: the account's display name (or the seed's label). */
  createdByName: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type WallTokenListing = z.infer<typeof WallTokenListingSchema>;

/** POST /api/admin/wall-tokens: the token, shown this once; only its hash is kept. */
export const IssuedWallTokenSchema = z.object({ id: z.string(), token: z.string() });
export type IssuedWallToken = z.infer<typeof IssuedWallTokenSchema>;

/** POST /api/admin/api-tokens: a machine token reading with the role and jurisdiction of `username` (issue 14). */
export const NewApiTokenSchema = z.object({
  name: plainText('name', 80).trim().min(1, 'name is required'),
  username: plainText('username', 64).trim().min(1, 'username is required'),
  expiresInDays: z.number().int('expiresInDays must be a whole number').min(1, 'expiresInDays must be 1 to 365').max(365, 'expiresInDays must be 1 to 365'),
});
export type NewApiToken = z.infer<typeof NewApiTokenSchema>;

/** The POST's answer: the token, shown this once (only its hash is kept), and when it expires. */
export const IssuedApiTokenSchema = z.object({ id: z.string(), token: z.string(), expiresAt: z.string() });
export type IssuedApiToken = z.infer<typeof IssuedApiTokenSchema>;

/** One machine token of GET /api/admin/api-tokens (never the token itself). */
export const ApiTokenListingSchema = z.object({
  id: z.string(),
  name: z.string(),
  username: z.string(),
  createdBy: z.string(),
  /** Whom createdBy shows as: the account's display name (or the seed's label). */
  createdByName: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type ApiTokenListing = z.infer<typeof ApiTokenListingSchema>;

/** GET /api/admin/basemap: the active base map and the settings in use, the token masked. */
export const AdminBasemapSchema = z.object({ description: BasemapDescriptionSchema, settings: BasemapSettingsSchema });
export type AdminBasemap = z.infer<typeof AdminBasemapSchema>;
