import { activeDisplayFrame, boundsToDisplay } from '../../map/display-frame';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { MapTarget } from './map-targets';

/**
 * Moves the analysis map to a list row's place. MapView keeps its MapLibre map to itself and has no prop to move it
 * after the first fit, so the map is taken, once, from what MapView publishes for tests (window.__jingwang) right
 * after it mounted — checked to be the map inside `containerRef`, as the dashboard's and the planner's maps publish
 * there too. TODO(lead): an `onMap` prop on MapView would make this a plain callback.
 */
export function useMapHandle(containerRef: RefObject<HTMLElement | null>) {
  const mapRef = useRef<MaplibreMap | null>(null);
  useEffect(() => {
    const map = window.__jingwang?.map;
    if (map && containerRef.current?.contains(map.getContainer())) mapRef.current = map;
    return () => {
      mapRef.current = null;
    };
  }, [containerRef]);

  return useCallback((target: MapTarget) => {
    const map = mapRef.current;
    if (!map) return;
    const frame = activeDisplayFrame();
    if (target.kind === 'point') map.flyTo({ center: frame.toDisplay(target.lngLat), zoom: target.zoom, duration: 800 });
    else map.fitBounds(boundsToDisplay(target.bounds, frame), { padding: 60, maxZoom: 17, duration: 800 });
  }, []);
}
