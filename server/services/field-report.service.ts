/**
 * 随手拍 reports (issue 16): received from the phone (photos checked to be JPEG within maxPhotoBytes, an optional voice
 * note checked to be the audio type it declares within maxVoiceBytes, the point kept only when sent), and handled by the dispute handlers of their grid into a dispute (registered as POST /api/disputes
 * registers one), a registry collection task (as POST /api/registry/tasks gives one), an incident lead kept on the
 * report, or dismissed. The sender reads the outcome and the handler's note in GET /api/field/reports/mine.
 */
import { NewDisputeSchema, disputeTextMax } from '../../core/contracts/disputes';
import { maxPhotoBytes, maxVoiceBytes, maxVoiceSeconds, voiceMimes, type FieldReport, type FieldReportHandle, type FieldReportView } from '../../core/contracts/field';
import { sniffVoiceMime } from '../../core/media/sniff-voice-mime';
import { disputeHandlers } from '../auth/roles';
import type { SessionUser } from '../auth/sessions.repo';
import type { Db } from '../db/engine';
import { registerDispute } from '../db/repos/dispute-workflow.repo';
import {
  findBuildingNear, findGridWorkerFor, findReport, insertReport, lockReport, markReportHandled, reportInScope, type StoredReport,
} from '../db/repos/field-reports.repo';
import { createTask } from '../db/repos/registry-tasks.repo';
import type { Language } from '../i18n/language';
import { errorBody, fieldErrorBody, thing } from '../i18n/messages';
import type { FieldRefusal } from './field-refusal';

type FieldUser = Pick<SessionUser, 'username' | 'role' | 'scope'>;
const refuse = (status: FieldRefusal['status'], body: FieldRefusal['body']): FieldRefusal => ({ ok: false, status, body });

const isJpeg = (b: Uint8Array) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

type Media = { kind: 'photo' | 'voice'; mime: string; bytes: Uint8Array };

/**
 * The voice note as it will be stored, or the refusal naming what is wrong with it: its declared type missing, its
 * bytes not that type (the magic number decides, so a renamed file or a type the recorder did not make is refused),
 * or over maxVoiceBytes.
 */
function checkVoice(input: FieldReport, language: Language): Media | null | FieldRefusal {
  if (input.voice === undefined) {
    return input.voiceMime ? refuse(422, fieldErrorBody(language, 'bad_voice', 'voiceMime', 'field_voice_mime_alone')) : null;
  }
  const allowed = voiceMimes.join(', ');
  if (!input.voiceMime) return refuse(422, fieldErrorBody(language, 'bad_voice', 'voiceMime', 'field_voice_no_type', { allowed }));
  const bytes = new Uint8Array(Buffer.from(input.voice, 'base64'));
  if (bytes.length > maxVoiceBytes) return refuse(422, fieldErrorBody(language, 'bad_voice', 'voice', 'field_voice_too_large', { size: bytes.length, max: maxVoiceBytes, seconds: maxVoiceSeconds }));
  if (sniffVoiceMime(bytes) !== input.voiceMime) return refuse(422, fieldErrorBody(language, 'bad_voice', 'voice', 'field_voice_not_audio', { declared: input.voiceMime }));
  return { kind: 'voice', mime: input.voiceMime, bytes };
}

export const toView = (s: StoredReport, replayed?: boolean): FieldReportView => ({
  id: s.id, category: s.category, text: s.text, createdAt: s.createdAt, place: s.place, photoCount: s.photoCount, voiceMime: s.voiceMime, status: s.status,
  handledAs: s.handledAs, handlingNote: s.handlingNote, handledAt: s.handledAt, ...(replayed === undefined ? {} : { replayed }),
});

/** Stores a report (201), answers the stored one for a replay (200), or refuses it naming the photo or voice note at fault. */
export async function receiveReport(db: Db, input: FieldReport, user: FieldUser, language: Language): Promise<{ ok: true; status: 200 | 201; report: FieldReportView } | FieldRefusal> {
  const media: Media[] = [];
  for (const [i, text] of input.photos.entries()) {
    const bytes = new Uint8Array(Buffer.from(text, 'base64'));
    const field = `photos.${i}`;
    if (!isJpeg(bytes)) return refuse(422, fieldErrorBody(language, 'bad_photo', field, 'field_photo_not_jpeg', { n: i + 1 }));
    if (bytes.length > maxPhotoBytes) return refuse(422, fieldErrorBody(language, 'bad_photo', field, 'field_photo_too_large', { n: i + 1, size: bytes.length, max: maxPhotoBytes }));
    media.push({ kind: 'photo', mime: 'image/jpeg', bytes });
  }
  const voice = checkVoice(input, language);
  if (voice && 'ok' in voice) return voice;
  if (voice) media.push(voice);
  const fallbackGrid = user.scope.kind === 'grids' ? (user.scope.codes[0] ?? null) : null;
  const stored = await insertReport(db, {
    id: input.id, username: user.username, category: input.category, text: input.text, createdAt: new Date(input.createdAt),
    position: input.position ?? null, fallbackGrid, media,
  });
  const report = (await findReport(db, input.id))!;
  if (stored) return { ok: true, status: 201, report: toView(report) };
  const same = report.username === user.username && report.category === input.category && report.text === input.text
    && Date.parse(report.createdAt) === Date.parse(input.createdAt) && report.photoCount === input.photos.length
    && (report.voiceMime ?? null) === (voice?.mime ?? null);
  if (!same) return refuse(409, errorBody(language, 'id_conflict', 'field_id_conflict', { id: input.id, ...thing('field_report') }));
  return { ok: true, status: 200, report: toView(report, true) };
}

/** Whether `user` may open a report's photos and voice note: its sender, or a dispute handler whose scope holds its grid. */
export async function mayOpenReportMedia(db: Db, id: string, user: FieldUser): Promise<boolean> {
  const report = await findReport(db, id);
  if (!report) return false;
  return report.username === user.username || (disputeHandlers.includes(user.role) && (await reportInScope(db, id, user.scope)));
}

const handlingWords: Record<'dispute' | 'registry', [string, string]> = { dispute: ['矛盾纠纷', 'dispute'], registry: ['采集任务', 'collection task'] };

/** The record a handling makes (dispute code, task id), or why it cannot be made. */
async function makeRecord(db: Db, report: StoredReport, h: FieldReportHandle, user: FieldUser, language: Language): Promise<{ ref: string | null } | FieldRefusal> {
  if (h.as === 'incident_lead' || h.as === 'dismissed') return { ref: null };
  const noPlace = () => refuse(422, errorBody(language, 'no_place', 'field_report_no_place', { as: handlingWords[h.as as 'dispute' | 'registry'][0], asEn: handlingWords[h.as as 'dispute' | 'registry'][1] }));
  if (h.as === 'dispute') {
    if (!report.position) return noPlace();
    const parsed = NewDisputeSchema.safeParse({
      type: 'other', source: report.senderRole === 'grid_leader' || report.senderRole === 'grid_worker' ? 'grid_worker' : 'patrol',
      summary: report.text.split('\n')[0].slice(0, disputeTextMax.summary), description: [report.text, h.note].filter(Boolean).join('\n\n'),
      lngLat: report.position, registeredAt: report.createdAt,
    });
    if (!parsed.success) return refuse(422, errorBody(language, 'not_a_dispute', 'malformed_request', { detail: parsed.error.issues.map((i) => i.message).join('; ') }));
    const r = await registerDispute(db, parsed.data, user);
    if (!r.ok) {
      return r.reason === 'outside_scope'
        ? refuse(403, fieldErrorBody(language, 'outside_scope', 'position', 'outside_scope'))
        : refuse(422, fieldErrorBody(language, r.reason, 'position', 'outside_grids'));
    }
    return { ref: r.code };
  }
  if (!report.gridCode) return noPlace();
  const assignee = await findGridWorkerFor(db, report.gridCode, report.username);
  if (!assignee) return refuse(422, errorBody(language, 'no_grid_worker', 'field_report_no_worker', { grid: report.place ?? report.gridCode }));
  const building = report.position ? await findBuildingNear(db, report.gridCode, report.position) : null;
  const dueOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const t = await createTask(db, { gridCode: report.gridCode, ...(building ? { buildingCode: building } : {}), assignee, note: `随手拍：${report.text}`.slice(0, 500), dueOn }, user.scope, user.username);
  if (!t.ok) return refuse(403, errorBody(language, 'outside_scope', 'grid_outside_scope'));
  return { ref: t.task.id };
}

/**
 * Handles a report of the caller's scope once: the record it becomes and the report's mark are written together,
 * under the report's row lock, so two handlers at once make one record.
 */
export async function handleReport(db: Db, id: string, h: FieldReportHandle, user: FieldUser, language: Language): Promise<{ ok: true; report: StoredReport } | FieldRefusal> {
  if (!(await reportInScope(db, id, user.scope))) return refuse(404, errorBody(language, 'not_found', 'not_in_jurisdiction', { ...thing('field_report'), code: id }));
  const outcome = await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await lockReport(t, id);
    const report = (await findReport(t, id))!;
    if (report.status !== 'received') return refuse(409, errorBody(language, 'already_handled', 'field_report_handled', { handledAt: report.handledAt ?? '' }));
    const made = await makeRecord(t, report, h, user, language);
    if ('ok' in made) return made;
    await markReportHandled(t, id, { status: h.as === 'dismissed' ? 'dismissed' : 'handled', handledAs: h.as, handledRef: made.ref, handledBy: user.username, note: h.note });
    return null;
  });
  if (outcome) return outcome;
  return { ok: true, report: (await findReport(db, id))! };
}
