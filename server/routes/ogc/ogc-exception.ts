import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { OgcException } from '../../../core/contracts/ogc';
import type { RefusalWriter } from '../../auth/auth.middleware';
import { requestLanguage } from '../../i18n/language';
import { say, type ApiMessageCode, type MessageParams } from '../../i18n/messages';

/**
 * An OGC exception { code, description } rather than the API's { error, message }, since OGC clients read those; the
 * description is in the caller's language, Chinese first.
 */
export function ogcException(c: Context, status: ContentfulStatusCode, code: string, message: ApiMessageCode, params: MessageParams = {}) {
  const body: OgcException = { code, description: say(requestLanguage(c), message, params) };
  return c.json(body, status);
}

// OGC API – Features names no codes for these; the HTTP reason phrases, as the 401 and 403 of ogc.router.
const refusalCodes = { 401: 'Unauthorized', 403: 'Forbidden', 429: 'TooManyRequests' } as const;

/**
 * The machine-token middleware's refusals (a revoked token, a write, past the rate) under /ogc: an OGC exception like
 * every other answer there, since GDAL and QGIS show its description. The API's reason (token_revoked) is in the words.
 */
export const ogcRefusal: RefusalWriter = (c, status, _error, message, params) => ogcException(c, status, refusalCodes[status], message, params);
