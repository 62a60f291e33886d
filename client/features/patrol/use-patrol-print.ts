import { useCallback, useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { snapshotMap } from './map-snapshot';

/**
 * The print card's map image: taken from the map's canvases right before printing — from the print button, and on
 * `beforeprint` for the browser's own print command — and committed at once (flushSync), so the printed page has it.
 * Listens only while `enabled` (the view shown with a route).
 */
export function usePatrolPrint(mapRef: RefObject<HTMLElement | null>, enabled: boolean) {
  const [mapImage, setMapImage] = useState<string | null>(null);
  const snap = useCallback(() => flushSync(() => setMapImage(snapshotMap(mapRef.current))), [mapRef]);
  useEffect(() => {
    if (!enabled) return;
    window.addEventListener('beforeprint', snap);
    return () => window.removeEventListener('beforeprint', snap);
  }, [enabled, snap]);
  return {
    mapImage,
    print: () => {
      snap();
      window.print();
    },
  };
}
