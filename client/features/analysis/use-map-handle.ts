import { activeDisplayFrame, boundsToDisplay } from '../../map/display-frame';
import type { ViewMap } from '../../map/use-view-map';
import { useCallback } from 'react';
import type { MapTarget } from './map-targets';

/** Moves the analysis map (`viewMap`, fed by its MapView's onMap) to a list row's place. */
export function useMapHandle(viewMap: ViewMap) {
  return useCallback(
    (target: MapTarget) => {
      const map = viewMap.current();
      if (!map) return;
      const frame = activeDisplayFrame();
      if (target.kind === 'point') map.flyTo({ center: frame.toDisplay(target.lngLat), zoom: target.zoom, duration: 800 });
      else map.fitBounds(boundsToDisplay(target.bounds, frame), { padding: 60, maxZoom: 17, duration: 800 });
    },
    [viewMap],
  );
}
