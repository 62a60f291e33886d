import { useEffect, useRef } from 'react';
import type { LiveIncident, LivePlanEvent } from '../../../core/contracts/live';
import { streamPaths } from '../../api/client';
import { LiveConnection } from '../../wall/live-connection';

export interface LiveUpdateHandlers {
  /** A grid plan was published anywhere: reload the grids and beats. */
  onPlan(event: LivePlanEvent): void;
  /** New incidents in the user's jurisdiction (the server sends no others), together if they came within a second. */
  onIncidents(incidents: LiveIncident[]): void;
}

/** Incidents arriving this close together are handed over at once: a dispatch burst is one redraw, not hundreds. */
const coalesceMs = 1000;

/**
 * The app's pages' hold on GET /api/live: published plans and new incidents. Units' presence is the wall's and
 * the dosage layer's own reload.
 */
export function useLiveUpdates(handlers: LiveUpdateHandlers) {
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  useEffect(() => {
    let pending: LiveIncident[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const connection = new LiveConnection(streamPaths.live, {
      onEvent: (event) => {
        pending.push(event.payload);
        timer ??= setTimeout(() => {
          timer = undefined;
          const batch = pending;
          pending = [];
          handlersRef.current.onIncidents(batch);
        }, coalesceMs);
      },
      onPlan: (event) => handlersRef.current.onPlan(event),
      onState: () => {},
      onReconnected: () => {},
    });
    connection.start();
    return () => {
      connection.stop();
      clearTimeout(timer);
    };
  }, []);
}
