import { Hono } from 'hono';
import { WrittenIncidentSchema } from '../../../core/contracts/incident-write';
import { NewIncidentSchema } from '../../../core/contracts/live';
import { ApiErrorSchema } from '../../../core/contracts/api-error';
import { allow, noteAudit } from '../../auth/auth.middleware';
import { incidentWriters } from '../../auth/roles';
import { createIncidentSoon } from '../../services/incident-write-coalescer';
import { fieldError, thing } from '../../i18n/messages';
import { describe } from '../../openapi/describe';
import type { AppEnv } from '../context';
import { validate } from '../validate';

const refusals = {
  outside_grids: [400, 'lng/lat', 'outside_grids'],
  outside_scope: [403, 'lng/lat', 'outside_scope'],
  unknown_category: [400, 'categoryCode', 'no_such'],
  external_id_conflict: [409, 'externalId', 'external_id_conflict'],
  external_id_repeats: [409, 'externalId', 'external_id_repeats'], // a batch's own refusal; one item cannot repeat itself
} as const;

const idempotency =
  '带接警单号（externalId）时幂等：同一单号再次提交返回首次登记的警情（200，replayed: true，响应头 Idempotent-Replayed: true），不会重复登记；' +
  '调度系统的重发与首次内容完全相同，故同一单号而内容（类别、来源、位置、时间）不同时拒绝（409），以免新内容被悄悄丢弃；位置不在您辖区内时拒绝（403），不透露该单号。' +
  ' / With an externalId the call is idempotent: the same number again answers the incident first registered (200, replayed: true, ' +
  'header Idempotent-Replayed: true) and adds none. Dispatch retries are byte-identical, so the same number with different content ' +
  '(category, source, place or time) is refused with 409 rather than silently answering the original; a place outside your jurisdiction ' +
  'is refused with 403, telling nothing of the number.';

export const incidentsWriteRouter = new Hono<AppEnv>().post(
  '/incidents',
  describe('登记警情 / register an incident', { 200: WrittenIncidentSchema, 201: WrittenIncidentSchema, 400: ApiErrorSchema, 403: ApiErrorSchema, 409: ApiErrorSchema }, { description: idempotency }),
  allow(incidentWriters),
  validate('json', NewIncidentSchema),
  async (c) => {
    const input = c.req.valid('json');
    const result = await createIncidentSoon(c.var.database.db, input, c.var.user!.scope, c.var.user!.username);
    if (!result.ok) {
      const [status, field, message] = refusals[result.reason];
      return c.json(fieldError(c, result.reason, field, message, { ...thing('incident_category'), externalId: input.externalId ?? '', first: 1 }), status);
    }
    noteAudit(c, { action: 'incident_create', records: [`incident:${result.incident.id}`, ...(input.externalId ? [`external:${input.externalId}`] : [])] });
    // externalId is in the answer, null for a call without one, as the live stream and the wall's summary carry it.
    const { replayed, ...answer } = result.incident;
    if (replayed) {
      c.header('Idempotent-Replayed', 'true');
      return c.json({ ...answer, replayed: true }, 200);
    }
    return c.json(answer, 201);
  },
);
