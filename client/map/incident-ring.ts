import maplibregl from 'maplibre-gl';
import { activeDisplayFrame } from './display-frame';
import './incident-ring.css';

/** A new incident to ring on the map: which, and where (WGS 84). */
export interface Flash {
  id: number;
  lngLat: [number, number];
}

/** How long a new incident's ring expands, ms. */
export const flashDurationMs = 10_000;

/**
 * Rings a new incident where it happened for flashDurationMs (styles: incident-ring.css), as a MapLibre marker
 * with a CSS animation: the compositor animates it, so a ring costs no WebGL frames (a wall PC, or a software
 * renderer, stays responsive). The marker goes with the map if the map goes first. `sizePx` is the ring's widest:
 * read from across the command room on the wall, beside the other layers on a desk.
 */
export function ringIncident(map: maplibregl.Map, flash: Flash, sizePx = 120) {
  // A burst (hundreds a second from dispatch) would pile up thousands of markers; past this many rings the feed
  // still lists every incident, but the map rings no more until some have faded.
  if (ringing >= maxRings) return;
  ringing += 1;
  const element = document.createElement('div');
  element.className = 'incident-ring';
  element.dataset.incidentId = String(flash.id);
  element.style.setProperty('--incident-ring-ms', `${flashDurationMs}ms`);
  element.style.setProperty('--incident-ring-px', `${sizePx}px`);
  element.innerHTML = '<i></i><i></i><i></i>';
  const marker = new maplibregl.Marker({ element }).setLngLat(activeDisplayFrame().toDisplay(flash.lngLat)).addTo(map);
  setTimeout(() => {
    marker.remove();
    ringing -= 1;
  }, flashDurationMs);
}

const maxRings = 40;
let ringing = 0;
