import type { AuditRow } from '../../../core/contracts/admin';
import type { Role, ScopeKind } from '../../../core/contracts/auth';
import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
  username: text('username').primaryKey(),
  displayName: text('display_name').notNull(),
  role: text('role').$type<Role>().notNull(),
  scopeKind: text('scope_kind').$type<ScopeKind>().notNull(),
  scopeCodes: jsonb('scope_codes').$type<string[]>().notNull(),
  personId: text('person_id'), // the staff member this account belongs to, where there is one
  passwordHash: text('password_hash').notNull(), // argon2id (PHC string)
  disabled: boolean('disabled').notNull().default(false),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  // Set by an administrator's first password or reset, cleared by the holder's own change: until then only that change is open.
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  isDemo: boolean('is_demo').notNull().default(false),
}, (t) => [
  // One account a person: what the field app shows an account (its tasks, its beat's routes) is read through its record.
  uniqueIndex('users_person_idx').on(t.personId).where(sql`${t.personId} IS NOT NULL`),
]);

/** Server-side sessions, so every API process sees every login and logout. Only a hash of the cookie is kept. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    username: text('username').notNull(),
    role: text('role').$type<Role>().notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    absoluteExpiresAt: timestamp('absolute_expires_at', { withTimezone: true }).notNull(),
    wallTokenId: text('wall_token_id'), // set for wall-display sessions: revoking the token ends them
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_username_idx').on(t.username)],
);

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    success: boolean('success').notNull(),
  },
  (t) => [index('login_attempts_username_at_idx').on(t.username, t.at), index('login_attempts_ip_at_idx').on(t.ip, t.at)],
);

/** Tokens for the command-center wall (role wall_display), issued and revoked by an administrator. */
export const wallTokens = pgTable('wall_tokens', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

/**
 * Personal API tokens for machines (issue 14): each carries the role and jurisdiction of `username`, read at every
 * request, so a changed or disabled account changes what its tokens may read. Only the hash is kept.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    // No foreign key, as for sessions: re-seeding replaces the demo accounts, and a token whose account is gone is refused.
    username: text('username').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [index('api_tokens_username_idx').on(t.username)],
);

/**
 * Append-only audit trail (等保 2.0: kept at least 180 days). A trigger in the migration rejects every
 * UPDATE, DELETE and TRUNCATE, so no route — nor the seeder — can rewrite it. Partitioned by month of `at`
 * (migration 0011): old months are detached and archived (server/db/partitions), never deleted.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).notNull().generatedByDefaultAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    username: text('username'),
    role: text('role'),
    ip: text('ip'),
    method: text('method').notNull(),
    route: text('route').notNull(),
    action: text('action').notNull(), // login, logout, write, unmask, …
    records: jsonb('records').$type<string[]>().notNull(),
    outcome: text('outcome').$type<AuditRow['outcome']>().notNull(),
    status: integer('status').notNull(),
    requestId: text('request_id'),
  },
  (t) => [
    primaryKey({ name: 'audit_log_pkey', columns: [t.id, t.at] }),
    index('audit_log_at_idx').on(t.at),
    index('audit_log_username_idx').on(t.username),
  ],
);
