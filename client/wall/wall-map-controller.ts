import type { Deck, Layer } from '@deck.gl/core';
import { MapboxOverlay } from '@deck.gl/mapbox';
import maplibregl, { type StyleSpecification } from 'maplibre-gl';
import { whenTextDrawable } from '../map/basemap/load-shipped-font';
import { textOfLayers, textOfStyle } from '../map/canvas-text';
import { activeDisplayFrame, boundsToDisplay } from '../map/display-frame';
import { shiftLayerToFrame } from '../map/display-frame-layers';
import { RenderReadiness } from '../map/render-readiness';
import type { Bounds } from './scenes';
import { updateWallHooks } from './wall-test-hooks';
import { mapDrawingSettings } from '../map/software-rendering';
import { flashDurationMs, type Flash } from './wall-layers';

// The wall's night paper until its style can be drawn (its label font loaded).
const blankWallStyle: StyleSpecification = { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#060b14' } }] };

// How long a lost WebGL context may stay lost before the page reloads as a last resort.
const contextRestoreLimitMs = 30_000;

function deckOf(overlay: MapboxOverlay): Deck | null {
  return (overlay as unknown as { _deck?: Deck })._deck ?? null;
}

export interface WallMapOptions {
  container: HTMLElement;
  style: StyleSpecification;
  pixelRatio: number;
  interactive: boolean;
  onReady: (ready: boolean) => void;
}

/**
 * The wall's one MapLibre map and one deck.gl overlay, kept outside React for the page's life (deck.gl issue
 * 9264: remounting leaks WebGL contexts). Data arrives in place: setStyle diffs, setLayers hands deck.gl new
 * descriptors. New incidents ring on top (addFlash) as MapLibre markers with a CSS animation: the compositor
 * animates them, so a ring costs no WebGL frames (a wall PC, or a software renderer, stays responsive). A lost WebGL context is recovered in place: MapLibre
 * rebuilds its painter and style by itself; deck.gl gets its layers again under new ids (fresh GPU resources);
 * only when a context stays lost for 30 s does the page reload.
 */
export class WallMapController {
  readonly map: maplibregl.Map;
  readonly overlay: MapboxOverlay;
  private readonly readiness: RenderReadiness;
  private style: StyleSpecification;
  private layers: Layer[] = [];
  private readonly flashes = new Set<maplibregl.Marker>();
  private generation = 0;
  private readonly lost = new Set<'map' | 'deck'>();
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  private deckCanvas: HTMLCanvasElement | null = null;
  contextLosses = 0;

  private requestedStyle: StyleSpecification;

  constructor(o: WallMapOptions) {
    this.style = blankWallStyle;
    this.requestedStyle = blankWallStyle;
    this.readiness = new RenderReadiness(o.onReady);
    this.map = new maplibregl.Map({
      container: o.container,
      style: blankWallStyle,
      center: activeDisplayFrame().toDisplay([107.5, 31.2]),
      zoom: 11,
      interactive: o.interactive,
      attributionControl: false,
      pixelRatio: o.pixelRatio,
      fadeDuration: 0,
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: mapDrawingSettings().antialias },
    });
    this.overlay = new MapboxOverlay({
      interleaved: false,
      useDevicePixels: o.pixelRatio,
      deviceProps: { webgl: { preserveDrawingBuffer: true, antialias: mapDrawingSettings().antialias } },
      layers: [],
      onAfterRender: () => {
        this.watchDeckCanvas();
        this.readiness.deckRendered();
      },
    });
    this.map.addControl(this.overlay);
    // Idle on an older style, while the requested one waits for its label font, is not the page drawn.
    this.map.on('idle', () => {
      if (this.style === this.requestedStyle) this.readiness.mapIdle();
    });
    this.map.on('error', (e) => console.error('map error:', e.error));
    this.map.on('webglcontextlost', () => this.contextLost('map'));
    this.map.on('webglcontextrestored', () => this.contextRestored('map'));
    this.setStyle(o.style);
  }

  setStyle(style: StyleSpecification) {
    if (style === this.requestedStyle) return;
    this.requestedStyle = style;
    this.readiness.styleChanged();
    const { text, unknownText } = textOfStyle(style);
    const apply = () => {
      if (this.requestedStyle !== style) return;
      this.style = style;
      this.readiness.styleChanged();
      this.map.setStyle(style, { diff: true });
    };
    const ready = whenTextDrawable(text, unknownText);
    if (ready) void ready.then(apply);
    else apply();
  }

  setLayers(layers: Layer[]) {
    this.layers = layers;
    this.readiness.layersChanged();
    this.push();
    // Draw now rather than when deck.gl next finds a reason: readiness waits for a frame after new layers.
    const deck = deckOf(this.overlay);
    if (deck?.isInitialized) deck.redraw('wall: layers replaced');
  }

  /** Calls back with the zoom after every zoom change (labels are decluttered for it). */
  onZoomEnd(callback: (zoom: number) => void) {
    this.map.on('zoomend', () => callback(this.map.getZoom()));
    callback(this.map.getZoom());
  }

  setDataReady(ready: boolean) {
    this.readiness.setDataReady(ready);
  }

  /** Device pixels per stage pixel: the stage is CSS-scaled, so a 4K wall needs twice the pixels of 1080p. */
  setPixelRatio(ratio: number) {
    this.map.setPixelRatio(ratio);
    this.overlay.setProps({ useDevicePixels: ratio });
  }

  /** Shows a box; the top padding keeps it clear of what floats over the map (controls, the scene's name). */
  fitBounds([w, s, e, n]: Bounds, durationMs: number, padding = { top: 90, bottom: 24, left: 24, right: 24 }) {
    const [w2, s2, e2, n2] = boundsToDisplay([w, s, e, n], activeDisplayFrame());
    this.map.fitBounds([w2, s2, e2, n2], { padding, duration: durationMs, essential: true });
  }

  /** Rings a new incident where it happened for flashDurationMs (styles: .wall-flash in wall.css). */
  addFlash(flash: Flash) {
    const element = document.createElement('div');
    element.className = 'wall-flash';
    element.dataset.incidentId = String(flash.id);
    element.style.setProperty('--wall-flash-ms', `${flashDurationMs}ms`);
    element.innerHTML = '<i></i><i></i><i></i>';
    const marker = new maplibregl.Marker({ element }).setLngLat(activeDisplayFrame().toDisplay(flash.lngLat)).addTo(this.map);
    this.flashes.add(marker);
    setTimeout(() => {
      marker.remove();
      this.flashes.delete(marker);
    }, flashDurationMs);
  }

  /** Where a WGS-84 [lng, lat] is drawn, in viewport px: the map's own px scaled as the stage is. */
  projectToViewport(lngLat: [number, number]): [number, number] {
    const { x, y } = this.map.project(activeDisplayFrame().toDisplay(lngLat));
    const container = this.map.getContainer();
    const box = container.getBoundingClientRect();
    const scale = box.width / container.offsetWidth;
    return [box.left + x * scale, box.top + y * scale];
  }

  get flashCount() {
    return this.flashes.size;
  }

  destroy() {
    clearTimeout(this.reloadTimer);
    for (const marker of this.flashes) marker.remove();
    this.map.removeControl(this.overlay);
    this.map.remove();
  }

  private push() {
    const current = this.layers;
    const draw = () => {
      if (this.layers !== current) return; // newer layers came while the font loaded
      const frame = activeDisplayFrame();
      const shifted = current.map((l) => shiftLayerToFrame(l, frame));
      const layers = this.generation === 0 ? shifted : shifted.map((l) => l.clone({ id: `${l.id}#${this.generation}` }));
      // deck.gl's own animation loop draws the change on its next frame; no synchronous redraw here, so a ring's
      // frames never hold up the page's other work (the feed is updated in the same task).
      this.overlay.setProps({ layers });
    };
    const ready = whenTextDrawable(textOfLayers(current));
    if (ready) void ready.then(draw);
    else draw();
  }

  private watchDeckCanvas() {
    const canvas = deckOf(this.overlay)?.getCanvas() ?? null;
    if (!canvas || canvas === this.deckCanvas) return;
    this.deckCanvas = canvas;
    canvas.addEventListener('webglcontextlost', (e) => {
      e.preventDefault(); // lets the browser restore the context
      this.contextLost('deck');
    });
    canvas.addEventListener('webglcontextrestored', () => this.contextRestored('deck'));
  }

  private contextLost(which: 'map' | 'deck') {
    this.contextLosses += 1;
    updateWallHooks({ contextLosses: this.contextLosses });
    this.lost.add(which);
    this.readiness.styleChanged();
    this.reloadTimer ??= setTimeout(() => {
      if (this.lost.size > 0) location.reload();
    }, contextRestoreLimitMs);
  }

  private contextRestored(which: 'map' | 'deck') {
    this.lost.delete(which);
    if (which === 'deck') {
      this.generation += 1;
      this.setLayers(this.layers);
    }
    // MapLibre restores its own painter and style on its canvas's webglcontextrestored.
    this.map.triggerRepaint();
    if (this.lost.size === 0) {
      clearTimeout(this.reloadTimer);
      this.reloadTimer = undefined;
    }
  }
}
