import type {
  Activity,
  ActivityKind,
  ActivityPage,
  Assessment,
  AssessmentRanking,
  GridPage,
  GridPeople,
  Meeting,
  MeetingKind,
  NewActivity,
  NewAssessment,
  NewMeeting,
} from '../../core/contracts/workforce';
import { api, answerOf } from './client';

// The grid workforce's routes and the grid page (issue 7), one function a route.

/** An empty text field of a filter is no filter: left out of the query. */
const given = <T extends string>(value: T | '' | undefined): T | undefined => (value === '' ? undefined : value);

/** GET /api/workforce/people?grid=: the grid leader's tree and the beat's officer. */
export const getGridPeople = (grid: string, signal?: AbortSignal): Promise<GridPeople> =>
  answerOf(api.GET('/api/workforce/people', { params: { query: { grid } }, signal }));

export interface ActivityListQuery {
  grid?: string;
  kind?: ActivityKind | '';
  limit?: number;
  offset?: number;
}

export const listActivities = ({ grid, kind, limit, offset }: ActivityListQuery, signal?: AbortSignal): Promise<ActivityPage> =>
  answerOf(api.GET('/api/workforce/activities', { params: { query: { grid: given(grid), kind: given(kind), limit, offset } }, signal }));

export const recordActivity = (input: NewActivity): Promise<Activity> => answerOf(api.POST('/api/workforce/activities', { body: input }));

export const listMeetings = ({ grid, kind }: { grid?: string; kind?: MeetingKind | '' }, signal?: AbortSignal): Promise<Meeting[]> =>
  answerOf(api.GET('/api/workforce/meetings', { params: { query: { grid: given(grid), kind: given(kind) } }, signal }));

export const recordMeeting = (input: NewMeeting): Promise<Meeting> => answerOf(api.POST('/api/workforce/meetings', { body: input }));

/** GET /api/workforce/assessments?round=: a round's ranking (the latest round when none is given) and all rounds. */
export const getAssessmentRanking = (round: string | undefined, signal?: AbortSignal): Promise<AssessmentRanking> =>
  answerOf(api.GET('/api/workforce/assessments', { params: { query: { round: round || undefined } }, signal }));

/** POST /api/workforce/assessments: grades a grid's leader for a round; a second grade replaces the first. */
export const saveAssessment = (input: NewAssessment): Promise<Assessment> => answerOf(api.POST('/api/workforce/assessments', { body: input }));

/** GET /api/grids/:code/page: everything about one grid. */
export const getGridPage = (code: string, signal?: AbortSignal): Promise<GridPage> =>
  answerOf(api.GET('/api/grids/{code}/page', { params: { path: { code } }, signal }));
