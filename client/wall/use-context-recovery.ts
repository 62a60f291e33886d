import type { Deck } from '@deck.gl/core';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { updateWallHooks } from './wall-test-hooks';

// How long a lost WebGL context may stay lost before the page reloads as a last resort.
const contextRestoreLimitMs = 30_000;

/**
 * Recovers the wall's map from a lost WebGL context in place, as a wall runs for days: MapLibre rebuilds its painter
 * and style by itself; deck.gl is given its layers again under new ids (fresh GPU resources) — the answer is the
 * number to suffix them with, bumped on each restore of deck.gl's context. `onRecovering` is told true from a loss
 * until every context is back and MapLibre has drawn again. Only when a context stays lost for 30 s does the page
 * reload.
 */
export function useContextRecovery(map: MaplibreMap | null, deck: Deck | null, onRecovering: (recovering: boolean) => void): number {
  const [generation, setGeneration] = useState(0);
  const onRecoveringRef = useRef(onRecovering);
  onRecoveringRef.current = onRecovering;
  const lossesRef = useRef(0);

  useEffect(() => {
    const canvas = deck?.getCanvas();
    if (!map || !canvas) return;
    const lost = new Set<'map' | 'deck'>();
    let redrawn = true;
    let reloadTimer: ReturnType<typeof setTimeout> | undefined;
    const report = () => onRecoveringRef.current(lost.size > 0 || !redrawn);
    const contextLost = (which: 'map' | 'deck') => {
      lossesRef.current += 1;
      updateWallHooks({ contextLosses: lossesRef.current });
      lost.add(which);
      redrawn = false;
      report();
      reloadTimer ??= setTimeout(() => {
        if (lost.size > 0) location.reload();
      }, contextRestoreLimitMs);
    };
    const contextRestored = (which: 'map' | 'deck') => {
      lost.delete(which);
      if (which === 'deck') setGeneration((g) => g + 1);
      if (lost.size > 0) return;
      clearTimeout(reloadTimer);
      reloadTimer = undefined;
      map.once('idle', () => {
        redrawn = true;
        report();
      });
      // MapLibre restores its own painter and style on its canvas's webglcontextrestored; this draws the result.
      map.triggerRepaint();
    };
    const mapLost = () => contextLost('map');
    const mapRestored = () => contextRestored('map');
    const deckLost = (e: Event) => {
      e.preventDefault(); // lets the browser restore the context
      contextLost('deck');
    };
    const deckRestored = () => contextRestored('deck');
    map.on('webglcontextlost', mapLost);
    map.on('webglcontextrestored', mapRestored);
    canvas.addEventListener('webglcontextlost', deckLost);
    canvas.addEventListener('webglcontextrestored', deckRestored);
    return () => {
      clearTimeout(reloadTimer);
      map.off('webglcontextlost', mapLost);
      map.off('webglcontextrestored', mapRestored);
      canvas.removeEventListener('webglcontextlost', deckLost);
      canvas.removeEventListener('webglcontextrestored', deckRestored);
    };
  }, [map, deck]);
  return generation;
}
