import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { IncidentBatchRefusalSchema, IncidentBatchResultSchema, maxBatchItems } from '../../../core/contracts/incident-write';
import { NewIncidentSchema } from '../../../core/contracts/live';
import { ApiErrorSchema } from '../../../core/contracts/api-error';
import { allow, noteAudit } from '../../auth/auth.middleware';
import { incidentWriters } from '../../auth/roles';
import { writeIncidents } from '../../db/repos/incidents-write.repo';
import { requestLanguage } from '../../i18n/language';
import { apiError, say } from '../../i18n/messages';
import { answerSchema, describe } from '../../openapi/describe';
import { checkIncidentItems, describeRefusal, itemCount, listProblems } from '../../services/incident-items';
import type { AppEnv } from '../context';
import { readBatchBody } from './incidents-batch-body';

const MiB = 1024 * 1024;
/** The batch sets its own body limit (5,000 incidents are about 1 MB of JSON); app.ts leaves it out of the 1 MiB one. */
export const incidentBatchPaths = ['/api/incidents/batch'];

const description =
  `一次登记多条警情（JSON 数组或 NDJSON，每批最多 ${maxBatchItems} 条，≤8 MiB）。全部成功或全部不写：任何一条格式有误（400）或被拒绝（422：不在网格内、不在辖区内、类别不存在、接警单号内容不符），` +
  '都会列出条目编号和原因，且不写入任何警情，修正后整批重发即可。已登记的接警单号返回原警情（replayed），不会重复登记；同一批中相同单号、相同内容视为重发。每千条一次实时通知。' +
  ` / Registers many incidents at once (a JSON array or NDJSON, at most ${maxBatchItems}, ≤8 MiB), all or nothing: any malformed (400) or ` +
  'refused (422: outside the grids or the jurisdiction, unknown category, externalId with different content) item is listed by number ' +
  'with its reason and nothing is written, so the fixed batch can be sent again whole. Known externalIds answer their original incident ' +
  '(replayed) and add none; within one batch a repeated externalId with the same content is a replay. One live notification per 1,000 created.';

export const incidentsBatchRouter = new Hono<AppEnv>().post(
  '/incidents/batch',
  describe('批量登记警情 / register a batch of incidents', {
    201: IncidentBatchResultSchema, 400: IncidentBatchRefusalSchema, 403: ApiErrorSchema, 413: ApiErrorSchema, 415: ApiErrorSchema, 422: IncidentBatchRefusalSchema,
  }, {
    description,
    requestBody: {
      content: {
        'application/json': { schema: answerSchema(z.array(NewIncidentSchema).max(maxBatchItems)) },
        'application/x-ndjson': { schema: { type: 'string', description: '每行一条警情（JSON 对象）/ one incident (a JSON object) a line' } },
      },
    },
  }),
  allow(incidentWriters),
  bodyLimit({ maxSize: 8 * MiB, onError: (c) => c.json(apiError(c, 'payload_too_large', 'batch_too_large', { limit: '8 MiB' }), 413) }),
  async (c) => {
    const language = requestLanguage(c);
    const body = await readBatchBody(c, language);
    if (!body.ok) return c.json(body.body, body.status);
    const checked = checkIncidentItems(body.values, language, body.numberOf);
    const malformed = [...body.unreadable, ...(checked.ok ? [] : checked.problems)].sort((a, b) => a.item - b.item);
    if (!checked.ok || malformed.length > 0) {
      const message = say(language, 'batch_items_invalid', { count: itemCount(malformed), details: listProblems(malformed, language) });
      return c.json({ error: 'bad_request', message, items: malformed }, 400);
    }
    const r = await writeIncidents(c.var.database.db, checked.items, c.var.user!.scope, { announce: true, writer: c.var.user!.username });
    const records = [`items:${checked.items.length}`, `created:${r.ok ? r.created : 0}`, `replayed:${r.ok ? r.replayed : 0}`];
    noteAudit(c, { action: 'incident_create', records });
    if (!r.ok) {
      const problems = r.refusals.map((x) => describeRefusal(x, checked.items, language, body.numberOf));
      const message = say(language, 'batch_items_refused', { count: itemCount(problems), details: listProblems(problems, language) });
      return c.json({ error: 'unprocessable', message, items: problems }, 422);
    }
    return c.json({ created: r.created, replayed: r.replayed, incidents: r.incidents }, 201);
  },
);
