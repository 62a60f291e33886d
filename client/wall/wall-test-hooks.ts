import type { Map as MaplibreMap } from 'maplibre-gl';
import { activeDisplayFrame } from '../map/display-frame';

/**
 * window.__wall: what browser tests (test/e2e/wall.e2e.test.ts) read of the wall. Only a test build sets it
 * (`vite build --mode e2e`): in a production bundle the bodies below are dead code and dropped, and no application
 * code reads it (eslint.config.js refuses window.__wall outside this file); the wall keeps its own state.
 */
export interface WallTestHooks {
  ready: boolean; // data arrived, MapLibre idle and deck.gl has drawn the last layers
  scenesShown: number; // kiosk scenes shown since the page loaded
  eventsReceived: number; // live events delivered
  lastEventId: number | null;
  lastEventArrivedMs: number | null; // page clock (Date.now) when the last live event arrived
  feedCount: number; // lines in the live feed
  contextLosses: number; // WebGL contexts lost (and, the page still running, recovered)
  /** Where a WGS-84 [lng, lat] is on the screen, in viewport px (stage scale and display frame applied). */
  project?: (lngLat: [number, number]) => [number, number];
}

declare global {
  interface Window {
    __wall?: WallTestHooks;
  }
}

export function updateWallHooks(change: Partial<WallTestHooks>) {
  if (import.meta.env.MODE !== 'e2e') return;
  // Assigned into, never replaced: the wall benchmark watches the object it put there before the page loaded.
  window.__wall ??= { ready: false, scenesShown: 0, eventsReceived: 0, lastEventId: null, lastEventArrivedMs: null, feedCount: 0, contextLosses: 0 };
  Object.assign(window.__wall, change);
}

/** Lets tests ask where a place is drawn: the map's own px, scaled as the stage is, in viewport px. */
export function publishWallMap(map: MaplibreMap) {
  if (import.meta.env.MODE !== 'e2e') return;
  updateWallHooks({
    project: (lngLat) => {
      const { x, y } = map.project(activeDisplayFrame().toDisplay(lngLat));
      const container = map.getContainer();
      const box = container.getBoundingClientRect();
      const scale = box.width / container.offsetWidth;
      return [box.left + x * scale, box.top + y * scale];
    },
  });
}
