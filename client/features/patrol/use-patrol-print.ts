import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { snapshotMap, type SnapshotBadge } from './map-snapshot';

/**
 * The print card's map image: taken from the map's canvases right before printing — from the print button, and on
 * `beforeprint` for the browser's own print command — and committed at once (flushSync), so the printed page has it.
 * Listens only while `enabled` (the view shown with a route). `badges` gives the stops' numbered discs where they are
 * on the map at that moment.
 */
export function usePatrolPrint(mapRef: RefObject<HTMLElement | null>, enabled: boolean, badges: () => SnapshotBadge[]) {
  const [mapImage, setMapImage] = useState<string | null>(null);
  const badgesRef = useRef(badges);
  badgesRef.current = badges;
  const snap = useCallback(() => flushSync(() => setMapImage(snapshotMap(mapRef.current, badgesRef.current()))), [mapRef]);
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
