/**
 * 随手拍 reports from the street (issue 16): stored with their photos and voice note in one transaction, listed for their sender and
 * for the handlers of their grid, and marked with what they became.
 */
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../core/contracts/auth';
import type { FieldReportInboxItem, FieldReportView } from '../../../core/contracts/field';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { buildings, fieldReportMedia, fieldReports, grids, people, users } from '../schema';
import { demoAccount } from './demo-account-sql';
import { gridAt } from './field-pings.repo';

const r = fieldReports;
const g = alias(grids, 'rg');

export interface NewReport {
  id: string;
  username: string;
  category: string;
  text: string;
  createdAt: Date;
  position: [number, number] | null;
  /** The grid to file a report without a point under (the sender's own), when the point gives none. */
  fallbackGrid: string | null;
  media: { kind: 'photo' | 'voice'; mime: string; bytes: Uint8Array }[];
}

/** Stores the report and its media unless its id is taken; true when this call stored it. */
export async function insertReport(db: Db, n: NewReport): Promise<boolean> {
  return db.transaction(async (tx) => {
    const point = n.position ? sql`ST_SetSRID(ST_MakePoint(${n.position[0]}, ${n.position[1]}), 4326)` : null;
    const senderGrid = sql`(SELECT ${people.gridCode} FROM ${users} JOIN ${people} ON ${people.id} = ${users.personId} WHERE ${users.username} = ${n.username})`;
    const gridCode = sql`COALESCE(${point ? gridAt(point) : sql`NULL`}, ${senderGrid}, ${n.fallbackGrid}::text)`;
    const rows = await tx.insert(r).values({
      id: n.id, username: n.username, category: n.category, text: n.text, geom: point, gridCode, createdAt: n.createdAt, isDemo: demoAccount(n.username),
    }).onConflictDoNothing({ target: r.id }).returning({ id: r.id });
    if (rows.length === 0) return false;
    if (n.media.length > 0) await tx.insert(fieldReportMedia).values(n.media.map((m) => ({ reportId: n.id, ...m })));
    return true;
  });
}

interface ReportRow {
  id: string; username: string; sender_name: string; category: FieldReportView['category']; text: string; created_at: string; place: string | null;
  photo_count: number; voice_mime: FieldReportView['voiceMime']; status: FieldReportView['status']; handled_as: string | null; handling_note: string | null; handled_at: string | null;
  handled_ref: string | null; grid_code: string | null; lng: number | null; lat: number | null; sender_role: string | null;
}

const reportColumns = sql`${r.id}::text AS id, ${r.username}, COALESCE(${people.name}, ${users.displayName}, ${r.username}) AS sender_name, ${r.category}, ${r.text},
  to_json(${r.createdAt})#>>'{}' AS created_at, ${g.name} AS place,
  (SELECT count(*)::int FROM ${fieldReportMedia} WHERE ${fieldReportMedia.reportId} = ${r.id} AND ${fieldReportMedia.kind} = 'photo') AS photo_count,
  (SELECT ${fieldReportMedia.mime} FROM ${fieldReportMedia} WHERE ${fieldReportMedia.reportId} = ${r.id} AND ${fieldReportMedia.kind} = 'voice' ORDER BY ${fieldReportMedia.id} LIMIT 1) AS voice_mime,
  ${r.status}, ${r.handledAs} AS handled_as, ${r.handlingNote} AS handling_note, to_json(${r.handledAt})#>>'{}' AS handled_at, ${r.handledRef} AS handled_ref,
  ${r.gridCode} AS grid_code, ST_X(${r.geom}) AS lng, ST_Y(${r.geom}) AS lat, ${users.role} AS sender_role`;
const reportFrom = sql`${r} LEFT JOIN ${grids} ${g} ON ${g.code} = ${r.gridCode} LEFT JOIN ${users} ON ${users.username} = ${r.username} LEFT JOIN ${people} ON ${people.id} = ${users.personId}`;

export interface StoredReport extends FieldReportInboxItem {
  username: string;
  senderRole: string | null;
}

function toReport(row: ReportRow): StoredReport {
  return {
    id: row.id, username: row.username, senderRole: row.sender_role, senderName: row.sender_name, category: row.category, text: row.text, createdAt: row.created_at, place: row.place,
    photoCount: Number(row.photo_count), voiceMime: row.voice_mime ?? null, status: row.status, handledAs: row.handled_as, handlingNote: row.handling_note, handledAt: row.handled_at,
    handledRef: row.handled_ref, gridCode: row.grid_code, position: row.lng === null || row.lat === null ? null : [Number(row.lng), Number(row.lat)],
  };
}

async function selectReports(db: Db, where: SQL, limit = 500): Promise<StoredReport[]> {
  const rows = await queryRows<ReportRow>(db, sql`SELECT ${reportColumns} FROM ${reportFrom} WHERE ${where} ORDER BY ${r.createdAt} DESC, ${r.id} LIMIT ${limit}`);
  return rows.map(toReport);
}

/** One report by id, or null. */
export async function findReport(db: Db, id: string): Promise<StoredReport | null> {
  const [row] = await selectReports(db, sql`${r.id} = ${id}`, 1);
  return row ?? null;
}

/** The sender's own reports, newest first. */
export function listReportsOf(db: Db, username: string): Promise<StoredReport[]> {
  return selectReports(db, sql`${r.username} = ${username}`);
}

/** Reports filed under a grid of the caller's scope, those still to handle first. */
export async function listReportInbox(db: Db, scope: Scope): Promise<StoredReport[]> {
  const rows = await queryRows<ReportRow>(db, sql`SELECT ${reportColumns} FROM ${reportFrom} WHERE ${gridInScope(r.gridCode, scope)}
    ORDER BY (${r.status} = 'received') DESC, ${r.createdAt} DESC, ${r.id} LIMIT 500`);
  return rows.map(toReport);
}

/** Whether the report lies in a grid of the scope. */
export async function reportInScope(db: Db, id: string, scope: Scope): Promise<boolean> {
  const rows = await queryRows<{ ok: boolean }>(db, sql`SELECT TRUE AS ok FROM ${r} WHERE ${r.id} = ${id} AND ${gridInScope(r.gridCode, scope)}`);
  return rows.length > 0;
}

export interface Handling {
  status: 'handled' | 'dismissed';
  handledAs: string;
  handledRef: string | null;
  handledBy: string;
  note: string;
}

/** Marks a report still received as handled; false when it was handled meanwhile (the first handling stays). */
export async function markReportHandled(db: Db, id: string, h: Handling): Promise<boolean> {
  const rows = await db.update(r).set({ status: h.status, handledAs: h.handledAs, handledRef: h.handledRef, handledBy: h.handledBy, handlingNote: h.note, handledAt: sql`now()` })
    .where(and(eq(r.id, id), eq(r.status, 'received'))).returning({ id: r.id });
  return rows.length > 0;
}

/** Takes the report's row lock, so that two handlers cannot turn it into two records. */
export async function lockReport(db: Db, id: string): Promise<void> {
  await db.execute(sql`SELECT 1 FROM ${r} WHERE ${r.id} = ${id} FOR UPDATE`);
}

/** The `n`-th photo (0-based, in the order sent) of a report, or null. */
export async function findReportPhoto(db: Db, id: string, n: number): Promise<Uint8Array | null> {
  const rows = await db.select({ bytes: fieldReportMedia.bytes }).from(fieldReportMedia)
    .where(and(eq(fieldReportMedia.reportId, id), eq(fieldReportMedia.kind, 'photo'))).orderBy(asc(fieldReportMedia.id)).offset(n).limit(1);
  return rows[0]?.bytes ?? null;
}

/** A report's voice note and its type, or null when it has none. */
export async function findReportVoice(db: Db, id: string): Promise<{ mime: string; bytes: Uint8Array } | null> {
  const rows = await db.select({ mime: fieldReportMedia.mime, bytes: fieldReportMedia.bytes }).from(fieldReportMedia)
    .where(and(eq(fieldReportMedia.reportId, id), eq(fieldReportMedia.kind, 'voice'))).orderBy(asc(fieldReportMedia.id)).limit(1);
  return rows[0] ?? null;
}

/** A grid worker of the grid to give a collection task to: the sender when they are one, else the first by id. */
export async function findGridWorkerFor(db: Db, gridCode: string, sender: string): Promise<string | null> {
  const [row] = await queryRows<{ id: string }>(db, sql`SELECT ${people.id} FROM ${people}
    WHERE ${people.role} = 'grid_worker' AND ${people.gridCode} = ${gridCode}
    ORDER BY (${people.id} = (SELECT ${users.personId} FROM ${users} WHERE ${users.username} = ${sender})) DESC, ${people.id} LIMIT 1`);
  return row?.id ?? null;
}

/** The building of the grid nearest the point (within 100 m), for a collection task about a place. */
export async function findBuildingNear(db: Db, gridCode: string, position: [number, number]): Promise<string | null> {
  const point = sql`ST_SetSRID(ST_MakePoint(${position[0]}, ${position[1]}), 4326)`;
  const [row] = await queryRows<{ code: string }>(db, sql`SELECT ${buildings.code} FROM ${buildings} WHERE ${buildings.gridCode} = ${gridCode}
    AND ST_DWithin(${buildings.geom}::geography, ${point}::geography, 100) ORDER BY ${buildings.geom} <-> ${point} LIMIT 1`);
  return row?.code ?? null;
}
