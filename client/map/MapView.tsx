import type { Deck, DeckProps, Layer } from '@deck.gl/core';
import { MapboxOverlay } from '@deck.gl/mapbox';
import maplibregl, { type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import { fillLazySources } from './basemap/lazy-sources';
import { whenTextDrawable } from './basemap/load-shipped-font';
import { textOfLayers, textOfStyle } from './canvas-text';
import { activeDisplayFrame, boundsToDisplay } from './display-frame';
import { shiftLayerToFrame } from './display-frame-layers';
import { RenderReadiness } from './render-readiness';
import { mapDrawingSettings } from './software-rendering';
import { clearTestHooks, publishTestHooks, updateTestHooks } from './test-hooks';

export interface MapViewProps {
  /** The base map; null keeps the blank background (a page may hold its style until its data is in). */
  mapStyle: StyleSpecification | string | null;
  layers: Layer[];
  getTooltip?: DeckProps['getTooltip'];
  dataReady: boolean;
  center?: [number, number]; // lng, lat: the view until fitBounds has something to fit
  zoom?: number;
  fitBounds?: [number, number, number, number]; // w, s, e, n (EPSG:4326): fitted once, the first time it is given
  fitPadding?: { top: number; bottom: number; left: number; right: number }; // px kept free, e.g. under panels
  onZoomEnd?: (zoom: number) => void;
}

interface MapParts {
  map: maplibregl.Map;
  overlay: MapboxOverlay;
  readiness: RenderReadiness;
  style: StyleSpecification | string;
  fitted: boolean;
}

// The overlay creates its Deck in onAdd (overlaid mode) and keeps it private; tests and forced redraws need it.
function deckOf(overlay: MapboxOverlay): Deck | null {
  return (overlay as unknown as { _deck?: Deck })._deck ?? null;
}

// The urban area of Dachuan (WGS 84).
const dachuanCentre: [number, number] = [107.5, 31.2];

// What the map shows until the page's style can be drawn (its label font loaded): nothing but paper.
const blankStyle: StyleSpecification = { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#e4e8ec' } }] };

/** Runs `draw` now when `ready` is null, else once it resolves: canvas text waits for its font. */
function afterFont(ready: Promise<void> | null, draw: () => void): void {
  if (ready) void ready.then(draw);
  else draw();
}

/**
 * One MapLibre map and one deck.gl overlay for the life of the page: later props change the style in place
 * (setStyle with diff) and hand new layers to the overlay (setProps). Remounting would leak WebGL contexts
 * (deck.gl issue 9264). Both canvases keep their drawing buffer so browser tests can read pixels.
 */
export function MapView(props: MapViewProps) {
  const { mapStyle, layers, getTooltip, dataReady, center = dachuanCentre, zoom = 12.5, fitBounds, fitPadding, onZoomEnd } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const partsRef = useRef<MapParts | null>(null);
  const layersRef = useRef<Layer[]>(layers);
  layersRef.current = layers;
  const styleRef = useRef(mapStyle);
  styleRef.current = mapStyle;
  const onZoomEndRef = useRef(onZoomEnd);
  onZoomEndRef.current = onZoomEnd;

  useEffect(() => {
    const readiness = new RenderReadiness((ready) => updateTestHooks({ ready }));
    const { antialias, fadeDuration } = mapDrawingSettings();
    const map = new maplibregl.Map({
      container: containerRef.current!,
      style: blankStyle,
      center: activeDisplayFrame().toDisplay(center),
      zoom,
      attributionControl: false,
      fadeDuration,
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias },
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
    let frames = 0;
    const overlay = new MapboxOverlay({
      interleaved: false,
      deviceProps: { webgl: { preserveDrawingBuffer: true, antialias } },
      layers: [],
      onAfterRender: () => {
        frames += 1;
        const layersDrawn = layersRef.current.filter((l) => l.props.visible !== false).map((l) => l.id);
        updateTestHooks({ frames, layersDrawn });
        readiness.deckRendered();
      },
    });
    map.addControl(overlay);
    map.on('idle', () => {
      // Idle on the blank style, while the page's style waits for its font, is not the page drawn.
      if (partsRef.current && partsRef.current.style !== styleRef.current) return;
      updateTestHooks({ basemapLayers: map.getStyle()?.layers?.map((l) => l.id) ?? [] });
      readiness.mapIdle();
    });
    map.on('zoomend', () => {
      onZoomEndRef.current?.(map.getZoom());
      if (styleRef.current) fillLazySources(map, styleRef.current);
    });
    map.on('error', (e) => console.error('map error:', e.error));
    publishTestHooks({ map, overlay, deck: deckOf(overlay), ready: false, layersDrawn: [], basemapLayers: [], frames: 0 });
    partsRef.current = { map, overlay, readiness, style: blankStyle, fitted: false };
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
    if (!parts || parts.fitted || !fitBounds) return;
    parts.fitted = true;
    const [w, s, e, n] = boundsToDisplay(fitBounds, activeDisplayFrame());
    parts.map.fitBounds([w, s, e, n], { padding: fitPadding, animate: false }); // fires zoomend when the zoom changes
  }, [fitBounds, fitPadding]);

  useEffect(() => {
    partsRef.current?.readiness.setDataReady(dataReady);
  }, [dataReady]);

  return <div ref={containerRef} className="map-view" data-testid="map" />;
}
