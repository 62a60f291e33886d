import type { Map as MaplibreMap } from 'maplibre-gl';
import { useCallback, useMemo, useRef } from 'react';

/** A view's hold on the map of its MapView: hand `onMap` to MapView, ask `current()` when the map is needed. */
export interface ViewMap {
  onMap: (map: MaplibreMap) => void;
  /** The map, or null before MapView made it or once it was removed (a view that replaces its map: the planner). */
  current: () => MaplibreMap | null;
}

/**
 * Holds the map MapView hands over through onMap, for what a view does with the map itself (fly to a search result,
 * fit a route, turn a click into [lng, lat]). MapView makes its map in an effect, which runs before its parents'
 * effects, so a parent's effect already finds it.
 */
export function useViewMap(): ViewMap {
  const ref = useRef<MaplibreMap | null>(null);
  const onMap = useCallback((map: MaplibreMap) => {
    ref.current = map;
  }, []);
  const current = useCallback(() => {
    const map = ref.current;
    return map && map.getContainer().isConnected ? map : null;
  }, []);
  return useMemo(() => ({ onMap, current }), [onMap, current]);
}
