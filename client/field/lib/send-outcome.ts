/**
 * What the offline queue does with a write after one attempt to send it (issue 16): a 2xx (the server stored it,
 * or answered the row it already had: `replayed`) removes it; a 4xx is a refusal that sending again cannot change,
 * so it goes to the visible 未能上传 list with the server's message; a 5xx, a 408/429 or no answer at all keeps it
 * queued for the next try. 401 is kept too: the session ended, and the write belongs to whoever signs in again.
 */
export type SendResult = { status: number; code?: string; message?: string } | { networkError: true };
export type SendOutcome = { kind: 'sent' } | { kind: 'refused'; status: number; message: string } | { kind: 'retry' };

/** Statuses in the 4xx range that say "not now" rather than "never". */
const retryableClientStatuses = new Set([401, 408, 425, 429]);
/** Refusals of the session rather than of the write: a CSRF token from before a new sign-in is sent again with the new one. */
const retryableCodes = new Set(['csrf']);

export function classifySend(result: SendResult): SendOutcome {
  if ('networkError' in result) return { kind: 'retry' };
  const { status } = result;
  if (status >= 200 && status < 300) return { kind: 'sent' };
  if (status >= 400 && status < 500 && !retryableClientStatuses.has(status) && !retryableCodes.has(result.code ?? '')) {
    return { kind: 'refused', status, message: result.message?.trim() || `HTTP ${status}` };
  }
  return { kind: 'retry' };
}

/**
 * Wait before retry number `attempt` (0 = the first retry): 5 s, doubling, at most 5 minutes. The online event
 * tries at once whatever the wait; this only spaces retries while the phone thinks it is online but the server
 * does not answer.
 */
export function retryDelayMs(attempt: number, firstMs = 5000, maxMs = 300_000): number {
  return Math.min(maxMs, firstMs * 2 ** Math.max(0, Math.min(attempt, 20)));
}
