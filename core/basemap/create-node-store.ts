import type { LngLat } from './types';

export interface NodeStore {
  /** Adds a node; ids may repeat (the last one wins) and come in any order, ascending is fastest. */
  add(id: number, lon: number, lat: number): void;
  /** The node's [lng, lat] at OSM precision (1e-7°), or undefined when the extract does not hold it. */
  get(id: number): LngLat | undefined;
  readonly size: number;
}

/**
 * A compact store of node coordinates for a whole extract: ids as float64 and coordinates as int32 in 1e-7 degrees
 * (16 bytes a node, held outside the JS heap, where a Map of millions of nodes would exhaust it), looked up by
 * binary search. OSM files list nodes by ascending id, so the store sorts only when they come out of order; it sorts
 * on the first `get` after such an `add`. Pure data structure, no I/O.
 */
export function createNodeStore(initialCapacity = 1 << 16): NodeStore {
  let ids = new Float64Array(initialCapacity);
  let coords = new Int32Array(2 * initialCapacity);
  let size = 0;
  let sorted = true;

  const grow = () => {
    const moreIds = new Float64Array(ids.length * 2);
    moreIds.set(ids);
    const moreCoords = new Int32Array(coords.length * 2);
    moreCoords.set(coords);
    ids = moreIds;
    coords = moreCoords;
  };

  const sort = () => {
    const order = Array.from({ length: size }, (_, i) => i).sort((a, b) => ids[a] - ids[b] || a - b);
    const sortedIds = new Float64Array(ids.length);
    const sortedCoords = new Int32Array(coords.length);
    // Keep the last of equal ids: walk in order and let a later duplicate overwrite the slot of an earlier one.
    let n = 0;
    for (const i of order) {
      if (n > 0 && sortedIds[n - 1] === ids[i]) n--;
      sortedIds[n] = ids[i];
      sortedCoords[2 * n] = coords[2 * i];
      sortedCoords[2 * n + 1] = coords[2 * i + 1];
      n++;
    }
    ids = sortedIds;
    coords = sortedCoords;
    size = n;
    sorted = true;
  };

  return {
    add(id, lon, lat) {
      if (size > 0 && id <= ids[size - 1]) sorted = false;
      if (size === ids.length) grow();
      ids[size] = id;
      coords[2 * size] = Math.round(lon * 1e7);
      coords[2 * size + 1] = Math.round(lat * 1e7);
      size++;
    },
    get(id) {
      if (!sorted) sort();
      let lo = 0;
      let hi = size - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const v = ids[mid];
        if (v === id) return [coords[2 * mid] / 1e7, coords[2 * mid + 1] / 1e7];
        if (v < id) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
    },
    get size() {
      if (!sorted) sort();
      return size;
    },
  };
}
