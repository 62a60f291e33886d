import type {
  Activity,
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
import { getJson, postJson } from './http';

// The grid workforce's routes and the grid page (issue 7), one function a route.

const q = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  return search.toString();
};

/** GET /api/workforce/people?grid=: the grid leader's tree and the beat's officer. */
export const getGridPeople = (grid: string, signal?: AbortSignal) => getJson<GridPeople>(`/api/workforce/people?${q({ grid })}`, signal);

export interface ActivityListQuery {
  grid?: string;
  kind?: string;
  limit?: number;
  offset?: number;
}

export const listActivities = (query: ActivityListQuery, signal?: AbortSignal) =>
  getJson<ActivityPage>(`/api/workforce/activities?${q({ ...query })}`, signal);

export const recordActivity = (input: NewActivity) => postJson<Activity>('/api/workforce/activities', input);

export const listMeetings = (query: { grid?: string; kind?: MeetingKind | '' }, signal?: AbortSignal) =>
  getJson<Meeting[]>(`/api/workforce/meetings?${q({ ...query })}`, signal);

export const recordMeeting = (input: NewMeeting) => postJson<Meeting>('/api/workforce/meetings', input);

/** GET /api/workforce/assessments?round=: a round's ranking (the latest round when none is given) and all rounds. */
export const getAssessmentRanking = (round: string | undefined, signal?: AbortSignal) =>
  getJson<AssessmentRanking>(`/api/workforce/assessments${round ? `?${q({ round })}` : ''}`, signal);

/** POST /api/workforce/assessments: grades a grid's leader for a round; a second grade replaces the first. */
export const saveAssessment = (input: NewAssessment) => postJson<Assessment>('/api/workforce/assessments', input);

/** GET /api/grids/:code/page: everything about one grid. */
export const getGridPage = (code: string, signal?: AbortSignal) => getJson<GridPage>(`/api/grids/${encodeURIComponent(code)}/page`, signal);
