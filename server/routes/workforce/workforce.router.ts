import { Hono, type Context } from 'hono';
import {
  ActivityQuerySchema, AssessmentQuerySchema, GridCodeSchema, MeetingQuerySchema, NewActivitySchema, NewAssessmentSchema, NewMeetingSchema,
  PeopleQuerySchema,
} from '../../../core/contracts/workforce';
import { allow, noteAudit } from '../../auth/auth.middleware';
import { assessors, meetingRecorders, staff, workRecorders } from '../../auth/roles';
import { findGridPage } from '../../db/repos/grid-page.repo';
import {
  findActivities, findAssessmentRanking, findGridPeople, findMeetings, recordActivity, recordMeeting, saveAssessment, type GridRefusal,
} from '../../db/repos/workforce.repo';
import type { AppEnv } from '../context';
import { refuseGridOutside } from '../grid-refusal';
import { validate } from '../validate';
import { fieldError, notInJurisdiction, thing, type ApiMessageCode } from '../../i18n/messages';
import { ActivityPageSchema, ActivitySchema, AssessmentRankingSchema, AssessmentSchema, GridPageSchema, GridPeopleSchema, MeetingSchema } from '../../../core/contracts/workforce';
import { z } from 'zod';
import { ApiErrorSchema } from '../../../core/contracts/api-error';
import { describe } from '../../openapi/describe';

const gridRefusal: Record<GridRefusal, [404 | 403, ApiMessageCode]> = {
  unknown_grid: [404, 'no_such'],
  outside_scope: [403, 'grid_outside_scope'],
};
const refuseGrid = (c: Context, reason: GridRefusal) => c.json(fieldError(c, reason, 'gridCode', gridRefusal[reason][1], thing('grid')), gridRefusal[reason][0]);

// Staff names and work phones are what the grid's notice board shows residents, so they are not masked; a resident
// volunteer's own phone is, for callers outside personalDataReaders (findGridPeople). Scope still applies.
export const workforceRouter = new Hono<AppEnv>()
  .get('/workforce/people', describe('网格人员架构 / the grid’s people', { 200: GridPeopleSchema, 404: ApiErrorSchema }), allow(staff), validate('query', PeopleQuerySchema), async (c) => {
    const { grid } = c.req.valid('query');
    const people = await findGridPeople(c.var.database.db, grid, c.var.user!);
    return people ? c.json(people, 200) : c.json(notInJurisdiction(c, 'grid', grid), 404);
  })
  .get('/workforce/activities', describe('工作记录 / work records', { 200: ActivityPageSchema }), allow(staff), validate('query', ActivityQuerySchema), async (c) =>
    c.json(await findActivities(c.var.database.db, c.req.valid('query'), c.var.user!.scope), 200),
  )
  .post('/workforce/activities', describe('登记工作 / record work', { 201: ActivitySchema, 400: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema }), allow(workRecorders), validate('json', NewActivitySchema), async (c) => {
    noteAudit(c, { action: 'activity_record' });
    const r = await recordActivity(c.var.database.db, c.req.valid('json'), c.var.user!);
    if (r.ok) {
      noteAudit(c, { action: 'activity_record', records: [`activity:${r.activity.id}`] });
      return c.json(r.activity, 201);
    }
    if (r.reason === 'unknown_person') return c.json(fieldError(c, r.reason, 'personId', 'no_such', thing('person')), 404);
    if (r.reason === 'no_person') return c.json(fieldError(c, r.reason, 'personId', 'no_staff_record'), 400);
    return refuseGrid(c, r.reason);
  })
  .get('/workforce/meetings', describe('联席会议与谈话 / meetings and talks', { 200: z.array(MeetingSchema) }), allow(staff), validate('query', MeetingQuerySchema), async (c) =>
    c.json(await findMeetings(c.var.database.db, c.req.valid('query'), c.var.user!.scope), 200),
  )
  .post('/workforce/meetings', describe('登记会议 / record a meeting', { 201: MeetingSchema, 403: ApiErrorSchema, 404: ApiErrorSchema }), allow(meetingRecorders), validate('json', NewMeetingSchema), async (c) => {
    noteAudit(c, { action: 'meeting_record' });
    const r = await recordMeeting(c.var.database.db, c.req.valid('json'), c.var.user!);
    if (r.ok) {
      noteAudit(c, { action: 'meeting_record', records: [`meeting:${r.meeting.id}`] });
      return c.json(r.meeting, 201);
    }
    if (r.reason === 'unknown_people') return c.json(fieldError(c, r.reason, 'attendance', 'no_such_code', { ...thing('person'), code: r.missing! }), 404);
    return refuseGrid(c, r.reason);
  })
  .get('/workforce/assessments', describe('双月考评排名 / the two-month grades, ranked', { 200: AssessmentRankingSchema }), allow(staff), validate('query', AssessmentQuerySchema), async (c) =>
    c.json(await findAssessmentRanking(c.var.database.db, c.req.valid('query').round, c.var.user!.scope), 200),
  )
  .post('/workforce/assessments', describe('保存考评 / grade a grid leader', { 200: AssessmentSchema, 201: AssessmentSchema, 403: ApiErrorSchema, 404: ApiErrorSchema, 422: ApiErrorSchema }), allow(assessors), validate('json', NewAssessmentSchema), async (c) => {
    const input = c.req.valid('json');
    const record = `assessment:${input.gridCode}:${input.round}`;
    noteAudit(c, { action: 'assessment_save', records: [record] });
    const r = await saveAssessment(c.var.database.db, input, c.var.user!);
    if (r.ok) {
      noteAudit(c, { action: r.replaced ? 'assessment_replace' : 'assessment_create', records: [record] });
      return c.json(r.assessment, r.replaced ? 200 : 201);
    }
    if (r.reason === 'no_leader') return c.json(fieldError(c, r.reason, 'gridCode', 'grid_without_leader'), 422);
    return refuseGrid(c, r.reason);
  })
  .get('/grids/:code/page', describe('网格主页 / everything about one grid', { 200: GridPageSchema, 403: ApiErrorSchema, 404: ApiErrorSchema }), allow(staff), validate('param', GridCodeSchema), async (c) => {
    const { code } = c.req.valid('param');
    const { db } = c.var.database;
    const page = await findGridPage(db, code, c.var.user!);
    if (page) return c.json(page, 200);
    // A grid that exists but lies outside: 403 naming the grid and the caller's jurisdiction, so the page can say why.
    return refuseGridOutside(c, code);
  });
