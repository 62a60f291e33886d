import type { ApiError } from '../../../core/contracts/api-error';

/** An API refusal's body (the contract's ApiError), any part of which a proxy's or an older server's answer may lack. */
export type RefusalBody = Partial<ApiError>;

/**
 * What a person reads of a refusal: the server's message, which already names each field at fault in the request's
 * language ("二维码：…"); the issues only when there is no message (they repeat it, without the fields' names).
 */
export function refusalText(body: RefusalBody): string | undefined {
  const message = body.message?.trim();
  if (message) return message;
  const issues = (body.issues ?? []).map((i) => i.message.trim()).filter(Boolean);
  return issues.length > 0 ? issues.join('；') : undefined;
}
