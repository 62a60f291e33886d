import { useEffect, useRef } from 'react';
import type { LivePlanEvent } from '../../../core/contracts/live';
import { streamPaths } from '../../api/client';
import { LiveConnection } from '../../wall/live-connection';

/**
 * Calls `onPlan` whenever a grid plan is published anywhere (GET /api/live, event `plan`), so an open page can
 * reload its grids and beats. Incident events are ignored here; the wall has its own feed.
 */
export function usePlanPublished(onPlan: (event: LivePlanEvent) => void) {
  const onPlanRef = useRef(onPlan);
  onPlanRef.current = onPlan;
  useEffect(() => {
    const connection = new LiveConnection(streamPaths.live, {
      onEvent: () => {},
      onPlan: (event) => onPlanRef.current(event),
      onState: () => {},
      onReconnected: () => {},
    });
    connection.start();
    return () => connection.stop();
  }, []);
}
