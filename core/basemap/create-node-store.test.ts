import { describe, expect, it } from 'vitest';
import { createNodeStore } from './create-node-store';

describe('createNodeStore', () => {
  it('finds nodes added in id order, at OSM precision', () => {
    const store = createNodeStore(2);
    [[1, 7.4246123, 43.7384], [5, -0.1, 51.5], [9, 179.9999999, -85]].forEach(([id, lon, lat]) => store.add(id, lon, lat));
    expect(store.get(5)).toEqual([-0.1, 51.5]);
    expect(store.get(1)).toEqual([7.4246123, 43.7384]);
    expect(store.get(9)).toEqual([179.9999999, -85]);
    expect(store.get(4)).toBeUndefined();
    expect(store.size).toBe(3);
  });

  it('sorts nodes that came out of order, and keeps the last of a repeated id', () => {
    const store = createNodeStore(1);
    store.add(30, 3, 3);
    store.add(-2, 1, 1);
    store.add(30, 4, 4);
    store.add(10, 2, 2);
    expect(store.get(-2)).toEqual([1, 1]);
    expect(store.get(10)).toEqual([2, 2]);
    expect(store.get(30)).toEqual([4, 4]);
    expect(store.size).toBe(3);
  });
});
