import { sql } from 'drizzle-orm';
import { bigint, boolean, customType, doublePrecision, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { patrolRoutes } from './patrol';
import { point4326 } from './geometry';

// Photos and voice notes are small (resized on the phone), so they stay in the database with their report and
// are backed up, replicated and deleted with it; a file store would be a second system to keep in step.
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * A patrol (巡逻) as a unit on duty started it in the field app: pings are taken only while one is open. The id is
 * made on the phone, so a start queued offline and sent three times is one patrol. `force` is police or grid
 * staff, from the account's role when the patrol started: dosage is split by it. `solo` marks a start by a person's
 * account, who walks one patrol at a time: the partial unique index holds that also for two starts arriving at the
 * same instant, which the service's look-before-insert cannot.
 */
export const fieldPatrols = pgTable(
  'field_patrols',
  {
    id: uuid('id').primaryKey(),
    username: text('username').notNull(),
    force: text('force').$type<'police' | 'grid'>().notNull(),
    routeId: uuid('route_id').references(() => patrolRoutes.id, { onDelete: 'set null' }),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    isDemo: boolean('is_demo').notNull().default(false),
    solo: boolean('solo').notNull().default(false),
  },
  (t) => [
    index('field_patrols_user_idx').on(t.username, t.startedAt),
    index('field_patrols_started_idx').on(t.startedAt),
    uniqueIndex('field_patrols_one_open_uq').on(t.username).where(sql`${t.endedAt} IS NULL AND ${t.solo}`),
  ],
);

/**
 * GPS positions taken during a patrol, kept FIELD_POSITIONS_RETENTION_DAYS (then deleted; dosage figures computed
 * from them are what stays). The key (patrol, time) makes a replayed ping batch write nothing new.
 */
export const fieldPings = pgTable(
  'field_pings',
  {
    patrolId: uuid('patrol_id').notNull().references(() => fieldPatrols.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    geom: point4326('geom').notNull(),
    accuracyM: doublePrecision('accuracy_m').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'field_pings_pkey', columns: [t.patrolId, t.at] }), index('field_pings_at_idx').on(t.at), index('field_pings_geom_gist').using('gist', t.geom)],
);

/**
 * A check-in at a stop of the patrol's route or at a key place (巡逻必到点): by geofence (the phone's position within
 * the radius) or by the QR code posted there. The id is made on the phone (idempotent replay).
 */
export const fieldCheckIns = pgTable(
  'field_check_ins',
  {
    id: uuid('id').primaryKey(),
    patrolId: uuid('patrol_id').references(() => fieldPatrols.id, { onDelete: 'set null' }),
    username: text('username').notNull(),
    method: text('method').$type<'geofence' | 'qr'>().notNull(),
    keyPlaceCode: text('key_place_code'),
    stopIndex: integer('stop_index'), // the stop of the patrol's route, where the check-in is for one
    at: timestamp('at', { withTimezone: true }).notNull(),
    geom: point4326('geom'),
    accuracyM: doublePrecision('accuracy_m'),
    distanceM: doublePrecision('distance_m'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('field_check_ins_at_idx').on(t.at), index('field_check_ins_patrol_idx').on(t.patrolId)],
);

/**
 * 随手拍: a report from the street. It becomes a dispute, a registry correction or an incident lead (handledAs says
 * which, handledRef the record), and its sender sees that. The point is kept only when the sender allowed it.
 */
export const fieldReports = pgTable(
  'field_reports',
  {
    id: uuid('id').primaryKey(),
    username: text('username').notNull(),
    category: text('category').notNull(),
    text: text('text').notNull(),
    geom: point4326('geom'),
    gridCode: text('grid_code'),
    status: text('status').$type<'received' | 'handled' | 'dismissed'>().notNull().default('received'),
    handledAs: text('handled_as'),
    handledRef: text('handled_ref'),
    handledBy: text('handled_by'),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handlingNote: text('handling_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('field_reports_user_idx').on(t.username, t.createdAt), index('field_reports_grid_idx').on(t.gridCode)],
);

/** A report's photos (JPEG, resized and stripped of metadata on the phone) and its optional voice note. */
export const fieldReportMedia = pgTable(
  'field_report_media',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    reportId: uuid('report_id').notNull().references(() => fieldReports.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'photo' | 'voice'>().notNull(),
    mime: text('mime').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [index('field_report_media_report_idx').on(t.reportId)],
);
