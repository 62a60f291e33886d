import type { Layer } from '@deck.gl/core';
import type { Map as MaplibreMap, PaddingOptions } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { SearchResult } from '../../../core/contracts/search';
import { activeDisplayFrame } from '../../map/display-frame';
import { searchHighlightLayer } from '../../map/layers/search-highlight-layer';
import { searchCamera } from './search-target';

/**
 * The map of the view inside `containerRef`. MapView keeps its MapLibre map to itself, so, as the analysis and patrol
 * views do (client/features/analysis/use-map-handle.ts), the map is taken from what MapView publishes for tests
 * (window.__jingwang), checked to be the one inside this view: once after mounting (MapView's effect runs first), and
 * again when asked, for views that replace their map (the planner gets a new one an area).
 * TODO(lead): an `onMap` prop on MapView would make this a plain callback.
 */
function useViewMap(containerRef: RefObject<HTMLElement | null>) {
  const mapRef = useRef<MaplibreMap | null>(null);
  const inView = useCallback(
    (map: MaplibreMap | null | undefined): map is MaplibreMap => !!map && map.getContainer().isConnected && !!containerRef.current?.contains(map.getContainer()),
    [containerRef],
  );
  useEffect(() => {
    const map = window.__jingwang?.map;
    if (inView(map)) mapRef.current = map;
    return () => {
      mapRef.current = null;
    };
  }, [inView]);
  return useCallback((): MaplibreMap | null => {
    const published = window.__jingwang?.map;
    if (inView(published)) mapRef.current = published;
    return inView(mapRef.current) ? mapRef.current : null;
  }, [inView]);
}

/**
 * A view's search: the chosen result (highlighted through useWithSearchHighlight), and `choose`, which also moves the
 * view's map there — coordinates handed to MapLibre pass through activeDisplayFrame().toDisplay (the base map may be
 * GCJ-02). `padding` keeps a fitted area clear of panels floating over the map.
 */
export function useMapSearch(containerRef: RefObject<HTMLElement | null>, options: { padding?: PaddingOptions | number } = {}) {
  const padding = options.padding ?? 60;
  const [chosen, setChosen] = useState<SearchResult | null>(null);
  const viewMap = useViewMap(containerRef);
  const choose = useCallback(
    (result: SearchResult) => {
      setChosen(result);
      const map = viewMap();
      if (!map) return;
      const camera = searchCamera(result, activeDisplayFrame().toDisplay);
      if (camera.kind === 'point') map.flyTo({ center: camera.center, zoom: Math.max(camera.zoom, Math.min(map.getZoom(), 18)), duration: 800 });
      else map.fitBounds(camera.bounds, { padding, maxZoom: 17, duration: 800 });
    },
    [viewMap, padding],
  );
  const clear = useCallback(() => setChosen(null), []);
  return { chosen, choose, clear };
}

/** The view's layers with the chosen result's highlight on top (the same array while nothing is chosen). */
export function useWithSearchHighlight(layers: Layer[], chosen: SearchResult | null): Layer[] {
  return useMemo(() => (chosen ? [...layers, searchHighlightLayer(chosen)] : layers), [layers, chosen]);
}
