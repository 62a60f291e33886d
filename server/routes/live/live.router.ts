import type { HttpBindings } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { LiveEvent } from '../../../core/contracts/live';
import { allow } from '../../auth/auth.middleware';
import { checkApiToken } from '../../auth/api-tokens.repo';
import { everyone } from '../../auth/roles';
import { sessionIsAlive } from '../../auth/sessions.repo';
import { requestLanguage } from '../../i18n/language';
import { errorBody } from '../../i18n/messages';
import { liveAudience } from '../../live/live-audience';
import { findLiveEventsAfter } from '../../live/live-events.repo';
import type { LiveHub } from '../../live/live-hub';
import type { AppEnv } from '../context';
import { validate } from '../validate';
import { LiveEventSchema } from '../../../core/contracts/live';
import { describe } from '../../openapi/describe';

const LiveQuerySchema = z.object({
  since: z.coerce.number().int().min(0, 'since must be an event id').optional(),
  /** The language of the stream's words, for a client that cannot send Accept-Language (an EventSource). */
  lang: z.enum(['zh-CN', 'en']).optional(),
});
const heartbeatMs = 15_000;
const replayPage = 1000;

/**
 * Whether the caller that opened the stream may still read it: a session's or machine token's standing is checked
 * on every request, but a stream is one request that lasts for days.
 */
async function stillSignedIn(c: Context<AppEnv>): Promise<boolean> {
  const { db } = c.var.database;
  if (c.var.viaApiToken) {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    return bearer !== null && (await checkApiToken(db, bearer[1])).ok;
  }
  const { SESSION_IDLE_MINUTES: idleMinutes, SESSION_MAX_HOURS: maxHours } = c.var.env;
  return sessionIsAlive(db, c.var.user!.tokenHash, { idleMinutes, maxHours });
}

/** Server-sent event blocks for events; JSON.stringify escapes newlines, so each data is one line. */
function sseBlocks(events: LiveEvent[]): string {
  return events.map((e) => `id: ${e.id}\nevent: ${e.kind}\ndata: ${JSON.stringify(e)}\n\n`).join('');
}

/**
 * GET /api/live: server-sent events. A reconnecting EventSource sends Last-Event-ID (or ?since=) and first
 * receives what it missed from the live_events outbox, then new events as NOTIFY announces them. Every
 * LIVE_SESSION_CHECK_SECONDS the caller's session is checked again: once it has ended (signed out, expired, account
 * disabled, wall or machine token revoked) the stream sends an `ended` event whose data is an ApiError and closes.
 */
export function liveRouter(getHub: () => Promise<LiveHub>) {
  return new Hono<AppEnv>().get('/live', describe('实时事件流（SSE）/ live events as server-sent events', { 200: { media: 'text/event-stream', description: '每条事件的 data 为 LiveEvent 的 JSON；先有 hello 事件，断线后按 Last-Event-ID 补发；登录失效时发 ended 事件（data 为 ApiError）后关闭；辖区小于全区的账号只收到已发布的网格方案和本辖区网格内的警情 / each event’s data is a LiveEvent as JSON, after a hello event; replays after Last-Event-ID; an ended event (data: ApiError) then the end of the stream once the session has ended; a jurisdiction narrower than the district receives the published plans and the incidents in its own grids only', schema: LiveEventSchema } }), allow(everyone), validate('query', LiveQuerySchema), async (c) => {
    const header = Number(c.req.header('last-event-id'));
    const since = Number.isInteger(header) && header >= 0 ? header : c.req.valid('query').since;
    const hub = await getHub();
    const maxPending = c.var.env.LIVE_STREAM_MAX_PENDING;
    // Units on patrol anywhere are the wall's; a narrower jurisdiction reads the plans and its own grids' incidents.
    const forCaller = liveAudience(c.var.database.db, c.var.user!.scope);
    return streamSSE(c, async (stream) => {
      let queue: LiveEvent[] = [];
      let wake: (() => void) | undefined;
      let overflowed = false;
      const unsubscribe = hub.subscribe((events) => {
        queue.push(...events);
        // A client that does not read would grow this queue without end: drop the stream instead (it reconnects
        // with Last-Event-ID and replays from the outbox), and free the socket's buffered bytes with it.
        if (queue.length > maxPending && !overflowed) {
          overflowed = true;
          queue = [];
          unsubscribe();
          stream.abort();
          (c.env as Partial<HttpBindings> | undefined)?.outgoing?.destroy();
        }
        wake?.();
      });
      stream.onAbort(() => {
        unsubscribe();
        wake?.();
      });
      // Ask browsers to retry after 2 s; EventSource then resends the last id it saw.
      await stream.writeSSE({ event: 'hello', data: JSON.stringify({ replayFrom: since ?? null }), retry: 2000 });
      // Subscribed before the replay, so nothing falls between; ids already sent are skipped.
      let lastSent = since ?? 0;
      if (since !== undefined) {
        for (;;) {
          const missed = await findLiveEventsAfter(c.var.database.db, lastSent, replayPage);
          if (missed.length === 0 || stream.aborted) break;
          const shown = await forCaller(missed);
          if (shown.length > 0) await stream.write(sseBlocks(shown));
          lastSent = missed[missed.length - 1].id;
          if (missed.length < replayPage) break;
        }
      }
      const checkEveryMs = c.var.env.LIVE_SESSION_CHECK_SECONDS * 1000;
      let checkAt = Date.now() + checkEveryMs;
      while (!stream.aborted) {
        if (Date.now() >= checkAt) {
          if (!(await stillSignedIn(c))) {
            // Said before closing, so that the client signs in again rather than reconnecting into a 401 it cannot read.
            if (!stream.aborted) await stream.writeSSE({ event: 'ended', data: JSON.stringify(errorBody(c.req.valid('query').lang ?? requestLanguage(c), 'unauthenticated', 'live_session_ended')) });
            break;
          }
          checkAt = Date.now() + checkEveryMs;
        }
        const fresh = queue.filter((e) => e.id > lastSent);
        queue = [];
        if (fresh.length > 0) {
          // One write for all that came together: a burst is a few large writes, not one per event.
          const shown = await forCaller(fresh);
          if (shown.length > 0) await stream.write(sseBlocks(shown));
          lastSent = fresh[fresh.length - 1].id;
          continue;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, Math.min(heartbeatMs, Math.max(0, checkAt - Date.now())));
        });
        wake = undefined;
        if (!stream.aborted && queue.length === 0) await stream.write(': keep-alive\n\n');
      }
      unsubscribe();
    });
  });
}
