import type { Layer } from '@deck.gl/core';
import type { PaddingOptions } from 'maplibre-gl';
import { useCallback, useMemo, useState } from 'react';
import type { SearchResult } from '../../../core/contracts/search';
import { activeDisplayFrame } from '../../map/display-frame';
import { searchHighlightLayer } from '../../map/layers/search-highlight-layer';
import type { ViewMap } from '../../map/use-view-map';
import { searchCamera } from './search-target';

/**
 * A view's search: the chosen result (highlighted through useWithSearchHighlight), and `choose`, which also moves the
 * view's map (`viewMap`, fed by its MapView's onMap) there — coordinates handed to MapLibre pass through
 * activeDisplayFrame().toDisplay (the base map may be GCJ-02). `padding` keeps a fitted area clear of panels floating
 * over the map.
 */
export function useMapSearch(viewMap: ViewMap, options: { padding?: PaddingOptions | number } = {}) {
  const padding = options.padding ?? 60;
  const [chosen, setChosen] = useState<SearchResult | null>(null);
  const choose = useCallback(
    (result: SearchResult) => {
      setChosen(result);
      const map = viewMap.current();
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
