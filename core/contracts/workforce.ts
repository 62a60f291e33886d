/**
 * The grid workforce (issue 7): people in the three-level hierarchy, their work records, the monthly joint
 * meeting and quarterly talks, the two-monthly assessment (双月考评), and one grid's page. The same schemas
 * validate the client's forms and the API's input.
 */
import { z } from 'zod';
import { DisputeSummarySchema, longText } from './disputes';
import { plainText } from './query-params';
import { rule } from './rule-messages';
import { localDateKey } from '../time/shanghai-time';

const code = (field: string) => z.string().regex(/^[0-9A-Za-z_-]{1,40}$/, `${field} must be a code of letters, digits, - or _`);
const personId = (field: string) => z.string().regex(/^P\d{1,9}$/, `${field} must be a person id like P00001`);
const enumOf = <T extends readonly [string, ...string[]]>(field: string, values: T) =>
  z.enum(values, { message: `${field} must be one of ${values.join(', ')}` });

export const personRoles = ['grid_leader', 'compound_leader', 'building_leader', 'grid_worker', 'community_officer'] as const;
export type PersonRole = (typeof personRoles)[number];
/**
 * The roles held by residents who volunteer (楼栋长, 小区长), not by paid staff or police: their phone is a private
 * number, masked like a resident's for callers who may not read personal data (role-groups' personalDataReaders).
 */
export const residentVolunteerRoles: readonly PersonRole[] = ['compound_leader', 'building_leader'];

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
  // Compared with today in the district: Date.parse read the day as UTC midnight, refusing today's meeting before 08:00.
  heldOn: z.iso.date({ message: 'heldOn must be a date like 2026-10-08' }).refine((s) => s <= localDateKey(Date.now()), rule('not_in_future', {}, 'heldOn')),
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

export const PersonNodeSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(personRoles),
  isPolice: z.boolean(),
  employer: z.string(),
  /** Staff's and police's work phone in full; a resident volunteer's masked (138****5678) outside personalDataReaders. */
  phone: z.string(),
  gridCode: z.string().nullable(),
  compoundCode: z.string().nullable(),
  compoundName: z.string().nullable(),
  buildingCode: z.string().nullable(),
  buildingName: z.string().nullable(),
  // A getter: the schema refers to itself (zod's recursive objects).
  get children(): z.ZodArray<typeof PersonNodeSchema> {
    return z.array(PersonNodeSchema);
  },
});
export type PersonNode = z.infer<typeof PersonNodeSchema>;

/** GET /api/workforce/people?grid=: the grid leader's tree (workers, compound leaders → building leaders) and the beat's officer. */
export const GridPeopleSchema = z.object({
  gridCode: z.string(),
  gridName: z.string(),
  /** The grid leader with everyone under them; people whose leader is missing are roots too. */
  roots: z.array(PersonNodeSchema),
  officers: z.array(PersonNodeSchema),
  // An object of every role rather than z.record(z.enum(…)): the OpenAPI document then requires each key, as the
  // server always sends them, and the client's generated type has them.
  counts: z.object({ grid_leader: z.number(), compound_leader: z.number(), building_leader: z.number(), grid_worker: z.number(), community_officer: z.number() }) satisfies z.ZodType<Record<PersonRole, number>>,
});
export type GridPeople = z.infer<typeof GridPeopleSchema>;

export const ActivitySchema = z.object({
  id: z.number(),
  kind: z.enum(activityKinds),
  gridCode: z.string().nullable(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  occurredAt: z.string(),
  place: z.string().nullable(),
  notes: z.string().nullable(),
  createdBy: z.string().nullable(),
});
export type Activity = z.infer<typeof ActivitySchema>;
export const ActivityPageSchema = z.object({
  total: z.number(),
  countsByKind: z.partialRecord(z.enum(activityKinds), z.number()),
  rows: z.array(ActivitySchema),
});
export type ActivityPage = z.infer<typeof ActivityPageSchema>;

export const MeetingSchema = z.object({
  id: z.string(),
  kind: z.enum(meetingKinds),
  gridCode: z.string().nullable(),
  communityCode: z.string().nullable(),
  heldOn: z.string(),
  topic: z.string(),
  minutes: z.string(),
  attendance: z.array(z.object({
    id: z.string(),
    name: z.string().nullable(),
  })),
  createdBy: z.string(),
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const AssessmentSchema = z.object({
  gridCode: z.string(),
  gridName: z.string().nullable(),
  leaderId: z.string(),
  leaderName: z.string().nullable(),
  round: z.string(),
  grade: z.enum(grades),
  scores: AssessmentScoresSchema.nullable(),
  total: z.number().nullable(),
  comments: z.string().nullable(),
  assessedBy: z.string().nullable(),
  assessedAt: z.string().nullable(),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

/** GET /api/workforce/assessments?round=: the round's grades with their district rank by total (1 = best; ties share a rank, the next is skipped). */
export const AssessmentRankingSchema = z.object({
  round: z.string().nullable(),
  rounds: z.array(z.string()),
  gradeCounts: z.object({ good: z.number(), fair: z.number(), average: z.number(), poor: z.number() }) satisfies z.ZodType<Record<Grade, number>>, // every grade, as counts above
  rows: z.array(AssessmentSchema.extend({
    rank: z.number(),
  })),
});
export type AssessmentRanking = z.infer<typeof AssessmentRankingSchema>;

/** GET /api/grids/:code/page: everything about one grid on one page. */
export const GridPageSchema = z.object({
  grid: z.object({
    code: z.string(),
    name: z.string(),
    communityCode: z.string(),
    streetCode: z.string(),
    beatCode: z.string().nullable(),
    /** The beat as people name it ('三里坪派出所第1警格'); what the page shows. */
    beatName: z.string().nullable(),
    households: z.number(),
    residents: z.number(),
    /** The households band of the plan the grid was published under (300–500 户); null when that plan set none. */
    householdBand: z.object({ min: z.number(), max: z.number() }).nullable(),
  }),
  people: GridPeopleSchema,
  work: z.object({
    last12Months: z.partialRecord(z.enum(activityKinds), z.number()),
    recent: z.array(ActivitySchema),
  }),
  meetings: z.array(MeetingSchema),
  /** Each round's grade, score and district rank (ties share a rank; core/measures/glossary.ts). */
  grades: z.array(z.object({
    round: z.string(),
    grade: z.enum(grades),
    total: z.number().nullable(),
    rank: z.number(),
    leaderId: z.string(),
  })),
  /** 楼栋核验率 and 人员核验率 (core/measures/glossary.ts); share null when there is nothing to divide. */
  freshness: z.object({
    buildings: z.object({
      total: z.number(),
      verified: z.number(),
      share: z.number().nullable(),
    }),
    residents: z.object({
      total: z.number(),
      verified: z.number(),
      share: z.number().nullable(),
    }),
  }),
  /** The open disputes (not resolved, visited or closed), highest risk first, with the counts of the glossary. */
  disputes: z.object({
    open: z.number(),
    highRisk: z.number(),
    overdue: z.number(),
    rows: z.array(DisputeSummarySchema),
  }),
  /** Incidents in the last INCIDENT_WINDOW_DAYS days by category, most first. */
  incidents: z.object({
    days: z.number(),
    total: z.number(),
    byCategory: z.array(z.object({
      code: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      count: z.number(),
    })),
  }),
});
export type GridPage = z.infer<typeof GridPageSchema>;
