import type { Deck, Layer } from '@deck.gl/core';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MaplibreMap } from 'maplibre-gl';

/**
 * window.__jingwang: what browser tests (test/e2e/driver.ts) read. ready is true once the data has arrived,
 * MapLibre is idle and deck.gl has drawn the layers it was last given; layersDrawn lists the visible deck.gl
 * layer ids of that frame; basemapLayers the MapLibre style's layer ids.
 *
 * Only a test build sets it (`vite build --mode e2e`, issue 13): Vite replaces import.meta.env.MODE with a string
 * literal, so in a production bundle every body below is dead code and is dropped, and no application code may
 * read it (eslint.config.js refuses window.__jingwang outside this file). Views get their map from MapView's onMap.
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
  if (import.meta.env.MODE !== 'e2e') return;
  window.__jingwang = hooks;
}

export function updateTestHooks(change: Partial<JingwangTestHooks>) {
  if (import.meta.env.MODE !== 'e2e') return;
  if (window.__jingwang) Object.assign(window.__jingwang, change);
}

/** After a deck.gl frame: how many so far, and which of the layers it was given are visible. */
export function noteDeckFrame(frames: number, layers: readonly Layer[]) {
  if (import.meta.env.MODE !== 'e2e') return;
  updateTestHooks({ frames, layersDrawn: layers.filter((l) => l.props.visible !== false).map((l) => l.id) });
}

/** When MapLibre is idle on the page's style: its layer ids (getStyle serialises the whole style, so tests only). */
export function noteMapIdle(map: MaplibreMap) {
  if (import.meta.env.MODE !== 'e2e') return;
  updateTestHooks({ basemapLayers: map.getStyle()?.layers?.map((l) => l.id) ?? [] });
}

export function clearTestHooks() {
  if (import.meta.env.MODE !== 'e2e') return;
  delete window.__jingwang;
}
