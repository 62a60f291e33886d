import { describe, expect, it } from 'vitest';
import { boundsOfTileRange, isTileInGrid, latToTileY, lngToTileX, tileMeetsBounds, tileXToLng, tileYToLat } from './tile-math';

describe('tile arithmetic', () => {
  it('puts central Dachuan (107.50° E, 31.21° N) in tile 12/3271/1673', () => {
    expect(Math.floor(lngToTileX(107.5, 12))).toBe(3271);
    expect(Math.floor(latToTileY(31.21, 12))).toBe(1673);
  });

  it('turns tile edges back into the longitudes and latitudes they came from', () => {
    expect(tileXToLng(lngToTileX(107.5, 14), 14)).toBeCloseTo(107.5, 9);
    expect(tileYToLat(latToTileY(31.21, 14), 14)).toBeCloseTo(31.21, 9);
    expect(tileYToLat(0, 0)).toBeCloseTo(85.0511, 4);
  });

  it('gives the bounds of a tile range as west, south, east, north', () => {
    const [w, s, e, n] = boundsOfTileRange(1, 1, 1, 0, 0);
    expect([w, e]).toEqual([0, 180]);
    expect(s).toBeCloseTo(0, 9);
    expect(n).toBeCloseTo(85.0511, 4);
  });

  it('knows which z/x/y lie in the 2^z grid', () => {
    expect(isTileInGrid(0, 0, 0)).toBe(true);
    expect(isTileInGrid(3, 7, 7)).toBe(true);
    expect(isTileInGrid(3, 8, 0)).toBe(false);
    expect(isTileInGrid(25, 0, 0)).toBe(false);
    expect(isTileInGrid(2, -1, 0)).toBe(false);
    expect(isTileInGrid(2, 1.5, 0)).toBe(false);
  });

  it('counts a tile inside bounds cut from tile edges, and not its neighbour that only shares an edge', () => {
    const bounds = boundsOfTileRange(12, 3271, 3272, 1673, 1673);
    expect(tileMeetsBounds(12, 3271, 1673, bounds)).toBe(true);
    expect(tileMeetsBounds(12, 3272, 1673, bounds)).toBe(true);
    expect(tileMeetsBounds(12, 3273, 1673, bounds)).toBe(false);
    expect(tileMeetsBounds(12, 3270, 1673, bounds)).toBe(false);
    expect(tileMeetsBounds(12, 3271, 1674, bounds)).toBe(false);
    expect(tileMeetsBounds(12, 3271, 1672, bounds)).toBe(false);
  });

  it('counts the coarser tile that contains the bounds at a shallower zoom', () => {
    const bounds = boundsOfTileRange(12, 3271, 3271, 1673, 1673);
    expect(tileMeetsBounds(10, 817, 418, bounds)).toBe(true);
    expect(tileMeetsBounds(10, 818, 418, bounds)).toBe(false);
    expect(tileMeetsBounds(0, 0, 0, bounds)).toBe(true);
  });
});
