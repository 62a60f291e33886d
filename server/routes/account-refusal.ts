import type { Context } from 'hono';
import type { AccountRefusal } from '../services/accounts.service';
import { apiError, fieldError } from '../i18n/messages';

const errorOf = { 400: 'bad_request', 404: 'not_found', 409: 'conflict', 429: 'too_many_attempts' } as const;

/** An account service's refusal as the API answers it: the field at fault, if one, and the sentence in the caller's language. */
export function answerAccountRefusal(c: Context, r: AccountRefusal) {
  const error = errorOf[r.status];
  const body = r.field ? fieldError(c, error, r.field, r.code, r.params) : apiError(c, error, r.code, r.params);
  return c.json(body, r.status);
}
