import type { Deck, DeckProps, Layer } from '@deck.gl/core';
import { MapboxOverlay, type MapboxOverlayProps } from '@deck.gl/mapbox';
import maplibregl, { type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import { useOptionalLanguage } from '../i18n/I18nProvider';
import { fillLazySources } from './basemap/lazy-sources';
import { whenTextDrawable } from './basemap/load-shipped-font';
import { textOfLayers, textOfStyle } from './canvas-text';
import { activeDisplayFrame, boundsToDisplay } from './display-frame';
import { shiftLayerToFrame } from './display-frame-layers';
import { idleFrameScheduler, type FrameScheduler } from './idle-frames';
import { mapControlButtons, mapControlWords } from './map-control-words';
import { RenderReadiness } from './render-readiness';
import { mapDrawingSettings } from './software-rendering';
import { clearTestHooks, noteDeckFrame, noteMapIdle, publishTestHooks, updateTestHooks } from './test-hooks';

export interface MapViewProps {
  /** The base map; null keeps the blank background (a page may hold its style until its data is in). */
  mapStyle: StyleSpecification | string | null;
  layers: Layer[];
  getTooltip?: DeckProps['getTooltip'];
  dataReady: boolean;
  center?: [number, number]; // lng, lat: the view until fitBounds has something to fit
  zoom?: number;
  fitBounds?: [number, number, number, number]; // w, s, e, n (EPSG:4326): fitted once, the first time it is given,
  // and again when fitPadding changes: a window narrowed to a phone's layout (useFitPadding) frames the area anew.
  fitPadding?: { top: number; bottom: number; left: number; right: number }; // px kept free, e.g. under panels
  onZoomEnd?: (zoom: number) => void;
  /** Called once, right after the map is created: the same instance for the MapView's life (fly to, fit, clicks). */
  onMap?: (map: maplibregl.Map) => void;
  /** Called once, when deck.gl has its WebGL context (its canvas exists): the same instance for the MapView's life. */
  onDeck?: (deck: Deck) => void;
  /** Every change of readiness: the data arrived, MapLibre is idle and deck.gl drew the layers it was last given. */
  onReady?: (ready: boolean) => void;
  // Read once, when the map is created:
  /** The paper shown until the style can be drawn (default light grey; the wall's is night blue). */
  blankColour?: string;
  /** False: no pan, zoom or cursor (a kiosk). */
  interactive?: boolean;
  /** False: no zoom buttons or scale bar. */
  controls?: boolean;
  /** How long MapLibre fades labels in, ms; by default 300, or 0 where WebGL is drawn in software. */
  labelFadeMs?: number;
  /** Device pixels per CSS pixel, applied in place when it changes (a CSS-scaled stage needs more); the screen's by default. */
  pixelRatio?: number;
  /** The language of the map's own controls; the app's interface language by default, else Chinese. */
  language?: 'zh-CN' | 'en';
  className?: string;
  testId?: string;
}

interface MapParts {
  map: maplibregl.Map;
  overlay: MapboxOverlay;
  readiness: RenderReadiness;
  scheduler: FrameScheduler;
  style: StyleSpecification | string;
  /** The padding the map was last fitted with; undefined until the first fit. */
  fittedWith?: { padding: MapViewProps['fitPadding'] };
}

// The overlay creates its Deck in onAdd (overlaid mode) and keeps it private; onDeck, tests and forced redraws need it.
function deckOf(overlay: MapboxOverlay): Deck | null {
  return (overlay as unknown as { _deck?: Deck })._deck ?? null;
}

// The urban area of Dachuan (WGS 84).
const dachuanCentre: [number, number] = [107.5, 31.2];

// What the map shows until the page's style can be drawn (its label font loaded): nothing but paper.
function blankStyle(colour: string): StyleSpecification {
  return { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': colour } }] };
}

/** Runs `draw` now when `ready` is null, else once it resolves: canvas text waits for its font. */
function afterFont(ready: Promise<void> | null, draw: () => void): void {
  if (ready) void ready.then(draw);
  else draw();
}

/**
 * One MapLibre map and one deck.gl overlay for the life of the page: later props change the style in place
 * (setStyle with diff) and hand new layers to the overlay (setProps). Remounting would leak WebGL contexts
 * (deck.gl issue 9264). Both canvases keep their drawing buffer so browser tests can read pixels. Every view and
 * the wall mount this shell; what a view does with the map itself (fly to a place, fit a route, take a click, fly
 * the wall's scenes) it does with the instance onMap hands it.
 */
export function MapView(props: MapViewProps) {
  const { mapStyle, layers, getTooltip, dataReady, center = dachuanCentre, zoom = 12.5, fitBounds, fitPadding, onZoomEnd, pixelRatio } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const partsRef = useRef<MapParts | null>(null);
  const layersRef = useRef<Layer[]>(layers);
  layersRef.current = layers;
  const styleRef = useRef(mapStyle);
  styleRef.current = mapStyle;
  const onZoomEndRef = useRef(onZoomEnd);
  onZoomEndRef.current = onZoomEnd;
  const onReadyRef = useRef(props.onReady);
  onReadyRef.current = props.onReady;
  const appLanguage = useOptionalLanguage();
  const language = props.language ?? appLanguage ?? 'zh-CN';
  const initial = useRef({ ...props, language });

  useEffect(() => {
    const { onMap, onDeck, blankColour = '#e4e8ec', interactive = true, controls = true, labelFadeMs } = initial.current;
    const readiness = new RenderReadiness((ready) => {
      updateTestHooks({ ready });
      onReadyRef.current?.(ready);
    });
    const { antialias, fadeDuration } = mapDrawingSettings();
    const blank = blankStyle(blankColour);
    const map = new maplibregl.Map({
      container: containerRef.current!,
      style: blank,
      center: activeDisplayFrame().toDisplay(center),
      zoom,
      interactive,
      attributionControl: false,
      fadeDuration: labelFadeMs ?? fadeDuration,
      pixelRatio,
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias },
      locale: mapControlWords(initial.current.language),
    });
    if (controls) {
      map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
      map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
    }
    let frames = 0;
    const scheduler = idleFrameScheduler();
    const overlay: MapboxOverlay = new MapboxOverlay({
      interleaved: false,
      // Not in deck.gl's props' type, but Deck hands its props to its luma.gl AnimationLoop, whose setProps takes it.
      animationFrameProvider: scheduler,
      ...(pixelRatio === undefined ? {} : { useDevicePixels: pixelRatio }),
      deviceProps: { webgl: { preserveDrawingBuffer: true, antialias } },
      layers: [],
      onLoad: () => {
        const deck = deckOf(overlay);
        if (deck) onDeck?.(deck);
      },
      onAfterRender: () => {
        scheduler.drew();
        frames += 1;
        noteDeckFrame(frames, layersRef.current);
        readiness.deckRendered();
      },
    } as MapboxOverlayProps);
    map.addControl(overlay);
    // deck.gl picks what the pointer is over on its next frame: after a still spell, make that the next animation frame.
    map.on('mousemove', scheduler.wake);
    map.on('mousedown', scheduler.wake);
    map.on('idle', () => {
      // Idle on the blank style, while the page's style waits for its font, is not the page drawn.
      if (partsRef.current && partsRef.current.style !== styleRef.current) return;
      noteMapIdle(map);
      readiness.mapIdle();
    });
    map.on('zoomend', () => {
      onZoomEndRef.current?.(map.getZoom());
      if (styleRef.current) fillLazySources(map, styleRef.current);
    });
    map.on('error', (e) => console.error('map error:', e.error));
    publishTestHooks({ map, overlay, deck: deckOf(overlay), ready: false, layersDrawn: [], basemapLayers: [], frames: 0 });
    partsRef.current = { map, overlay, readiness, scheduler, style: blank };
    onMap?.(map);
    onZoomEndRef.current?.(map.getZoom());
    return () => {
      partsRef.current = null;
      clearTestHooks();
      map.removeControl(overlay);
      map.remove();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- Created once for the page's life: later props are applied by the effects below.
  }, []);

  useEffect(() => {
    const parts = partsRef.current;
    if (!parts) return;
    parts.readiness.layersChanged();
    afterFont(whenTextDrawable(textOfLayers(layers)), () => {
      if (partsRef.current !== parts || layersRef.current !== layers) return; // newer layers came meanwhile
      const frame = activeDisplayFrame();
      parts.scheduler.wake();
      parts.overlay.setProps({ layers: layers.map((l) => shiftLayerToFrame(l, frame)) });
      // Draw now rather than when deck.gl next finds a reason: layers equal to the last ones would not
      // trigger a frame, and readiness waits for one. Before deck.gl has initialised, its first frame counts.
      const deck = deckOf(parts.overlay);
      if (deck?.isInitialized) deck.redraw('jingwang: layers replaced');
    });
  }, [layers]);

  useEffect(() => {
    partsRef.current?.overlay.setProps({ getTooltip });
  }, [getTooltip]);

  useEffect(() => {
    const parts = partsRef.current;
    if (!parts || !mapStyle || parts.style === mapStyle) return;
    parts.readiness.styleChanged();
    const { text, unknownText } = textOfStyle(mapStyle);
    afterFont(whenTextDrawable(text, unknownText), () => {
      if (partsRef.current !== parts || styleRef.current !== mapStyle) return;
      parts.style = mapStyle;
      parts.readiness.styleChanged();
      parts.map.setStyle(mapStyle, { diff: true });
      parts.map.once('styledata', () => fillLazySources(parts.map, mapStyle));
    });
  }, [mapStyle]);

  useEffect(() => {
    const parts = partsRef.current;
    if (!parts || !fitBounds || (parts.fittedWith && parts.fittedWith.padding === fitPadding)) return;
    if (parts.fittedWith) parts.map.resize(); // the new layout's size now, not at the map's next resize check
    parts.fittedWith = { padding: fitPadding };
    const [w, s, e, n] = boundsToDisplay(fitBounds, activeDisplayFrame());
    parts.map.fitBounds([w, s, e, n], { padding: fitPadding, animate: false }); // fires zoomend when the zoom changes
  }, [fitBounds, fitPadding]);

  useEffect(() => {
    partsRef.current?.readiness.setDataReady(dataReady);
  }, [dataReady]);

  useEffect(() => {
    // MapLibre reads its locale once, when the map is made; a later language switch relabels the buttons in place.
    const container = containerRef.current;
    if (!container) return;
    for (const [key, word] of Object.entries(mapControlWords(language))) {
      container.querySelectorAll<HTMLElement>(mapControlButtons[key]).forEach((button) => {
        button.title = word;
        button.setAttribute('aria-label', word);
      });
    }
  }, [language]);

  useEffect(() => {
    const parts = partsRef.current;
    if (!parts || pixelRatio === undefined || parts.map.getPixelRatio() === pixelRatio) return;
    parts.map.setPixelRatio(pixelRatio);
    parts.overlay.setProps({ useDevicePixels: pixelRatio });
  }, [pixelRatio]);

  return <div ref={containerRef} className={props.className ?? 'map-view'} data-testid={props.testId ?? 'map'} />;
}
