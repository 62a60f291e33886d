/** window.__wall: what browser tests (test/e2e/wall.e2e.test.ts) read of the wall. */
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
  window.__wall ??= { ready: false, scenesShown: 0, eventsReceived: 0, lastEventId: null, lastEventArrivedMs: null, feedCount: 0, contextLosses: 0 };
  Object.assign(window.__wall, change);
}
