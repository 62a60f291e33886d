import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { OgcException } from '../../../core/contracts/ogc';
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
