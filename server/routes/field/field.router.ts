import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { ApiErrorSchema } from '../../../core/contracts/api-error';
import {
  FieldCheckInResultSchema, FieldCheckInSchema, FieldCurrentPatrolSchema, FieldIdParamSchema, FieldPatrolEndSchema, FieldPatrolSchema,
  FieldPatrolStartSchema, FieldPhotoParamSchema, FieldPingBatchResultSchema, FieldPingBatchSchema, FieldReportHandleSchema,
  FieldReportInboxItemSchema, FieldReportSchema, FieldReportViewSchema, FieldTodaySchema, UnitPositionSchema, maxPhotoBytes, maxReportPhotos, maxVoiceBytes, voiceMimes,
} from '../../../core/contracts/field';
import { allow, auditAs, noteAudit } from '../../auth/auth.middleware';
import { disputeHandlers, fieldWorkers, positionViewers } from '../../auth/roles';
import { findUnitPositions } from '../../db/repos/field-pings.repo';
import { findReportPhoto, findReportVoice, listReportInbox, listReportsOf } from '../../db/repos/field-reports.repo';
import { findToday } from '../../db/repos/field-today.repo';
import { requestLanguage } from '../../i18n/language';
import { apiError } from '../../i18n/messages';
import { describe } from '../../openapi/describe';
import { checkIn } from '../../services/field-check-in.service';
import { currentPatrol, endPatrol, receivePings, startPatrol } from '../../services/field-patrol.service';
import { qrSecret } from '../../services/field-qr';
import { handleReport, mayOpenReportMedia, receiveReport, toView } from '../../services/field-report.service';
import type { AppEnv } from '../context';
import { answerBytes } from './answer-bytes';
import { validate } from '../validate';

const MiB = 1024 * 1024;
/** A report's body: four photos of maxPhotoBytes and a voice note of maxVoiceBytes, as base64 (4/3), and the rest of the JSON. */
export const fieldReportBodyLimit = Math.ceil(((maxReportPhotos * maxPhotoBytes + maxVoiceBytes) * 4) / 3) + MiB / 4;
export const fieldReportPaths = ['/api/field/reports'];

const refusals = { 400: ApiErrorSchema, 404: ApiErrorSchema, 409: ApiErrorSchema, 422: ApiErrorSchema };

/** The field app's API (/m, issue 16): patrols, pings, check-ins, 随手拍 reports, today's work and units' positions. */
export const fieldRouter = new Hono<AppEnv>()
  .post('/field/patrols', describe('开始巡逻 / start a patrol (idempotent by id)', { 200: FieldPatrolSchema, 201: FieldPatrolSchema, ...refusals }), auditAs('field_patrol_start'), allow(fieldWorkers), validate('json', FieldPatrolStartSchema), async (c) => {
    noteAudit(c, { action: 'field_patrol_start', records: [`field_patrol:${c.req.valid('json').id}`] });
    const r = await startPatrol(c.var.database.db, c.req.valid('json'), c.var.user!, requestLanguage(c));
    return r.ok ? c.json(r.patrol, r.status) : c.json(r.body, r.status);
  })
  .post('/field/patrols/:id/end', describe('结束巡逻 / end one’s own patrol', { 200: FieldPatrolSchema, ...refusals }), auditAs('field_patrol_end'), allow(fieldWorkers), validate('param', FieldIdParamSchema), validate('json', FieldPatrolEndSchema), async (c) => {
    noteAudit(c, { action: 'field_patrol_end', records: [`field_patrol:${c.req.valid('param').id}`] });
    const r = await endPatrol(c.var.database.db, c.req.valid('param').id, c.req.valid('json').endedAt, c.var.user!, requestLanguage(c));
    return r.ok ? c.json(r.patrol, 200) : c.json(r.body, r.status);
  })
  .get('/field/patrols/current', describe('当前巡逻 / the caller’s open patrol', { 200: FieldCurrentPatrolSchema }), allow(fieldWorkers), async (c) =>
    c.json({ patrol: await currentPatrol(c.var.database.db, c.var.user!.username) }, 200),
  )
  .post('/field/pings', describe('上传定位 / a batch of one’s own patrol’s GPS pings (all or nothing, idempotent)', { 200: FieldPingBatchResultSchema, ...refusals }), auditAs('field_pings'), allow(fieldWorkers), validate('json', FieldPingBatchSchema), async (c) => {
    const batch = c.req.valid('json');
    noteAudit(c, { action: 'field_pings', records: [`field_patrol:${batch.patrolId}`, `items:${batch.pings.length}`] });
    const r = await receivePings(c.var.database.db, batch, c.var.user!, requestLanguage(c));
    return r.ok ? c.json(r.result, 200) : c.json(r.body, r.status);
  })
  .post('/field/check-ins', describe('签到（定位或扫码）/ check in by geofence or QR code (idempotent by id)', { 200: FieldCheckInResultSchema, 201: FieldCheckInResultSchema, ...refusals }), auditAs('field_check_in'), allow(fieldWorkers), validate('json', FieldCheckInSchema), async (c) => {
    const env = c.var.env;
    const input = c.req.valid('json');
    noteAudit(c, { action: 'field_check_in', records: [`field_check_in:${input.id}`, ...(input.keyPlaceCode ? [`key_place:${input.keyPlaceCode}`] : [])] });
    const r = await checkIn(c.var.database.db, input, c.var.user!, { radiusM: env.FIELD_CHECKIN_RADIUS_M, qrSecret: qrSecret(env) }, requestLanguage(c));
    return r.ok ? c.json(r.result, r.status) : c.json(r.body, r.status);
  })
  // Photos come as base64 in the JSON body: larger than the API's 1 MiB (app.ts skips that limit here).
  .post(
    '/field/reports',
    describe('随手拍上报 / send a report from the street, with photos (idempotent by id)', { 200: FieldReportViewSchema, 201: FieldReportViewSchema, 413: ApiErrorSchema, ...refusals }),
    auditAs('field_report'),
    bodyLimit({ maxSize: fieldReportBodyLimit, onError: (c) => c.json(apiError(c, 'payload_too_large', 'field_report_too_large', { limit: `${(fieldReportBodyLimit / MiB).toFixed(1)} MiB` }), 413) }),
    allow(fieldWorkers),
    validate('json', FieldReportSchema),
    async (c) => {
      noteAudit(c, { action: 'field_report', records: [`field_report:${c.req.valid('json').id}`] });
      const r = await receiveReport(c.var.database.db, c.req.valid('json'), c.var.user!, requestLanguage(c));
      return r.ok ? c.json(r.report, r.status) : c.json(r.body, r.status);
    },
  )
  .get('/field/reports/mine', describe('我的随手拍及处理结果 / the caller’s reports and how they were handled', { 200: z.array(FieldReportViewSchema) }), allow(fieldWorkers), async (c) =>
    c.json((await listReportsOf(c.var.database.db, c.var.user!.username)).map((r) => toView(r)), 200),
  )
  .get('/field/reports', describe('随手拍待办 / reports of the caller’s jurisdiction to handle', { 200: z.array(FieldReportInboxItemSchema) }), allow(disputeHandlers), async (c) =>
    c.json((await listReportInbox(c.var.database.db, c.var.user!.scope)).map(({ username: _u, senderRole: _r, ...r }) => r), 200),
  )
  .post('/field/reports/:id/handle', describe('处理随手拍 / turn a report into a dispute, a registry task, an incident lead, or dismiss it', { 200: FieldReportInboxItemSchema, 403: ApiErrorSchema, ...refusals }), auditAs('field_report_handle'), allow(disputeHandlers), validate('param', FieldIdParamSchema), validate('json', FieldReportHandleSchema), async (c) => {
    noteAudit(c, { action: 'field_report_handle', records: [`field_report:${c.req.valid('param').id}`] });
    const r = await handleReport(c.var.database.db, c.req.valid('param').id, c.req.valid('json'), c.var.user!, requestLanguage(c));
    if (!r.ok) return c.json(r.body, r.status);
    const { username: _u, senderRole: _r, ...report } = r.report;
    return c.json(report, 200);
  })
  .get('/field/reports/:id/photos/:n', describe('随手拍照片 / a report’s photo (JPEG)', { 200: { media: 'image/jpeg', description: '照片 / the photo' }, 404: ApiErrorSchema }), allow(fieldWorkers), validate('param', FieldPhotoParamSchema), async (c) => {
    const { id, n } = c.req.valid('param');
    const db = c.var.database.db;
    const bytes = (await mayOpenReportMedia(db, id, c.var.user!)) ? await findReportPhoto(db, id, n) : null;
    if (!bytes) return c.json(apiError(c, 'not_found', 'field_no_photo', { n: n + 1 }), 404);
    return c.body(Buffer.from(bytes), 200, { 'content-type': 'image/jpeg', 'cache-control': 'private, max-age=3600' });
  })
  .get('/field/reports/:id/voice', describe(`随手拍语音 / a report’s voice note (${voiceMimes.join(', ')}; single byte ranges answered 206)`, { 200: { media: [...voiceMimes], description: '语音 / the voice note, its type in Content-Type' }, 206: { media: [...voiceMimes], description: '语音的一段 / a byte range of it' }, 404: ApiErrorSchema, 416: ApiErrorSchema }), allow(fieldWorkers), validate('param', FieldIdParamSchema), async (c) => {
    const { id } = c.req.valid('param');
    const db = c.var.database.db;
    const voice = (await mayOpenReportMedia(db, id, c.var.user!)) ? await findReportVoice(db, id) : null;
    if (!voice) return c.json(apiError(c, 'not_found', 'field_no_voice'), 404);
    return answerBytes(c, voice.bytes, voice.mime);
  })
  .get('/field/today', describe('今日工作 / the caller’s work of the day', { 200: FieldTodaySchema }), allow(fieldWorkers), async (c) =>
    c.json(await findToday(c.var.database.db, c.var.user!), 200),
  )
  .get('/field/positions', describe('在岗单位位置 / the last position of each unit on duty in the caller’s scope', { 200: z.array(UnitPositionSchema) }), allow(positionViewers, 'field_positions_refused'), async (c) => {
    const user = c.var.user!;
    // A grid leader sees the grid staff of their grids, not police units.
    return c.json(await findUnitPositions(c.var.database.db, user.scope, user.role === 'grid_leader' ? 'grid' : null), 200);
  });
