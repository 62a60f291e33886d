/** An API refusal's body as the server sends it (core/contracts/api-error.ts). */
export interface RefusalBody {
  error?: string;
  message?: string;
  issues?: { field?: string; message: string }[];
}

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
