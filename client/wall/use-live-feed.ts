import { useEffect, useRef, useState } from 'react';
import type { LiveIncidentEvent } from '../../core/contracts/live';
import { streamPaths } from '../api/client';
import { getMe } from '../api/endpoints';
import { feedItemOfLive, mergeFeed, type FeedItem, type LiveArrival } from './feed';
import { LiveConnection, type LiveState } from './live-connection';
import { useWallContact } from './wall-contact';
import { updateWallHooks } from './wall-test-hooks';
import type { WallLanguage } from './wall-messages';

/** Events arriving within this many ms update the page once: a burst of 500 a second makes 4 renders, not 500. */
const coalesceMs = 250;
const maxArrivals = 20_000;
/** field_presence events (one per ping batch: 300 units every 10 s is 30 a second) reload the dosage panel at most this often. */
const presenceEveryMs = 3_000;

/**
 * The live stream: connection state, the events since the page loaded (for the feed and today's count), and a
 * counter bumped after every reconnect (the summary reloads on it). onEvents also runs outside React's render,
 * for the map's flash, once per batch of events. Events count as contact with the server; a stream the server ended
 * for a spent session, or one the browser gave up on while /api/auth/me answers 401, is a refused session; the
 * stream is opened again (replaying what it missed) whenever `sessionKey` changes, i.e. after signing in again.
 */
export function useLiveFeed(onEvents: (events: LiveIncidentEvent[]) => void, sessionKey = 0, language: WallLanguage = 'zh-CN') {
  const [state, setState] = useState<LiveState>('reconnecting');
  const [liveItems, setLiveItems] = useState<FeedItem[]>([]);
  const [liveArrivals, setLiveArrivals] = useState<LiveArrival[]>([]);
  const [reconnects, setReconnects] = useState(0);
  // Bumped when a grid plan is published: the grids, beats and their figures are reloaded on it.
  const [plans, setPlans] = useState(0);
  // Bumped (at most every presenceEveryMs) when units' pings or check-ins arrive: the dosage panel reloads on it.
  const [presence, setPresence] = useState(0);
  const onEventsRef = useRef(onEvents);
  onEventsRef.current = onEvents;
  const contact = useWallContact();
  const connectionRef = useRef<LiveConnection | null>(null);
  useEffect(() => {
    let received = 0;
    let pending: LiveIncidentEvent[] = [];
    let flushTimer: ReturnType<typeof setTimeout> | undefined;
    let presenceTimer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      flushTimer = undefined;
      const batch = pending;
      pending = [];
      received += batch.length;
      const last = batch[batch.length - 1];
      updateWallHooks({ eventsReceived: received, lastEventId: last.id, lastEventArrivedMs: Date.now() });
      onEventsRef.current(batch);
      setLiveItems((items) => mergeFeed(items, batch.map((e) => feedItemOfLive(e.payload))));
      // Only what today's count needs; bounded, so days of running do not grow it, yet roomy enough for a
      // dispatch burst of minutes between two summary reloads (older arrivals are inside the reloaded summary).
      setLiveArrivals((a) => [...a, ...batch.map((e) => ({ at: e.at, occurredAt: e.payload.occurredAt, categoryCode: e.payload.categoryCode }))].slice(-maxArrivals));
    };
    // The stream's words (why it ended) in the wall's language: an EventSource cannot send the Accept-Language the
    // wall's other requests send, and a kiosk PC's browser is often English.
    const connection = new LiveConnection(`${streamPaths.live}?lang=${language}`, {
      onEvent: (e) => {
        contact.heard();
        pending.push(e);
        flushTimer ??= setTimeout(flush, coalesceMs);
      },
      onState: setState,
      onReconnected: () => setReconnects((n) => n + 1),
      onPlan: () => {
        contact.heard();
        setPlans((n) => n + 1);
      },
      onEnded: (message) => contact.unauthorized(message),
      // EventSource does not say why it gave up: ask the server whether the session is still there.
      onClosed: () => {
        getMe().then((me) => me === null && contact.unauthorized(null), () => {});
      },
      onPresence: () => {
        contact.heard();
        presenceTimer ??= setTimeout(() => {
          presenceTimer = undefined;
          setPresence((n) => n + 1);
        }, presenceEveryMs);
      },
    });
    connection.start();
    connectionRef.current = connection;
    return () => {
      connectionRef.current = null;
      connection.stop();
      clearTimeout(flushTimer);
      clearTimeout(presenceTimer);
    };
  }, [contact, language]);
  useEffect(() => {
    if (sessionKey > 0) connectionRef.current?.start();
  }, [sessionKey]);
  return { state, liveItems, liveArrivals, reconnects, plans, presence };
}
