import { useSyncExternalStore } from 'react';
import type { GridColouring } from '../../map/layers/grid-colouring';

// What the dashboard's grids are coloured by: chosen in the layer panel, read by the legend and the map's layers.
// Kept outside React (one dashboard a page) so the three read it without the page threading it through them.
let current: GridColouring = 'households';
const listeners = new Set<() => void>();

export function setGridColouring(next: GridColouring) {
  if (next === current) return;
  current = next;
  listeners.forEach((l) => l());
}

export function getGridColouring(): GridColouring {
  return current;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current colouring of the grids; re-renders the caller when it changes. */
export function useGridColouring(): GridColouring {
  return useSyncExternalStore(subscribe, getGridColouring);
}
