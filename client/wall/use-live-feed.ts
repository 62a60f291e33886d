import { useEffect, useRef, useState } from 'react';
import type { LiveIncidentEvent } from '../../core/contracts/live';
import { streamPaths } from '../api/client';
import { feedItemOfLive, mergeFeed, type FeedItem } from './feed';
import { LiveConnection, type LiveState } from './live-connection';
import { updateWallHooks } from './wall-test-hooks';

/**
 * The live stream: connection state, the events since the page loaded (for the feed and today's count), and a
 * counter bumped after every reconnect (the summary reloads on it). onEvent also runs outside React's render,
 * for the map's flash, so a ring starts as soon as the event arrives.
 */
export function useLiveFeed(onEvent: (e: LiveIncidentEvent) => void) {
  const [state, setState] = useState<LiveState>('reconnecting');
  const [liveItems, setLiveItems] = useState<FeedItem[]>([]);
  const [liveArrivals, setLiveArrivals] = useState<{ id: number; at: string; occurredAt: string }[]>([]);
  const [reconnects, setReconnects] = useState(0);
  // Bumped when a grid plan is published: the grids, beats and their figures are reloaded on it.
  const [plans, setPlans] = useState(0);
  const onEventRef = useRef(onEvent);
  onEventRef.current = onEvent;
  useEffect(() => {
    let received = 0;
    const connection = new LiveConnection(streamPaths.live, {
      onEvent: (e) => {
        received += 1;
        updateWallHooks({ eventsReceived: received, lastEventId: e.id, lastEventArrivedMs: Date.now() });
        onEventRef.current(e);
        setLiveItems((items) => mergeFeed(items, [feedItemOfLive(e.payload)]));
        // Only what today's count needs; bounded, so days of running do not grow it.
        setLiveArrivals((a) => [...a.slice(-499), { id: e.id, at: e.at, occurredAt: e.payload.occurredAt }]);
      },
      onState: setState,
      onReconnected: () => setReconnects((n) => n + 1),
      onPlan: () => setPlans((n) => n + 1),
    });
    connection.start();
    return () => connection.stop();
  }, []);
  return { state, liveItems, liveArrivals, reconnects, plans };
}
