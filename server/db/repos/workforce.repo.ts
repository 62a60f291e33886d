import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Role, Scope } from '../../../core/contracts/auth';
import { personalDataReaders } from '../../../core/contracts/role-groups';
import {
  grades, personRoles, residentVolunteerRoles, type Activity, type ActivityKind, type ActivityPage, type ActivityQuery, type Assessment, type AssessmentRanking,
  type Grade, type GridPeople, type Meeting, type MeetingQuery, type NewActivity, type NewAssessment, type NewMeeting, type PersonNode,
  type PersonRole,
} from '../../../core/contracts/workforce';
import { maskPhone } from '../../../core/privacy/mask';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { activities, assessments, beatGrids, beats, buildings, compounds, grids, meetings, people, users } from '../schema';
import { isoOf, jsonOf } from './disputes.repo';
import { rankedAssessmentsSql } from './measures.repo';

const g = alias(grids, 'g');
const p = alias(people, 'p');
const c = alias(compounds, 'c');
const b = alias(buildings, 'b');
const bg = alias(beatGrids, 'bg');
const bt = alias(beats, 'bt');
const act = alias(activities, 'a');
const m = alias(meetings, 'm');
// Also the name of rankedAssessmentsSql's rows, which carry every column of assessments and their rank.
const asm = alias(assessments, 'a');

type Caller = { username: string; scope: Scope };
/** Why a write to a grid's records is refused: no such grid (404), or not the caller's (403). */
export type GridRefusal = 'unknown_grid' | 'outside_scope';

async function findGrid(t: Db, code: string, scope: Scope) {
  const [grid] = await queryRows<{ code: string; name: string; community: string; leader: string | null; in_scope: boolean }>(
    t,
    sql`SELECT ${g.code}, ${g.name}, ${g.communityCode} AS community, ${g.leaderId} AS leader, ${gridInScope(g.code, scope)} AS in_scope
        FROM ${grids} ${g} WHERE ${g.code} = ${code}`,
  );
  return grid;
}

const personColumns = sql`${p.id}, ${p.name}, ${p.role}, ${p.isPolice} AS "isPolice", ${p.employer}, ${p.phone}, ${p.gridCode} AS "gridCode",
  ${p.compoundCode} AS "compoundCode", ${c.name} AS "compoundName", ${p.buildingCode} AS "buildingCode", ${b.name} AS "buildingName", ${p.parentId} AS "parentId"`;
const personJoins = sql`LEFT JOIN ${compounds} ${c} ON ${c.code} = ${p.compoundCode} LEFT JOIN ${buildings} ${b} ON ${b.code} = ${p.buildingCode}`;
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

/**
 * Staff names and work phones are what the grid's notice board shows residents, so they stay; a volunteer's is a
 * resident's own number, masked as the residents list masks it unless the caller may read personal data.
 */
function showPhone(row: PersonRow, readsPersonalData: boolean): PersonRow {
  if (readsPersonalData || !residentVolunteerRoles.includes(row.role)) return row;
  return { ...row, phone: maskPhone(row.phone)! };
}

/** The people of a grid in scope as a tree, with the community officer of its beat; null when unknown or outside scope. */
export async function findGridPeople(db: Db, gridCode: string, caller: { role: Role; scope: Scope }): Promise<GridPeople | null> {
  const grid = await findGrid(db, gridCode, caller.scope);
  if (!grid || !grid.in_scope) return null;
  const readsPersonalData = personalDataReaders.includes(caller.role);
  const members = (await queryRows<PersonRow>(db, sql`SELECT ${personColumns} FROM ${people} ${p} ${personJoins}
    WHERE ${p.gridCode} = ${gridCode} AND ${p.role} <> 'community_officer' ORDER BY ${p.id}`)).map((r) => showPhone(r, readsPersonalData));
  const officers = await queryRows<PersonRow>(db, sql`SELECT ${personColumns} FROM ${beatGrids} ${bg} JOIN ${beats} ${bt} ON ${bt.code} = ${bg.beatCode}
    JOIN ${people} ${p} ON ${p.id} = ${bt.officerId} ${personJoins} WHERE ${bg.gridCode} = ${gridCode} ORDER BY ${p.id}`);
  const counts = Object.fromEntries(personRoles.map((r) => [r, 0])) as Record<PersonRole, number>;
  for (const p of [...members, ...officers]) counts[p.role] += 1;
  return { gridCode, gridName: grid.name, roots: buildTree(members), officers: buildTree(officers), counts };
}

const activityColumns = sql`${act.id}::int AS id, ${act.kind}, ${act.gridCode} AS "gridCode", ${act.personId} AS "personId", ${p.name} AS "personName",
  ${isoOf(act.occurredAt)} AS "occurredAt", ${act.place}, ${act.notes}, ${act.createdBy} AS "createdBy"`;
const activitiesWithPerson = sql`${activities} ${act} LEFT JOIN ${people} ${p} ON ${p.id} = ${act.personId}`;

/** Records a work record in a grid of the caller's scope; the person defaults to the caller's own staff record. */
export async function recordActivity(db: Db, input: NewActivity, user: Caller):
  Promise<{ ok: true; activity: Activity } | { ok: false; reason: GridRefusal | 'unknown_person' | 'no_person' }> {
  const grid = await findGrid(db, input.gridCode, user.scope);
  if (!grid) return { ok: false, reason: 'unknown_grid' };
  if (!grid.in_scope) return { ok: false, reason: 'outside_scope' };
  const [who] = input.personId
    ? await db.select({ id: people.id }).from(people).where(eq(people.id, input.personId))
    : await db.select({ id: users.personId }).from(users).where(eq(users.username, user.username));
  if (!who?.id) return { ok: false, reason: input.personId ? 'unknown_person' : 'no_person' };
  // The time goes to the database as the text given (with its offset), as before: PostgreSQL reads the offset.
  const [row] = await db.insert(activities).values({
    kind: input.kind, gridCode: input.gridCode, personId: who.id, occurredAt: sql`${input.occurredAt}::timestamptz`,
    place: input.place, notes: input.notes, createdBy: user.username,
  }).returning({ id: activities.id });
  const [activity] = await queryRows<Activity>(db, sql`SELECT ${activityColumns} FROM ${activitiesWithPerson} WHERE ${act.id} = ${row.id}`);
  return { ok: true, activity };
}

/** Work records in scope, newest first, with the count of each kind over the same filter. */
export async function findActivities(db: Db, q: ActivityQuery, scope: Scope): Promise<ActivityPage> {
  const parts: SQL[] = [gridInScope(act.gridCode, scope)];
  if (q.grid) parts.push(sql`${act.gridCode} = ${q.grid}`);
  if (q.from) parts.push(sql`${act.occurredAt} >= ${q.from}::timestamptz`);
  if (q.to) parts.push(sql`${act.occurredAt} < ${q.to}::timestamptz`);
  const byKind = await queryRows<{ kind: ActivityKind; n: number }>(db, sql`SELECT ${act.kind}, count(*)::int AS n FROM ${activities} ${act}
    WHERE ${sql.join(parts, sql` AND `)} GROUP BY ${act.kind}`);
  if (q.kind) parts.push(sql`${act.kind} = ${q.kind}`);
  const where = sql.join(parts, sql` AND `);
  const rows = await queryRows<Activity>(db, sql`SELECT ${activityColumns} FROM ${activitiesWithPerson}
    WHERE ${where} ORDER BY ${act.occurredAt} DESC, ${act.id} DESC LIMIT ${q.limit} OFFSET ${q.offset}`);
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
    const known = await t.select({ id: people.id }).from(people).where(inArray(people.id, ids));
    const missing = ids.filter((i) => !known.some((k) => k.id === i));
    if (missing.length > 0) return { ok: false, reason: 'unknown_people', missing } as const;
    const [row] = await t.insert(meetings).values({
      kind: input.kind, gridCode: input.gridCode, communityCode: grid.community, heldOn: input.heldOn, topic: input.topic,
      minutes: input.minutes, attendance: ids, createdBy: user.username,
    }).returning({ id: meetings.id });
    // Held at noon Beijing time: the meeting's date is what the minutes record.
    await t.insert(activities).values({
      kind: meetingActivity[input.kind], gridCode: input.gridCode, personId: grid.leader, occurredAt: sql`${`${input.heldOn}T12:00:00+08:00`}::timestamptz`,
      place: null, notes: input.topic, createdBy: user.username,
    });
    const [meeting] = await selectMeetings(t, sql`${m.id} = ${row.id}::uuid`, 1);
    return { ok: true, meeting } as const;
  });
}

async function selectMeetings(db: Db, where: SQL, limit: number): Promise<Meeting[]> {
  const rows = await queryRows<Omit<Meeting, 'attendance'> & { attendance: unknown }>(db, sql`SELECT ${m.id}::text AS id, ${m.kind}, ${m.gridCode} AS "gridCode",
      ${m.communityCode} AS "communityCode", ${m.heldOn}::text AS "heldOn", ${m.topic}, ${m.minutes}, ${m.attendance}, ${m.createdBy} AS "createdBy"
    FROM ${meetings} ${m} WHERE ${where} ORDER BY ${m.heldOn} DESC, ${m.id} LIMIT ${limit}`);
  const ids = [...new Set(rows.flatMap((r) => jsonOf<string[]>(r.attendance)))];
  const names = ids.length
    ? new Map((await db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, ids))).map((r) => [r.id, r.name]))
    : new Map<string, string>();
  return rows.map((r) => ({ ...r, attendance: jsonOf<string[]>(r.attendance).map((id) => ({ id, name: names.get(id) ?? null })) }));
}

/** Meetings in scope, latest first. */
export async function findMeetings(db: Db, q: MeetingQuery, scope: Scope): Promise<Meeting[]> {
  const parts: SQL[] = [gridInScope(m.gridCode, scope)];
  if (q.grid) parts.push(sql`${m.gridCode} = ${q.grid}`);
  if (q.kind) parts.push(sql`${m.kind} = ${q.kind}`);
  return selectMeetings(db, sql.join(parts, sql` AND `), q.limit);
}

const assessmentColumns = sql`${asm.gridCode} AS "gridCode", ${g.name} AS "gridName", ${asm.leaderId} AS "leaderId", ${p.name} AS "leaderName",
  ${asm.round}, ${asm.grade}, ${asm.scores}, ${asm.total}, ${asm.comments}, ${asm.assessedBy} AS "assessedBy", ${isoOf(asm.assessedAt)} AS "assessedAt"`;
const assessmentJoins = sql`LEFT JOIN ${grids} ${g} ON ${g.code} = ${asm.gridCode} LEFT JOIN ${people} ${p} ON ${p.id} = ${asm.leaderId}`;
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
    const removed = await t.delete(assessments)
      .where(and(eq(assessments.gridCode, input.gridCode), eq(assessments.round, input.round)))
      .returning({ round: assessments.round });
    const { work, disputes, data, residents } = input.scores;
    await t.insert(assessments).values({
      gridCode: input.gridCode, leaderId: grid.leader, round: input.round, grade: input.grade, scores: input.scores,
      total: work + disputes + data + residents, comments: input.comments, assessedBy: user.username, assessedAt: sql`now()`,
    });
    const [row] = await queryRows<Assessment>(t, sql`SELECT ${assessmentColumns} FROM ${assessments} ${asm} ${assessmentJoins}
      WHERE ${asm.gridCode} = ${input.gridCode} AND ${asm.round} = ${input.round}`);
    return { ok: true, assessment: toAssessment(row), replaced: removed.length > 0 } as const;
  });
}

/**
 * The grades of a round (the latest when not given) in scope, each with its rank among all the district's grids of
 * the round by total (rankedAssessmentsSql: ties share a rank), so a grid leader sees the grid's place in the district.
 */
export async function findAssessmentRanking(db: Db, round: string | undefined, scope: Scope): Promise<AssessmentRanking> {
  const inScope = gridInScope(asm.gridCode, scope);
  const rounds = (await queryRows<{ round: string }>(db, sql`SELECT DISTINCT ${asm.round} FROM ${assessments} ${asm} WHERE ${inScope} ORDER BY ${asm.round} DESC`)).map((r) => r.round);
  const chosen = round ?? rounds[0] ?? null;
  const gradeCounts = Object.fromEntries(grades.map((g) => [g, 0])) as Record<Grade, number>;
  if (!chosen) return { round: null, rounds, gradeCounts, rows: [] };
  const rows = await queryRows<Assessment & { rank: number }>(db, sql`SELECT ${assessmentColumns}, ${asm}.rank
    FROM ${rankedAssessmentsSql} ${asm} ${assessmentJoins} WHERE ${asm.round} = ${chosen} AND ${inScope} ORDER BY ${asm}.rank, ${asm.gridCode}`);
  for (const r of rows) gradeCounts[r.grade] += 1;
  return { round: chosen, rounds, gradeCounts, rows: rows.map((r) => ({ ...toAssessment(r), rank: Number(r.rank) })) };
}
