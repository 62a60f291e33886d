/**
 * The grid workforce (issue 7): people in the three-level hierarchy, their work records, the monthly joint
 * meeting and quarterly talks, the two-monthly assessment (双月考评), and one grid's page. The same schemas
 * validate the client's forms and the API's input.
 */
import { z } from 'zod';
import { longText, type DisputeSummary } from './disputes';
import { plainText } from './query-params';
import { rule } from './rule-messages';

const code = (field: string) => z.string().regex(/^[0-9A-Za-z_-]{1,40}$/, `${field} must be a code of letters, digits, - or _`);
const personId = (field: string) => z.string().regex(/^P\d{1,9}$/, `${field} must be a person id like P00001`);
const enumOf = <T extends readonly [string, ...string[]]>(field: string, values: T) =>
  z.enum(values, { message: `${field} must be one of ${values.join(', ')}` });

export const personRoles = ['grid_leader', 'compound_leader', 'building_leader', 'grid_worker', 'community_officer'] as const;
export type PersonRole = (typeof personRoles)[number];

/** Work records (工作台账). Meetings and talks are recorded with their minutes through POST /api/workforce/meetings. */
export const activityKinds = ['population_check', 'legal_session', 'dispute_helped', 'opinion_collected', 'patrol', 'joint_meeting', 'resident_talk'] as const;
export type ActivityKind = (typeof activityKinds)[number];
export const recordedActivityKinds = ['population_check', 'legal_session', 'dispute_helped', 'opinion_collected', 'patrol'] as const;

/** joint_monthly = 网格联席会 (monthly), quarterly_talk = 季度谈心谈话; each also counts as a work record. */
export const meetingKinds = ['joint_monthly', 'quarterly_talk'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/** 好 / 较好 / 一般 / 差, best first. */
export const grades = ['good', 'fair', 'average', 'poor'] as const;
export type Grade = (typeof grades)[number];

const isoDateTime = (field: string) =>
  z.iso.datetime({ offset: true, message: `${field} must be an ISO date-time` })
    .refine((s) => Date.parse(s) <= Date.now() + 60_000, rule('not_in_future', {}, field));

export const PeopleQuerySchema = z.object({ grid: code('grid') });

/** POST /api/workforce/activities; personId defaults to the caller's own staff record. */
export const NewActivitySchema = z.object({
  kind: enumOf('kind', recordedActivityKinds),
  gridCode: code('gridCode'),
  personId: personId('personId').optional(),
  occurredAt: isoDateTime('occurredAt'),
  place: plainText('place', 120).trim().min(1, 'place is required'),
  notes: longText('notes', 2000).default(''),
});
export type NewActivity = z.infer<typeof NewActivitySchema>;

export const ActivityQuerySchema = z
  .object({
    grid: code('grid').optional(),
    kind: enumOf('kind', activityKinds).optional(),
    from: z.iso.datetime({ offset: true, message: 'from must be an ISO date-time' }).optional(),
    to: z.iso.datetime({ offset: true, message: 'to must be an ISO date-time' }).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), { ...rule('from_before_to'), path: ['from'] });
export type ActivityQuery = z.infer<typeof ActivityQuerySchema>;

export const NewMeetingSchema = z.object({
  kind: enumOf('kind', meetingKinds),
  gridCode: code('gridCode'),
  heldOn: z.iso.date({ message: 'heldOn must be a date like 2026-10-08' }).refine((s) => Date.parse(s) <= Date.now(), rule('not_in_future', {}, 'heldOn')),
  topic: plainText('topic', 200).trim().min(1, 'topic is required'),
  minutes: longText('minutes', 20_000).trim().min(1, 'minutes is required'),
  attendance: z.array(personId('attendance')).min(1, 'attendance must list at least one person').max(200),
});
export type NewMeeting = z.infer<typeof NewMeetingSchema>;

export const MeetingQuerySchema = z.object({
  grid: code('grid').optional(),
  kind: enumOf('kind', meetingKinds).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type MeetingQuery = z.infer<typeof MeetingQuerySchema>;

/** A two-month round: its first month is odd, e.g. 2026-09/10. */
export const roundSchema = z.string().regex(/^\d{4}-(01\/02|03\/04|05\/06|07\/08|09\/10|11\/12)$/, 'round must be a two-month round like 2026-09/10');

const points = (field: string) => z.number({ message: `${field} must be a number` }).min(0, `${field} is 0–25`).max(25, `${field} is 0–25`);
/** Each part of the breakdown is out of 25; the total (out of 100) is their sum. */
export const AssessmentScoresSchema = z.object({
  work: points('scores.work'),
  disputes: points('scores.disputes'),
  data: points('scores.data'),
  residents: points('scores.residents'),
});
export type AssessmentScores = z.infer<typeof AssessmentScoresSchema>;

/** POST /api/workforce/assessments: one grade a grid and round; posting again replaces it. */
export const NewAssessmentSchema = z.object({
  gridCode: code('gridCode'),
  round: roundSchema,
  grade: enumOf('grade', grades),
  scores: AssessmentScoresSchema,
  comments: longText('comments', 2000).trim().default(''),
});
export type NewAssessment = z.infer<typeof NewAssessmentSchema>;

export const AssessmentQuerySchema = z.object({ round: roundSchema.optional() });

export const GridCodeSchema = z.object({ code: code('code') });

export interface PersonNode {
  id: string;
  name: string;
  role: PersonRole;
  isPolice: boolean;
  employer: string;
  phone: string;
  gridCode: string | null;
  compoundCode: string | null;
  compoundName: string | null;
  buildingCode: string | null;
  buildingName: string | null;
  children: PersonNode[];
}

/** GET /api/workforce/people?grid=: the grid leader's tree (workers, compound leaders → building leaders) and the beat's officer. */
export interface GridPeople {
  gridCode: string;
  gridName: string;
  /** The grid leader with everyone under them; people whose leader is missing are roots too. */
  roots: PersonNode[];
  officers: PersonNode[];
  counts: Record<PersonRole, number>;
}

export interface Activity {
  id: number;
  kind: ActivityKind;
  gridCode: string | null;
  personId: string | null;
  personName: string | null;
  occurredAt: string;
  place: string | null;
  notes: string | null;
  createdBy: string | null;
}
export interface ActivityPage {
  total: number;
  countsByKind: Partial<Record<ActivityKind, number>>;
  rows: Activity[];
}

export interface Meeting {
  id: string;
  kind: MeetingKind;
  gridCode: string | null;
  communityCode: string | null;
  heldOn: string;
  topic: string;
  minutes: string;
  attendance: { id: string; name: string | null }[];
  createdBy: string;
}

export interface Assessment {
  gridCode: string;
  gridName: string | null;
  leaderId: string;
  leaderName: string | null;
  round: string;
  grade: Grade;
  scores: AssessmentScores | null;
  total: number | null;
  comments: string | null;
  assessedBy: string | null;
  assessedAt: string | null;
}

/** GET /api/workforce/assessments?round=: the round's grades with their district rank by total (1 = best; ties share a rank, the next is skipped). */
export interface AssessmentRanking {
  round: string | null;
  rounds: string[];
  gradeCounts: Record<Grade, number>;
  rows: (Assessment & { rank: number })[];
}

/** GET /api/grids/:code/page: everything about one grid on one page. */
export interface GridPage {
  grid: { code: string; name: string; communityCode: string; streetCode: string; beatCode: string | null; households: number; residents: number };
  people: GridPeople;
  work: { last12Months: Partial<Record<ActivityKind, number>>; recent: Activity[] };
  meetings: Meeting[];
  /** Each round's grade, score and district rank (ties share a rank; core/measures/glossary.ts). */
  grades: { round: string; grade: Grade; total: number | null; rank: number; leaderId: string }[];
  /** 楼栋核验率 and 人员核验率 (core/measures/glossary.ts); share null when there is nothing to divide. */
  freshness: {
    buildings: { total: number; verified: number; share: number | null };
    residents: { total: number; verified: number; share: number | null };
  };
  /** The open disputes (not resolved, visited or closed), highest risk first, with the counts of the glossary. */
  disputes: { open: number; highRisk: number; overdue: number; rows: DisputeSummary[] };
  /** Incidents in the last INCIDENT_WINDOW_DAYS days by category, most first. */
  incidents: { days: number; total: number; byCategory: { code: string; nameZh: string; nameEn: string; count: number }[] };
}
