import { useEffect, useRef, useState } from 'react';
import type { LiveIncidentEvent } from '../../core/contracts/live';
import { streamPaths } from '../api/client';
import { feedItemOfLive, mergeFeed, type FeedItem, type LiveArrival } from './feed';
import { LiveConnection, type LiveState } from './live-connection';
import { updateWallHooks } from './wall-test-hooks';

/** Events arriving within this many ms update the page once: a burst of 500 a second makes 4 renders, not 500. */
const coalesceMs = 250;
const maxArrivals = 20_000;
/** field_presence events (one per ping batch: 300 units every 10 s is 30 a second) reload the dosage panel at most this often. */
const presenceEveryMs = 3_000;

/**
 * The live stream: connection state, the events since the page loaded (for the feed and today's count), and a
 * counter bumped after every reconnect (the summary reloads on it). onEvents also runs outside React's render,
 * for the map's flash, once per batch of events.
 */
export function useLiveFeed(onEvents: (events: LiveIncidentEvent[]) => void) {
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
    const connection = new LiveConnection(streamPaths.live, {
      onEvent: (e) => {
        pending.push(e);
        flushTimer ??= setTimeout(flush, coalesceMs);
      },
      onState: setState,
      onReconnected: () => setReconnects((n) => n + 1),
      onPlan: () => setPlans((n) => n + 1),
      onPresence: () => {
        presenceTimer ??= setTimeout(() => {
          presenceTimer = undefined;
          setPresence((n) => n + 1);
        }, presenceEveryMs);
      },
    });
    connection.start();
    return () => {
      connection.stop();
      clearTimeout(flushTimer);
      clearTimeout(presenceTimer);
    };
  }, []);
  return { state, liveItems, liveArrivals, reconnects, plans, presence };
}
