import maplibregl from 'maplibre-gl';
import { activeDisplayFrame } from '../map/display-frame';

/** A new incident to ring on the map: which, and where (WGS 84). */
export interface Flash {
  id: number;
  lngLat: [number, number];
}

/** How long a new incident's ring expands, ms. */
export const flashDurationMs = 10_000;

/**
 * Rings a new incident where it happened for flashDurationMs (styles: .wall-flash in wall.css), as a MapLibre marker
 * with a CSS animation: the compositor animates it, so a ring costs no WebGL frames (a wall PC, or a software
 * renderer, stays responsive). The marker goes with the map if the map goes first.
 */
export function ringIncident(map: maplibregl.Map, flash: Flash) {
  // A burst (hundreds a second from dispatch) would pile up thousands of markers; past this many rings the feed
  // still lists every incident, but the map rings no more until some have faded.
  if (ringing >= maxRings) return;
  ringing += 1;
  const element = document.createElement('div');
  element.className = 'wall-flash';
  element.dataset.incidentId = String(flash.id);
  element.style.setProperty('--wall-flash-ms', `${flashDurationMs}ms`);
  element.innerHTML = '<i></i><i></i><i></i>';
  const marker = new maplibregl.Marker({ element }).setLngLat(activeDisplayFrame().toDisplay(flash.lngLat)).addTo(map);
  setTimeout(() => {
    marker.remove();
    ringing -= 1;
  }, flashDurationMs);
}

const maxRings = 40;
let ringing = 0;
