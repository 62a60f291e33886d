import { sql } from 'drizzle-orm';
import type { Scope } from '../../../core/contracts/auth';
import type { DisputeParty, DisputeTransition, NewDispute } from '../../../core/contracts/disputes';
import { checkTransition, dueAt, routedRemit, scoreDispute, type DisputeForScoring, type DisputeStatus, type TransitionRefusal } from '../../../core/disputes';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { isoOf, jsonOf } from './disputes.repo';

export type RegisterRefusal = 'outside_grids' | 'outside_scope' | 'unknown_building' | 'unknown_address' | 'unknown_incidents';
export type RegisterResult = { ok: true; code: string } | { ok: false; reason: RegisterRefusal; missing?: number[] };

export type TransitionResult = { ok: true } | { ok: false; reason: 'not_found' } | { ok: false; reason: 'refused'; refusal: TransitionRefusal };

/** Where a registration points: the given point, or a point inside the building (of the address). */
async function locate(t: Db, input: NewDispute): Promise<{ lng: number; lat: number } | RegisterRefusal> {
  if (input.lngLat) return { lng: input.lngLat[0], lat: input.lngLat[1] };
  const [row] = input.buildingCode
    ? await queryRows<{ lng: number; lat: number }>(t, sql`SELECT ST_X(p) AS lng, ST_Y(p) AS lat
        FROM (SELECT ST_PointOnSurface(geom) AS p FROM buildings WHERE code = ${input.buildingCode}) x`)
    : await queryRows<{ lng: number; lat: number }>(t, sql`SELECT ST_X(p) AS lng, ST_Y(p) AS lat
        FROM (SELECT ST_PointOnSurface(b.geom) AS p FROM addresses a JOIN buildings b ON b.code = a.building_code WHERE a.code = ${input.addressCode!}) x`);
  if (!row) return input.buildingCode ? 'unknown_building' : 'unknown_address';
  return { lng: Number(row.lng), lat: Number(row.lat) };
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
      sql`SELECT g.code, g.community_code AS community, g.street_code AS street, bg.beat_code AS beat, ${gridInScope(sql`g.code`, user.scope)} AS in_scope
          FROM grids g JOIN grid_plans p ON p.id = g.plan_id AND p.status = 'published'
          LEFT JOIN beat_grids bg ON bg.grid_code = g.code
          WHERE ST_Intersects(g.geom, ${point}) ORDER BY g.code LIMIT 1`,
    );
    if (!grid) return { ok: false, reason: 'outside_grids' } as const;
    if (!grid.in_scope) return { ok: false, reason: 'outside_scope' } as const;
    if (input.linkedIncidents.length > 0) {
      const ids = [...new Set(input.linkedIncidents)];
      const found = await queryRows<{ id: number }>(t, sql`SELECT id::int AS id FROM incidents WHERE id IN (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`);
      const known = new Set(found.map((r) => Number(r.id)));
      const missing = ids.filter((i) => !known.has(i));
      if (missing.length > 0) return { ok: false, reason: 'unknown_incidents', missing } as const;
    }
    // Codes run MD0001, MD0002, …: the lock keeps two registrations from taking the same number.
    await t.execute(sql`SELECT pg_advisory_xact_lock(hashtext('disputes.code'))`);
    const [next] = await queryRows<{ n: number }>(t, sql`SELECT COALESCE(max(substring(code FROM 3)::int), 0) + 1 AS n FROM disputes WHERE code ~ '^MD[0-9]{1,9}$'`);
    const code = `MD${String(next.n).padStart(4, '0')}`;
    const registeredAt = input.registeredAt ? new Date(input.registeredAt) : new Date();
    await t.execute(sql`INSERT INTO disputes (code, type, status, source, registered_at, grid_code, summary, geom, description, parties,
        address_code, community_code, street_code, beat_code, threats, violence, linked_incidents, due_at, updated_at, registered_by)
      VALUES (${code}, ${input.type}, 'registered', ${input.source}, ${registeredAt.toISOString()}, ${grid.code}, ${input.summary}, ${point},
        ${input.description}, ${JSON.stringify(input.parties)}::jsonb, ${input.addressCode ?? null}, ${grid.community}, ${grid.street}, ${grid.beat},
        ${input.threats}, ${input.violence}, ${JSON.stringify([...new Set(input.linkedIncidents)])}::jsonb,
        ${dueAt('registered', registeredAt)!.toISOString()}, now(), ${user.username})`);
    // No words stored for the registration: the interface says it, with the dispute's source, in the reader's language.
    await t.execute(sql`INSERT INTO dispute_events (dispute_code, from_status, to_status, at, by_username, reason)
      VALUES (${code}, NULL, 'registered', ${registeredAt.toISOString()}, ${user.username}, '')`);
    // A late entry (registeredAt in the past) is an earlier dispute for those registered in the 90 days after it.
    const later = await queryRows<{ code: string }>(t, sql`SELECT code FROM disputes WHERE code <> ${code}
      AND registered_at BETWEEN ${registeredAt.toISOString()}::timestamptz AND ${registeredAt.toISOString()}::timestamptz + interval '90 days'`);
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
      sql`SELECT d.status, d.responsible_body FROM disputes d WHERE d.code = ${code} AND ${gridInScope(sql`d.grid_code`, user.scope)} FOR UPDATE OF d`,
    );
    if (!row) return { ok: false, reason: 'not_found' } as const;
    const check = checkTransition(row.status, input.to, { remit: input.remit, responsibleBody: input.responsibleBody });
    if (!check.ok) return { ok: false, reason: 'refused', refusal: check.refusal } as const;
    const remit = routedRemit(input.to);
    // A routing move sets remit and responsible body afresh; other moves keep them.
    const responsibleBody = remit ? (input.responsibleBody ?? null) : (input.responsibleBody ?? row.responsible_body);
    const resolvedAt = input.to === 'resolved' ? sql`${now.toISOString()}::timestamptz` : input.to === 'mediating' ? sql`NULL` : sql`d.resolved_at`;
    const due = dueAt(input.to, now);
    await t.execute(sql`UPDATE disputes d SET status = ${input.to},
        remit = ${remit ? sql`${remit}` : sql`d.remit`},
        responsible_body = ${responsibleBody}, resolved_at = ${resolvedAt},
        due_at = ${due ? due.toISOString() : null}::timestamptz, updated_at = ${now.toISOString()}::timestamptz
      WHERE d.code = ${code}`);
    await t.execute(sql`INSERT INTO dispute_events (dispute_code, from_status, to_status, at, by_username, reason)
      VALUES (${code}, ${row.status}, ${input.to}, ${now.toISOString()}, ${user.username}, ${input.reason})`);
    await rescoreDisputes(t, [code]);
    return { ok: true } as const;
  });
}

interface ScoringRow {
  code: string;
  type: string;
  registered_at: string;
  status: string;
  address_key: string | null;
  parties: unknown;
  description: string;
  threats: boolean;
  violence: boolean;
  linked: number;
  history: unknown;
}

/**
 * Recomputes the early-warning score and reasons of the given disputes (all when omitted) with core scoreDispute,
 * against every dispute of the 90 days before each. "Same address" is the same building: the standard address's
 * building, else the building the point lies in.
 */
export async function rescoreDisputes(db: Db, codes?: string[]): Promise<void> {
  const targets = codes ? sql`code IN (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})` : sql`TRUE`;
  const rows = await queryRows<ScoringRow>(
    db,
    sql`WITH span AS (SELECT min(registered_at) - interval '90 days' AS lo, max(registered_at) AS hi FROM disputes WHERE ${targets})
        SELECT d.code, d.type, d.status, ${isoOf(sql`d.registered_at`)} AS registered_at,
          COALESCE((SELECT a.building_code FROM addresses a WHERE a.code = d.address_code),
                   (SELECT b.code FROM buildings b WHERE ST_Intersects(b.geom, d.geom) ORDER BY b.code LIMIT 1)) AS address_key,
          d.parties, d.description, d.threats, d.violence, jsonb_array_length(d.linked_incidents) AS linked,
          COALESCE((SELECT jsonb_agg(DISTINCT e.to_status) FROM dispute_events e WHERE e.dispute_code = d.code), '[]'::jsonb) AS history
        FROM disputes d, span WHERE d.registered_at BETWEEN span.lo AND span.hi`,
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
  await db.execute(sql`UPDATE disputes d SET risk_score = x.score, risk_reasons = x.reasons
    FROM jsonb_to_recordset(${JSON.stringify(scores)}::jsonb) AS x(code text, score int, reasons jsonb) WHERE d.code = x.code`);
}
