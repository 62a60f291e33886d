import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Role, Scope } from '../../../core/contracts/auth';
import {
  riskLevelFloor, riskLevelOf, type DisputeDetail, type DisputeEvent, type DisputeMap, type DisputeMapQuery, type DisputePage,
  type DisputeParty, type DisputeQuery, type DisputeReminders, type DisputeSummary, type ReminderReason, type RiskLevel,
} from '../../../core/contracts/disputes';
import { isOverdue, nextStatuses, type DisputeStatus, type RiskReason } from '../../../core/disputes';
import { maskIdNumber, maskName, maskPhone } from '../../../core/privacy/mask';
import { gridInScope } from '../../auth/scope-sql';
import type { Language } from '../../i18n/language';
import { riskReasonText } from '../../i18n/risk-reason-text';
import { queryRows, type Db } from '../engine';
import { beatGrids, beats, disputeEvents, disputes, grids, users } from '../schema';
import { authorNameOf } from './author-name-sql';
import { buildingLabelOf, gridNameOf } from './building-label-sql';
import { isOpenDispute, isOverdueDispute } from './measures.repo';

/** A timestamp as an ISO string in UTC, the same text on both engines. */
export const isoOf = (column: SQL | AnyColumn) => sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** jsonb comes back parsed from one driver and as text from another. */
export function jsonOf<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

// The alias "d" is the one the shared measure fragments (isOpenDispute, isOverdueDispute) name.
const d = alias(disputes, 'd');
const fromDisputes = sql`${disputes} ${d}`;
const e = alias(disputeEvents, 'e');
const g = alias(grids, 'g');
const bg = alias(beatGrids, 'bg');
const b = alias(beats, 'b');

/**
 * SQL: where a dispute is as people name it — its standard address, else its building (星河城2栋) — or null for a
 * point picked on the map. The one definition the register's lists and the field app's 今日 read.
 */
export function disputePlaceOf(dispute: { addressCode: AnyColumn; buildingCode: AnyColumn }): SQL<string | null> {
  return sql<string | null>`COALESCE((SELECT place_a.label FROM addresses place_a WHERE place_a.code = ${dispute.addressCode}), ${buildingLabelOf(dispute.buildingCode)})`;
}

const summaryColumns = sql`${d.code}, ${d.type}, ${d.status}, ${d.source}, ${d.summary},
  ${isoOf(d.registeredAt)} AS "registeredAt", ${isoOf(d.resolvedAt)} AS "resolvedAt",
  ${d.gridCode} AS "gridCode", ${gridNameOf(d.gridCode)} AS "gridName",
  ${d.buildingCode} AS "buildingCode", ${disputePlaceOf(d)} AS "placeName", ${d.communityCode} AS "communityCode", ${d.streetCode} AS "streetCode", ${d.beatCode} AS "beatCode",
  ST_X(${d.geom}) AS lng, ST_Y(${d.geom}) AS lat, ${d.remit}, ${d.responsibleBody} AS "responsibleBody", ${isoOf(d.dueAt)} AS "dueAt",
  ${d.riskScore} AS "riskScore", ${d.parties}`;

const detailColumns = sql`${summaryColumns}, ${d.description}, ${d.addressCode} AS "addressCode", ${d.threats}, ${d.violence},
  ${d.linkedIncidents} AS "linkedIncidents", ${d.registeredBy} AS "registeredBy", ${authorNameOf(d.registeredBy)} AS "registeredByName",
  ${isoOf(d.updatedAt)} AS "updatedAt",
  ${d.riskReasons} AS "riskReasons"`;

type SummaryRow = Omit<DisputeSummary, 'lngLat' | 'overdue' | 'riskLevel' | 'parties' | 'masked'> & { lng: number; lat: number; parties: unknown };
type DetailRow = SummaryRow & Omit<DisputeDetail, keyof DisputeSummary | 'events' | 'nextStatuses' | 'riskReasons' | 'linkedIncidents'> & {
  riskReasons: unknown;
  linkedIncidents: unknown;
};

/** A party as every masked read shows it: name, ID number and phone masked (core/privacy). */
export function maskParty(p: DisputeParty): DisputeParty {
  return { role: p.role, name: maskName(p.name)!, idNumber: maskIdNumber(p.idNumber ?? null) ?? undefined, phone: maskPhone(p.phone ?? null) ?? undefined };
}

function toSummary(r: SummaryRow, now: Date, masked = true): DisputeSummary {
  const { lng, lat, parties, ...rest } = r;
  const all = jsonOf<DisputeParty[]>(parties);
  return {
    ...rest,
    lngLat: [Number(lng), Number(lat)],
    riskScore: Number(r.riskScore),
    riskLevel: riskLevelOf(Number(r.riskScore)),
    overdue: isOverdue(r.status, r.dueAt ? new Date(r.dueAt) : null, now),
    parties: masked ? all.map(maskParty) : all,
    masked,
  };
}

/** SQL that holds when a dispute is past its state's deadline at `now`: the 超期纠纷 measure. */
const overdueSql = isOverdueDispute;

function riskSql(level: RiskLevel): SQL {
  if (level === 'high') return sql`${d.riskScore} >= ${riskLevelFloor.high}`;
  if (level === 'medium') return sql`${d.riskScore} >= ${riskLevelFloor.medium} AND ${d.riskScore} < ${riskLevelFloor.high}`;
  return sql`${d.riskScore} < ${riskLevelFloor.medium}`;
}

const orderBy: Record<DisputeQuery['sort'], SQL> = {
  registered: sql`${d.registeredAt} DESC, ${d.code} DESC`,
  risk: sql`${d.riskScore} DESC, ${d.registeredAt} DESC, ${d.code} DESC`,
  due: sql`${d.dueAt} ASC NULLS LAST, ${d.code}`,
};

/** Disputes matching `where` (the caller adds scope), masked, in `order`. For lists here and on the grid page. */
export async function selectDisputeSummaries(db: Db, where: SQL, order: SQL, limit: number, offset = 0, now = new Date()): Promise<DisputeSummary[]> {
  const rows = await queryRows<SummaryRow>(db, sql`SELECT ${summaryColumns} FROM ${fromDisputes} WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`);
  return rows.map((r) => toSummary(r, now));
}

function filterSql(q: Partial<DisputeQuery>, scope: Scope, now: Date): SQL {
  const parts: SQL[] = [gridInScope(d.gridCode, scope)];
  if (q.status) parts.push(sql`${d.status} = ${q.status}`);
  if (q.type) parts.push(sql`${d.type} = ${q.type}`);
  if (q.risk) parts.push(riskSql(q.risk));
  if (q.overdue !== undefined) parts.push(q.overdue ? overdueSql(now) : sql`NOT ${overdueSql(now)}`);
  if (q.grid) parts.push(sql`${d.gridCode} = ${q.grid}`);
  if (q.q) {
    const needle = q.q.toLowerCase();
    parts.push(sql`(position(${needle} in lower(${d.code})) > 0 OR position(${needle} in lower(${d.summary})) > 0 OR position(${needle} in lower(${d.description})) > 0)`);
  }
  return sql.join(parts, sql` AND `);
}

/** A page of the disputes in the caller's scope (enforced in the query), parties masked. */
export async function findDisputes(db: Db, q: DisputeQuery, scope: Scope, now = new Date()): Promise<DisputePage> {
  const where = filterSql(q, scope, now);
  const [count] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${fromDisputes} WHERE ${where}`);
  return { total: Number(count.n), rows: await selectDisputeSummaries(db, where, orderBy[q.sort], q.limit, q.offset, now) };
}

/** Points of the disputes in scope for the map: the open ones unless a status is asked for, each with where it is (its place, else its grid). No personal data. */
export async function findDisputeMap(db: Db, q: DisputeMapQuery, scope: Scope, now = new Date()): Promise<DisputeMap> {
  // Without a status asked for, the open disputes only: a 高风险 list never shows one already resolved (issue 12).
  const where = sql`${filterSql(q, scope, now)}${q.status ? sql`` : sql` AND ${isOpenDispute()}`}`;
  const rows = await queryRows<{ code: string; type: DisputeSummary['type']; status: DisputeStatus; lng: number; lat: number; score: number; due: string | null; place: string | null }>(
    db,
    sql`SELECT ${d.code}, ${d.type}, ${d.status}, ST_X(${d.geom}) AS lng, ST_Y(${d.geom}) AS lat, ${d.riskScore} AS score, ${isoOf(d.dueAt)} AS due,
          COALESCE(${disputePlaceOf(d)}, ${gridNameOf(d.gridCode)}) AS place
        FROM ${fromDisputes} WHERE ${where} ORDER BY ${d.riskScore} DESC, ${d.code} LIMIT 5000`,
  );
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [Number(r.lng), Number(r.lat)] },
      properties: {
        code: r.code, type: r.type, status: r.status, riskScore: Number(r.score), riskLevel: riskLevelOf(Number(r.score)),
        overdue: isOverdue(r.status, r.due ? new Date(r.due) : null, now), placeName: r.place,
      },
    })),
  };
}

/**
 * One dispute with its events, score reasons and next states, or null when it does not exist or lies outside the
 * caller's scope. Parties masked unless `unmasked` (the audited POST …/unmask); the score's reasons worded in `language`.
 */
export async function findDispute(
  db: Db, code: string, scope: Scope, opts: { unmasked?: boolean; now?: Date; language?: Language } = {},
): Promise<DisputeDetail | null> {
  const now = opts.now ?? new Date();
  const [row] = await queryRows<DetailRow>(db, sql`SELECT ${detailColumns} FROM ${fromDisputes} WHERE ${d.code} = ${code} AND ${gridInScope(d.gridCode, scope)}`);
  if (!row) return null;
  const events = await queryRows<DisputeEvent>(
    db,
    sql`SELECT ${e.fromStatus} AS "fromStatus", ${e.toStatus} AS "toStatus", ${isoOf(e.at)} AS at, ${e.byUsername} AS "byUsername",
          ${authorNameOf(e.byUsername)} AS "byName", ${e.reason}
        FROM ${disputeEvents} ${e} WHERE ${e.disputeCode} = ${code} ORDER BY ${e.at}, ${e.id}`,
  );
  const { riskReasons, linkedIncidents, description, addressCode, threats, violence, registeredBy, registeredByName, updatedAt } = row;
  // The registration has no reason a person typed: it is sent as its source for the interface to word in the
  // reader's language (rows stored before issue 12 hold English text there, "registered (source: patrol)").
  const worded = events.map((e) => (e.fromStatus === null ? { ...e, reason: null, source: row.source } : e));
  return {
    ...toSummary(row, now, !opts.unmasked),
    description, addressCode, threats, violence, registeredBy, registeredByName, updatedAt,
    linkedIncidents: jsonOf<number[]>(linkedIncidents),
    riskReasons: jsonOf<RiskReason[]>(riskReasons).map((r) => ({ ...r, text: riskReasonText(opts.language ?? 'zh-CN', r) })),
    events: worded,
    nextStatuses: [...nextStatuses[row.status]],
  };
}

/**
 * The overdue disputes in the caller's scope that are theirs to chase: those of the grids they lead and of the beat
 * whose officer they are (through users.person_id), and, for commanders and administrators, every overdue one.
 */
export async function findDisputeReminders(db: Db, user: { username: string; role: Role; scope: Scope }, now = new Date()): Promise<DisputeReminders> {
  const commands = user.role === 'admin' || user.role === 'commander';
  const rows = await queryRows<SummaryRow & { remindedAs: ReminderReason }>(
    db,
    sql`WITH me AS (SELECT ${users.personId} AS person_id FROM ${users} WHERE ${users.username} = ${user.username})
        SELECT ${summaryColumns},
          CASE WHEN ${g.leaderId} = me.person_id THEN 'grid_leader' WHEN ${b.officerId} = me.person_id THEN 'officer' ELSE 'jurisdiction' END AS "remindedAs"
        FROM ${fromDisputes} CROSS JOIN me
        LEFT JOIN ${grids} ${g} ON ${g.code} = ${d.gridCode}
        LEFT JOIN ${beatGrids} ${bg} ON ${bg.gridCode} = ${d.gridCode}
        LEFT JOIN ${beats} ${b} ON ${b.code} = ${bg.beatCode}
        WHERE ${overdueSql(now)} AND ${gridInScope(d.gridCode, user.scope)}
          AND (${g.leaderId} = me.person_id OR ${b.officerId} = me.person_id OR ${sql.raw(commands ? 'TRUE' : 'FALSE')})
        ORDER BY ${d.dueAt}, ${d.code} LIMIT 500`,
  );
  return { rows: rows.map(({ remindedAs, ...r }) => ({ ...toSummary(r, now), remindedAs })) };
}
