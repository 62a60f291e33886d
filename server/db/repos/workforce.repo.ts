import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../core/contracts/auth';
import {
  grades, personRoles, type Activity, type ActivityKind, type ActivityPage, type ActivityQuery, type Assessment, type AssessmentRanking,
  type Grade, type GridPeople, type Meeting, type MeetingQuery, type NewActivity, type NewAssessment, type NewMeeting, type PersonNode,
  type PersonRole,
} from '../../../core/contracts/workforce';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { isoOf, jsonOf } from './disputes.repo';
import { rankedAssessmentsSql } from './measures.repo';

type Caller = { username: string; scope: Scope };
/** Why a write to a grid's records is refused: no such grid (404), or not the caller's (403). */
export type GridRefusal = 'unknown_grid' | 'outside_scope';

async function findGrid(t: Db, code: string, scope: Scope) {
  const [g] = await queryRows<{ code: string; name: string; community: string; leader: string | null; in_scope: boolean }>(
    t,
    sql`SELECT g.code, g.name, g.community_code AS community, g.leader_id AS leader, ${gridInScope(sql`g.code`, scope)} AS in_scope
        FROM grids g WHERE g.code = ${code}`,
  );
  return g;
}

const personColumns = sql`p.id, p.name, p.role, p.is_police AS "isPolice", p.employer, p.phone, p.grid_code AS "gridCode",
  p.compound_code AS "compoundCode", c.name AS "compoundName", p.building_code AS "buildingCode", b.name AS "buildingName", p.parent_id AS "parentId"`;
const personJoins = sql`LEFT JOIN compounds c ON c.code = p.compound_code LEFT JOIN buildings b ON b.code = p.building_code`;
type PersonRow = Omit<PersonNode, 'children'> & { parentId: string | null };

/** Builds the hierarchy from parent links; people whose parent is not among them are roots. Order: role, then id. */
function buildTree(rows: PersonRow[]): PersonNode[] {
  const nodes = new Map(rows.map(({ parentId: _, ...p }) => [p.id, { ...p, children: [] as PersonNode[] }]));
  const roots: PersonNode[] = [];
  for (const r of rows) {
    const parent = r.parentId ? nodes.get(r.parentId) : undefined;
    (parent ? parent.children : roots).push(nodes.get(r.id)!);
  }
  const rank = (n: PersonNode) => personRoles.indexOf(n.role);
  const sort = (list: PersonNode[]) => {
    list.sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

/** The people of a grid in scope as a tree, with the community officer of its beat; null when unknown or outside scope. */
export async function findGridPeople(db: Db, gridCode: string, scope: Scope): Promise<GridPeople | null> {
  const grid = await findGrid(db, gridCode, scope);
  if (!grid || !grid.in_scope) return null;
  const members = await queryRows<PersonRow>(db, sql`SELECT ${personColumns} FROM people p ${personJoins}
    WHERE p.grid_code = ${gridCode} AND p.role <> 'community_officer' ORDER BY p.id`);
  const officers = await queryRows<PersonRow>(db, sql`SELECT ${personColumns} FROM beat_grids bg JOIN beats bt ON bt.code = bg.beat_code
    JOIN people p ON p.id = bt.officer_id ${personJoins} WHERE bg.grid_code = ${gridCode} ORDER BY p.id`);
  const counts = Object.fromEntries(personRoles.map((r) => [r, 0])) as Record<PersonRole, number>;
  for (const p of [...members, ...officers]) counts[p.role] += 1;
  return { gridCode, gridName: grid.name, roots: buildTree(members), officers: buildTree(officers), counts };
}

const activityColumns = sql`a.id::int AS id, a.kind, a.grid_code AS "gridCode", a.person_id AS "personId", p.name AS "personName",
  ${isoOf(sql`a.occurred_at`)} AS "occurredAt", a.place, a.notes, a.created_by AS "createdBy"`;

/** Records a work record in a grid of the caller's scope; the person defaults to the caller's own staff record. */
export async function recordActivity(db: Db, input: NewActivity, user: Caller):
  Promise<{ ok: true; activity: Activity } | { ok: false; reason: GridRefusal | 'unknown_person' | 'no_person' }> {
  const grid = await findGrid(db, input.gridCode, user.scope);
  if (!grid) return { ok: false, reason: 'unknown_grid' };
  if (!grid.in_scope) return { ok: false, reason: 'outside_scope' };
  const [who] = await queryRows<{ id: string | null }>(db, input.personId
    ? sql`SELECT id FROM people WHERE id = ${input.personId}`
    : sql`SELECT person_id AS id FROM users WHERE username = ${user.username}`);
  if (!who?.id) return { ok: false, reason: input.personId ? 'unknown_person' : 'no_person' };
  const [row] = await queryRows<{ id: number }>(db, sql`INSERT INTO activities (kind, grid_code, person_id, occurred_at, place, notes, created_by)
    VALUES (${input.kind}, ${input.gridCode}, ${who.id}, ${input.occurredAt}, ${input.place}, ${input.notes}, ${user.username}) RETURNING id::int AS id`);
  const [activity] = await queryRows<Activity>(db, sql`SELECT ${activityColumns} FROM activities a LEFT JOIN people p ON p.id = a.person_id WHERE a.id = ${row.id}`);
  return { ok: true, activity };
}

/** Work records in scope, newest first, with the count of each kind over the same filter. */
export async function findActivities(db: Db, q: ActivityQuery, scope: Scope): Promise<ActivityPage> {
  const parts: SQL[] = [gridInScope(sql`a.grid_code`, scope)];
  if (q.grid) parts.push(sql`a.grid_code = ${q.grid}`);
  if (q.from) parts.push(sql`a.occurred_at >= ${q.from}::timestamptz`);
  if (q.to) parts.push(sql`a.occurred_at < ${q.to}::timestamptz`);
  const byKind = await queryRows<{ kind: ActivityKind; n: number }>(db, sql`SELECT a.kind, count(*)::int AS n FROM activities a WHERE ${sql.join(parts, sql` AND `)} GROUP BY a.kind`);
  if (q.kind) parts.push(sql`a.kind = ${q.kind}`);
  const where = sql.join(parts, sql` AND `);
  const rows = await queryRows<Activity>(db, sql`SELECT ${activityColumns} FROM activities a LEFT JOIN people p ON p.id = a.person_id
    WHERE ${where} ORDER BY a.occurred_at DESC, a.id DESC LIMIT ${q.limit} OFFSET ${q.offset}`);
  const countsByKind = Object.fromEntries(byKind.map((r) => [r.kind, Number(r.n)]));
  const total = q.kind ? (countsByKind[q.kind] ?? 0) : byKind.reduce((s, r) => s + Number(r.n), 0);
  return { total, countsByKind, rows };
}

// A meeting also counts as a work record of the grid leader, as the demo's records do.
const meetingActivity = { joint_monthly: 'joint_meeting', quarterly_talk: 'resident_talk' } as const;

/** Records a meeting with minutes and attendance (all known people) in a grid of the caller's scope, and its work record. */
export async function recordMeeting(db: Db, input: NewMeeting, user: Caller):
  Promise<{ ok: true; meeting: Meeting } | { ok: false; reason: GridRefusal | 'unknown_people'; missing?: string[] }> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const grid = await findGrid(t, input.gridCode, user.scope);
    if (!grid) return { ok: false, reason: 'unknown_grid' } as const;
    if (!grid.in_scope) return { ok: false, reason: 'outside_scope' } as const;
    const ids = [...new Set(input.attendance)];
    const known = await queryRows<{ id: string }>(t, sql`SELECT id FROM people WHERE id IN (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`);
    const missing = ids.filter((i) => !known.some((k) => k.id === i));
    if (missing.length > 0) return { ok: false, reason: 'unknown_people', missing } as const;
    const [row] = await queryRows<{ id: string }>(t, sql`INSERT INTO meetings (kind, grid_code, community_code, held_on, topic, minutes, attendance, created_by)
      VALUES (${input.kind}, ${input.gridCode}, ${grid.community}, ${input.heldOn}, ${input.topic}, ${input.minutes}, ${JSON.stringify(ids)}::jsonb, ${user.username})
      RETURNING id::text AS id`);
    // Held at noon Beijing time: the meeting's date is what the minutes record.
    await t.execute(sql`INSERT INTO activities (kind, grid_code, person_id, occurred_at, place, notes, created_by)
      VALUES (${meetingActivity[input.kind]}, ${input.gridCode}, ${grid.leader}, ${`${input.heldOn}T12:00:00+08:00`}, NULL, ${input.topic}, ${user.username})`);
    const [meeting] = await selectMeetings(t, sql`m.id = ${row.id}::uuid`, 1);
    return { ok: true, meeting } as const;
  });
}

async function selectMeetings(db: Db, where: SQL, limit: number): Promise<Meeting[]> {
  const rows = await queryRows<Omit<Meeting, 'attendance'> & { attendance: unknown }>(db, sql`SELECT m.id::text AS id, m.kind, m.grid_code AS "gridCode",
      m.community_code AS "communityCode", m.held_on::text AS "heldOn", m.topic, m.minutes, m.attendance, m.created_by AS "createdBy"
    FROM meetings m WHERE ${where} ORDER BY m.held_on DESC, m.id LIMIT ${limit}`);
  const ids = [...new Set(rows.flatMap((r) => jsonOf<string[]>(r.attendance)))];
  const names = ids.length
    ? new Map((await queryRows<{ id: string; name: string }>(db, sql`SELECT id, name FROM people WHERE id IN (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`)).map((p) => [p.id, p.name]))
    : new Map<string, string>();
  return rows.map((r) => ({ ...r, attendance: jsonOf<string[]>(r.attendance).map((id) => ({ id, name: names.get(id) ?? null })) }));
}

/** Meetings in scope, latest first. */
export async function findMeetings(db: Db, q: MeetingQuery, scope: Scope): Promise<Meeting[]> {
  const parts: SQL[] = [gridInScope(sql`m.grid_code`, scope)];
  if (q.grid) parts.push(sql`m.grid_code = ${q.grid}`);
  if (q.kind) parts.push(sql`m.kind = ${q.kind}`);
  return selectMeetings(db, sql.join(parts, sql` AND `), q.limit);
}

const assessmentColumns = sql`a.grid_code AS "gridCode", g.name AS "gridName", a.leader_id AS "leaderId", p.name AS "leaderName", a.round, a.grade,
  a.scores, a.total, a.comments, a.assessed_by AS "assessedBy", ${isoOf(sql`a.assessed_at`)} AS "assessedAt"`;
const assessmentJoins = sql`LEFT JOIN grids g ON g.code = a.grid_code LEFT JOIN people p ON p.id = a.leader_id`;
const toAssessment = <T extends Assessment>(r: T): T => ({ ...r, scores: r.scores === null ? null : jsonOf(r.scores), total: r.total === null ? null : Number(r.total) });

/**
 * Grades the grid's leader for a round: one assessment a grid and round, so a second one replaces the first (in one
 * transaction, serialised per grid and round). The total is the sum of the breakdown.
 */
export async function saveAssessment(db: Db, input: NewAssessment, user: Caller):
  Promise<{ ok: true; assessment: Assessment; replaced: boolean } | { ok: false; reason: GridRefusal | 'no_leader' }> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const grid = await findGrid(t, input.gridCode, user.scope);
    if (!grid) return { ok: false, reason: 'unknown_grid' } as const;
    if (!grid.in_scope) return { ok: false, reason: 'outside_scope' } as const;
    if (!grid.leader) return { ok: false, reason: 'no_leader' } as const;
    await t.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`assessments:${input.gridCode}:${input.round}`}))`);
    const removed = await queryRows<{ round: string }>(t, sql`DELETE FROM assessments WHERE grid_code = ${input.gridCode} AND round = ${input.round} RETURNING round`);
    const { work, disputes, data, residents } = input.scores;
    await t.execute(sql`INSERT INTO assessments (grid_code, leader_id, round, grade, scores, total, comments, assessed_by, assessed_at)
      VALUES (${input.gridCode}, ${grid.leader}, ${input.round}, ${input.grade}, ${JSON.stringify(input.scores)}::jsonb,
              ${work + disputes + data + residents}, ${input.comments}, ${user.username}, now())`);
    const [row] = await queryRows<Assessment>(t, sql`SELECT ${assessmentColumns} FROM assessments a ${assessmentJoins}
      WHERE a.grid_code = ${input.gridCode} AND a.round = ${input.round}`);
    return { ok: true, assessment: toAssessment(row), replaced: removed.length > 0 } as const;
  });
}

/**
 * The grades of a round (the latest when not given) in scope, each with its rank among all the district's grids of
 * the round by total (rankedAssessmentsSql: ties share a rank), so a grid leader sees the grid's place in the district.
 */
export async function findAssessmentRanking(db: Db, round: string | undefined, scope: Scope): Promise<AssessmentRanking> {
  const inScope = gridInScope(sql`a.grid_code`, scope);
  const rounds = (await queryRows<{ round: string }>(db, sql`SELECT DISTINCT a.round FROM assessments a WHERE ${inScope} ORDER BY a.round DESC`)).map((r) => r.round);
  const chosen = round ?? rounds[0] ?? null;
  const gradeCounts = Object.fromEntries(grades.map((g) => [g, 0])) as Record<Grade, number>;
  if (!chosen) return { round: null, rounds, gradeCounts, rows: [] };
  const rows = await queryRows<Assessment & { rank: number }>(db, sql`SELECT ${assessmentColumns}, a.rank
    FROM ${rankedAssessmentsSql} a ${assessmentJoins} WHERE a.round = ${chosen} AND ${inScope} ORDER BY a.rank, a.grid_code`);
  for (const r of rows) gradeCounts[r.grade] += 1;
  return { round: chosen, rounds, gradeCounts, rows: rows.map((r) => ({ ...toAssessment(r), rank: Number(r.rank) })) };
}
