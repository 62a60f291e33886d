import type { Deck } from '@deck.gl/core';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MaplibreMap } from 'maplibre-gl';

/**
 * window.__jingwang: what browser tests (test/e2e/driver.ts) read. ready is true once the data has arrived,
 * MapLibre is idle and deck.gl has drawn the layers it was last given; layersDrawn lists the visible deck.gl
 * layer ids of that frame; basemapLayers the MapLibre style's layer ids.
 */
export interface JingwangTestHooks {
  map: MaplibreMap;
  overlay: MapboxOverlay;
  deck: Deck | null;
  ready: boolean;
  layersDrawn: string[];
  basemapLayers: string[];
  frames: number; // deck.gl frames drawn so far
}

declare global {
  interface Window {
    __jingwang?: JingwangTestHooks;
  }
}

export function publishTestHooks(hooks: JingwangTestHooks) {
  window.__jingwang = hooks;
}

export function updateTestHooks(change: Partial<JingwangTestHooks>) {
  if (window.__jingwang) Object.assign(window.__jingwang, change);
}

export function clearTestHooks() {
  delete window.__jingwang;
}
