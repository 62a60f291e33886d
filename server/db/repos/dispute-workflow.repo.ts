import { inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../core/contracts/auth';
import type { DisputeParty, DisputeTransition, NewDispute } from '../../../core/contracts/disputes';
import { checkTransition, dueAt, routedRemit, scoreDispute, type DisputeForScoring, type DisputeStatus, type TransitionRefusal } from '../../../core/disputes';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { addresses, beatGrids, buildings, disputeEvents, disputes, gridPlans, grids, incidents } from '../schema';
import { isoOf, jsonOf } from './disputes.repo';
import { bare } from './sql-refs';

const d = alias(disputes, 'd');
const g = alias(grids, 'g');
const p = alias(gridPlans, 'p');
const bg = alias(beatGrids, 'bg');
const a = alias(addresses, 'a');
const b = alias(buildings, 'b');
const e = alias(disputeEvents, 'e');

export type RegisterRefusal = 'outside_grids' | 'outside_scope' | 'unknown_building' | 'unknown_address' | 'unknown_incidents';
export type RegisterResult = { ok: true; code: string } | { ok: false; reason: RegisterRefusal; missing?: number[] };

export type TransitionResult = { ok: true } | { ok: false; reason: 'not_found' } | { ok: false; reason: 'refused'; refusal: TransitionRefusal };

/**
 * Where a registration points: the given point, or a point inside the building (of the address) with that building's
 * code, which is kept so the dispute is shown at the building by name.
 */
async function locate(t: Db, input: NewDispute): Promise<{ lng: number; lat: number; buildingCode: string | null } | RegisterRefusal> {
  if (input.lngLat) return { lng: input.lngLat[0], lat: input.lngLat[1], buildingCode: null };
  const [row] = input.buildingCode
    ? await queryRows<{ lng: number; lat: number; building: string }>(t, sql`SELECT ST_X(p) AS lng, ST_Y(p) AS lat, building
        FROM (SELECT ST_PointOnSurface(${buildings.geom}) AS p, ${buildings.code} AS building FROM ${buildings} WHERE ${buildings.code} = ${input.buildingCode}) x`)
    : await queryRows<{ lng: number; lat: number; building: string }>(t, sql`SELECT ST_X(p) AS lng, ST_Y(p) AS lat, building
        FROM (SELECT ST_PointOnSurface(${b.geom}) AS p, ${b.code} AS building FROM ${addresses} ${a} JOIN ${buildings} ${b} ON ${b.code} = ${a.buildingCode} WHERE ${a.code} = ${input.addressCode!}) x`);
  if (!row) return input.buildingCode ? 'unknown_building' : 'unknown_address';
  return { lng: Number(row.lng), lat: Number(row.lat), buildingCode: row.building };
}

/**
 * Registers a dispute: grid, community, street and beat come from the geometry (the published plan), the caller's
 * scope must contain the grid, the registration is the first event, and the early-warning score is computed — all
 * in one transaction.
 */
export async function registerDispute(db: Db, input: NewDispute, user: { username: string; scope: Scope }): Promise<RegisterResult> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const where = await locate(t, input);
    if (typeof where === 'string') return { ok: false, reason: where } as const;
    const point = sql`ST_SetSRID(ST_MakePoint(${where.lng}, ${where.lat}), 4326)`;
    const [grid] = await queryRows<{ code: string; community: string; street: string; beat: string | null; in_scope: boolean }>(
      t,
      sql`SELECT ${g.code}, ${g.communityCode} AS community, ${g.streetCode} AS street, ${bg.beatCode} AS beat, ${gridInScope(g.code, user.scope)} AS in_scope
          FROM ${grids} ${g} JOIN ${gridPlans} ${p} ON ${p.id} = ${g.planId} AND ${p.status} = 'published'
          LEFT JOIN ${beatGrids} ${bg} ON ${bg.gridCode} = ${g.code}
          WHERE ST_Intersects(${g.geom}, ${point}) ORDER BY ${g.code} LIMIT 1`,
    );
    if (!grid) return { ok: false, reason: 'outside_grids' } as const;
    if (!grid.in_scope) return { ok: false, reason: 'outside_scope' } as const;
    if (input.linkedIncidents.length > 0) {
      const ids = [...new Set(input.linkedIncidents)];
      const found = await t.select({ id: incidents.id }).from(incidents).where(inArray(incidents.id, ids));
      const known = new Set(found.map((r) => Number(r.id)));
      const missing = ids.filter((i) => !known.has(i));
      if (missing.length > 0) return { ok: false, reason: 'unknown_incidents', missing } as const;
    }
    // Codes run MD0001, MD0002, …: the lock keeps two registrations from taking the same number.
    await t.execute(sql`SELECT pg_advisory_xact_lock(hashtext('disputes.code'))`);
    const [next] = await queryRows<{ n: number }>(t, sql`SELECT COALESCE(max(substring(${disputes.code} FROM 3)::int), 0) + 1 AS n FROM ${disputes} WHERE ${disputes.code} ~ '^MD[0-9]{1,9}$'`);
    const code = `MD${String(next.n).padStart(4, '0')}`;
    const registeredAt = input.registeredAt ? new Date(input.registeredAt) : new Date();
    await t.insert(disputes).values({
      code, type: input.type, status: 'registered', source: input.source, registeredAt, gridCode: grid.code, summary: input.summary,
      geom: point, description: input.description, parties: input.parties, addressCode: input.addressCode ?? null, buildingCode: where.buildingCode,
      communityCode: grid.community, streetCode: grid.street, beatCode: grid.beat, threats: input.threats, violence: input.violence,
      linkedIncidents: [...new Set(input.linkedIncidents)], dueAt: dueAt('registered', registeredAt), updatedAt: sql`now()`,
      registeredBy: user.username,
    });
    // No words stored for the registration: the interface says it, with the dispute's source, in the reader's language.
    await t.insert(disputeEvents).values({ disputeCode: code, fromStatus: null, toStatus: 'registered', at: registeredAt, byUsername: user.username, reason: '' });
    // A late entry (registeredAt in the past) is an earlier dispute for those registered in the 90 days after it. A
    // closed dispute keeps the score it was closed with: closed is final, and its record must not change afterwards.
    const later = await queryRows<{ code: string }>(t, sql`SELECT ${disputes.code} FROM ${disputes} WHERE ${disputes.code} <> ${code}
      AND ${disputes.status} <> 'closed' AND ${disputes.registeredAt} BETWEEN ${registeredAt.toISOString()}::timestamptz AND ${registeredAt.toISOString()}::timestamptz + interval '90 days'`);
    await rescoreDisputes(t, [code, ...later.map((r) => r.code)]);
    return { ok: true, code } as const;
  });
}

/**
 * Moves a dispute to `input.to` in one transaction: checks the workflow (core checkTransition), updates status,
 * deadline, remit, responsible body and resolution time, records the event (who, when, why) and re-scores it.
 * A refused move changes nothing. Out of scope reads as not found.
 */
export async function transitionDispute(db: Db, code: string, input: DisputeTransition, user: { username: string; scope: Scope }, now = new Date()): Promise<TransitionResult> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [row] = await queryRows<{ status: DisputeStatus; responsible_body: string | null }>(
      t,
      sql`SELECT ${d.status}, ${d.responsibleBody} AS responsible_body FROM ${disputes} ${d} WHERE ${d.code} = ${code} AND ${gridInScope(d.gridCode, user.scope)} FOR UPDATE OF ${d}`,
    );
    if (!row) return { ok: false, reason: 'not_found' } as const;
    const check = checkTransition(row.status, input.to, { remit: input.remit, responsibleBody: input.responsibleBody });
    if (!check.ok) return { ok: false, reason: 'refused', refusal: check.refusal } as const;
    const remit = routedRemit(input.to);
    // A routing move sets remit and responsible body afresh; other moves keep them.
    const responsibleBody = remit ? (input.responsibleBody ?? null) : (input.responsibleBody ?? row.responsible_body);
    const resolvedAt = input.to === 'resolved' ? sql`${now.toISOString()}::timestamptz` : input.to === 'mediating' ? sql`NULL` : sql`${d.resolvedAt}`;
    const due = dueAt(input.to, now);
    await t.execute(sql`UPDATE ${disputes} ${d} SET ${bare(d.status)} = ${input.to},
        ${bare(d.remit)} = ${remit ? sql`${remit}` : sql`${d.remit}`},
        ${bare(d.responsibleBody)} = ${responsibleBody}, ${bare(d.resolvedAt)} = ${resolvedAt},
        ${bare(d.dueAt)} = ${due ? due.toISOString() : null}::timestamptz, ${bare(d.updatedAt)} = ${now.toISOString()}::timestamptz
      WHERE ${d.code} = ${code}`);
    await t.insert(disputeEvents).values({ disputeCode: code, fromStatus: row.status, toStatus: input.to, at: now, byUsername: user.username, reason: input.reason });
    await rescoreDisputes(t, [code]);
    return { ok: true } as const;
  });
}

type ScoringRow = Pick<typeof disputes.$inferSelect, 'code' | 'type' | 'status' | 'parties' | 'description' | 'threats' | 'violence'> & {
  registered_at: string;
  address_key: string | null;
  linked: number;
  history: unknown;
};

/**
 * Recomputes the early-warning score and reasons of the given disputes (all when omitted) with core scoreDispute,
 * against every dispute of the 90 days before each. "Same address" is the same building: the standard address's
 * building, else the building the point lies in.
 */
export async function rescoreDisputes(db: Db, codes?: string[]): Promise<void> {
  const targets = codes ? sql`${disputes.code} IN (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})` : sql`TRUE`;
  const rows = await queryRows<ScoringRow>(
    db,
    sql`WITH span AS (SELECT min(${disputes.registeredAt}) - interval '90 days' AS lo, max(${disputes.registeredAt}) AS hi FROM ${disputes} WHERE ${targets})
        SELECT ${d.code}, ${d.type}, ${d.status}, ${isoOf(d.registeredAt)} AS registered_at,
          COALESCE((SELECT ${a.buildingCode} FROM ${addresses} ${a} WHERE ${a.code} = ${d.addressCode}),
                   (SELECT ${b.code} FROM ${buildings} ${b} WHERE ST_Intersects(${b.geom}, ${d.geom}) ORDER BY ${b.code} LIMIT 1)) AS address_key,
          ${d.parties}, ${d.description}, ${d.threats}, ${d.violence}, jsonb_array_length(${d.linkedIncidents}) AS linked,
          COALESCE((SELECT jsonb_agg(DISTINCT ${e.toStatus}) FROM ${disputeEvents} ${e} WHERE ${e.disputeCode} = ${d.code}), '[]'::jsonb) AS history
        FROM ${disputes} ${d}, span WHERE ${d.registeredAt} BETWEEN span.lo AND span.hi`,
  );
  const all: DisputeForScoring[] = rows.map((r) => ({
    code: r.code,
    type: r.type,
    registeredAt: new Date(r.registered_at),
    addressKey: r.address_key,
    partyKeys: jsonOf<DisputeParty[]>(r.parties).map((p) => p.idNumber ?? p.name),
    description: r.description,
    threats: r.threats,
    violence: r.violence,
    linkedIncidents: Number(r.linked),
    history: [...new Set([...jsonOf<string[]>(r.history), r.status])],
  }));
  const wanted = codes ? new Set(codes) : null;
  const scores = all.filter((d) => !wanted || wanted.has(d.code)).map((d) => ({ code: d.code, ...scoreDispute(d, all) }));
  if (scores.length === 0) return;
  await db.execute(sql`UPDATE ${disputes} ${d} SET ${bare(d.riskScore)} = x.score, ${bare(d.riskReasons)} = x.reasons
    FROM jsonb_to_recordset(${JSON.stringify(scores)}::jsonb) AS x(code text, score int, reasons jsonb) WHERE ${d.code} = x.code`);
}
