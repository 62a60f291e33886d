import type { FieldPatrol, FieldReportHandle, FieldReportInboxItem, FieldReportView, FieldToday } from '../../core/contracts/field';
import { refusalText, type RefusalBody } from '../field/lib/refusal-text';
import type { SendResult } from '../field/lib/send-outcome';
import { answerOf, api, currentRequestHeaders } from './client';

// The field app's requests (/m, issue 16). Writes are replayed by the offline queue from a stored path and body,
// so they go through fetch here with the session's headers rather than through the typed client, whose paths are
// literals; every answer is reduced to what the queue needs (status, the server's code and Chinese message).

/** The field app's API paths, in one place. */
export const fieldPaths = {
  patrols: '/api/field/patrols',
  currentPatrol: '/api/field/patrols/current',
  patrolEnd: (id: string) => `/api/field/patrols/${encodeURIComponent(id)}/end`,
  pings: '/api/field/pings',
  checkIns: '/api/field/check-ins',
  reports: '/api/field/reports',
  myReports: '/api/field/reports/mine',
  reportPhoto: (id: string, n: number) => `/api/field/reports/${encodeURIComponent(id)}/photos/${n}`,
  reportVoice: (id: string) => `/api/field/reports/${encodeURIComponent(id)}/voice`,
  today: '/api/field/today',
  // A 核查走访 is the desktop's own route (一标三实), queued here like the field app's writes: it answers a visit sent
  // again with the row it holds (200), so a retry after a lost answer records it once.
  visits: '/api/registry/visits',
} as const;

function headers(json: boolean): Headers {
  const { csrfToken, language } = currentRequestHeaders();
  const h = new Headers({ accept: 'application/json', 'accept-language': language });
  if (json) h.set('content-type', 'application/json');
  if (csrfToken) h.set('x-csrf-token', csrfToken);
  return h;
}

/** Sends one queued write; never throws: a failure to reach the server is { networkError: true }. */
export async function sendFieldWrite(path: string, body: unknown): Promise<SendResult> {
  let res: Response;
  try {
    res = await globalThis.fetch(path, { method: 'POST', credentials: 'same-origin', headers: headers(true), body: JSON.stringify(body) });
  } catch {
    return { networkError: true };
  }
  if (res.ok) return { status: res.status };
  try {
    const answer = (await res.json()) as RefusalBody;
    return { status: res.status, code: answer.error, message: refusalText(answer) };
  } catch {
    return { status: res.status };
  }
}

/** A read of the field API; throws Error with the server's message on a non-2xx answer or no answer. */
async function readField<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await globalThis.fetch(path, { credentials: 'same-origin', headers: headers(false), signal });
  if (!res.ok) {
    const answer = (await res.json().catch(() => ({}))) as { message?: string };
    throw new Error(answer.message ?? `HTTP ${res.status}`);
  }
  return (await res.json()) as T;
}

export const getFieldToday = (signal?: AbortSignal) => readField<FieldToday>(fieldPaths.today, signal);
/** GET /api/field/patrols/current: the caller's open patrol, or null. */
export const getCurrentPatrol = async (signal?: AbortSignal) => (await readField<{ patrol: FieldPatrol | null }>(fieldPaths.currentPatrol, signal)).patrol;
export const getMyFieldReports = (signal?: AbortSignal) => readField<FieldReportView[]>(fieldPaths.myReports, signal);
/** GET /api/field/reports: the 随手拍 reports of the caller's jurisdiction, for their handlers. */
export const getFieldReportInbox = (signal?: AbortSignal) => readField<FieldReportInboxItem[]>(fieldPaths.reports, signal);

/** POST /api/field/reports/{id}/handle: turns a report into a dispute, a registry task or an incident lead, or dismisses it. */
export const handleFieldReport = (id: string, body: FieldReportHandle): Promise<FieldReportInboxItem> =>
  answerOf(api.POST('/api/field/reports/{id}/handle', { params: { path: { id } }, body }));
